// @ts-check
// Paths no route of this app can have are answered 400 here, before the static files and the router see them.
// A backslash is the dangerous case: URL parsers treat "\" as "/" in http(s) URLs, so "/\\x" or "/%5C%2Fx" turns
// into a protocol-relative "//x" inside the router, which throws (a 500 per request) or, worse, could build a link
// to another host. The same goes for a decoded path that starts with "//" or holds control characters.

/** The decoded path, or undefined when it cannot be one of ours. @param {string} rawPath */
export function decodedPathOrUndefined(rawPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith("/") || decoded.startsWith("//")) return undefined;
  // Backslashes (raw or encoded) and control characters, including NUL and DEL.
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(decoded)) return undefined;
  return decoded;
}

/**
 * The path as the router will see it: dot segments resolved (including "%2e%2e", as URL parsers do), percent
 * escapes decoded, repeated and trailing slashes dropped. Logs show this form (redacted), so that an encoded
 * capability cannot slip past the redaction.
 * @param {string} rawPath
 */
export function routedPath(rawPath) {
  let path = rawPath;
  try {
    path = new URL(rawPath, "http://path.invalid").pathname;
  } catch {
    // Not a path a URL can hold: the request guard refuses it; keep the raw form.
  }
  try {
    path = decodeURIComponent(path);
  } catch {
    // A broken escape: refused by the request guard; decide on the raw form meanwhile.
  }
  path = path.replace(/\/{2,}/g, "/");
  return path.length > 1 ? path.replace(/\/+$/, "") || "/" : path;
}

/**
 * The routed path in lower case, as routes match it. Every decision taken before the router (capability headers,
 * the page cache) is taken on this form, so that "/E/<token>", "/%65/<token>" or "/q/%2e%2e/e/<token>" get what
 * "/e/<token>" gets.
 * @param {string} rawPath
 */
export function canonicalPath(rawPath) {
  return routedPath(rawPath).toLowerCase();
}

/** @returns {import("express").RequestHandler} */
export function refuseMalformedPaths() {
  return (req, res, next) => {
    const target = req.originalUrl;
    const query = target.indexOf("?");
    const rawPath = query === -1 ? target : target.slice(0, query);
    // A raw backslash counts too: some clients send it unencoded.
    if (rawPath.includes("\\") || decodedPathOrUndefined(rawPath) === undefined) {
      res.setHeader("Cache-Control", "no-store");
      res.status(400).type("text/plain").send("Bad Request: malformed path");
      return;
    }
    next();
  };
}
