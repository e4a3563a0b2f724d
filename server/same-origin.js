// @ts-check
// CSRF defence for every state-changing request: a POST must come from our own origin, by Fetch Metadata
// (Sec-Fetch-Site) or, for browsers that do not send it, by Origin (OWASP CSRF Prevention Cheat Sheet).

/**
 * @param {{ "sec-fetch-site"?: string | string[], origin?: string | string[] }} headers
 * @param {string} publicOrigin
 */
export function isSameOriginRequest(headers, publicOrigin) {
  const origin = typeof headers.origin === "string" ? headers.origin : "";
  // A named origin must be ours, whatever else the request says. ("null" is what browsers send from pages with
  // Referrer-Policy: no-referrer; Fetch Metadata decides for those.)
  if (origin !== "" && origin !== "null" && origin !== publicOrigin) return false;
  const site = headers["sec-fetch-site"];
  if (typeof site === "string" && site !== "") return site === "same-origin" || site === "none";
  if (origin === "null") return false;
  // Neither header: not a browser form post (browsers send Origin on every POST).
  return true;
}

/** @param {{ publicOrigin: string }} config @returns {import("express").RequestHandler} */
export function refuseCrossSitePosts(config) {
  return (req, res, next) => {
    if (req.method !== "POST") return next();
    if (isSameOriginRequest(req.headers, config.publicOrigin)) return next();
    res.setHeader("Connection", "close");
    res.status(403).type("text/plain").send("Cross-site requests are refused");
  };
}
