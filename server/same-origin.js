// @ts-check
// CSRF defence for every state-changing request: a POST must come from our own origin, by Fetch Metadata
// (Sec-Fetch-Site) or, for browsers that do not send it, by Origin (OWASP CSRF Prevention Cheat Sheet).

/**
 * @param {{ "sec-fetch-site"?: string | string[], origin?: string | string[] }} headers
 * @param {string} publicOrigin
 */
export function isSameOriginRequest(headers, publicOrigin) {
  const site = headers["sec-fetch-site"];
  if (typeof site === "string" && site !== "") return site === "same-origin" || site === "none";
  const origin = headers.origin;
  if (typeof origin === "string" && origin !== "") return origin === publicOrigin;
  // Neither header: not a browser-initiated cross-site form post (browsers send Origin on POST).
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
