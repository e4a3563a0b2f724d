// @ts-check
// Strong ETags for the pages that are pure functions of the URL, the language and the build (/decision and
// /api/decision), answered with 304 before any rendering. The build hash covers the ruleset and the compiled
// content, which are both part of the server build.
import { createHash } from "node:crypto";

const PATHS = new Set(["/decision", "/api/decision"]);

/**
 * @param {{ buildHash: string }} options
 * @returns {import("express").RequestHandler}
 */
export function conditionalGet({ buildHash }) {
  return (req, res, next) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || !PATHS.has(req.path)) return next();
    // Same URL and same Accept-Language → the same representation (the nonce aside, see below).
    const etag = `"${createHash("sha256")
      .update(buildHash)
      .update("\0")
      .update(req.originalUrl)
      .update("\0")
      .update(String(req.headers["accept-language"] ?? ""))
      .digest("base64url")
      .slice(0, 27)}"`;
    const cacheControl = req.path === "/decision" ? "private, no-cache" : "public, no-cache";
    const candidates = String(req.headers["if-none-match"] ?? "")
      .split(",")
      .map((s) => s.trim());
    if (candidates.includes(etag)) {
      // No new CSP header: the browser keeps the one stored with the cached page, whose nonce matches it.
      // (The page renders no user-supplied markup, so reusing its nonce gives an attacker nothing to inject into.)
      res.removeHeader("Content-Security-Policy");
      res.setHeader("ETag", etag);
      res.setHeader("Cache-Control", cacheControl);
      res.setHeader("Vary", "Accept-Language");
      res.status(304).end();
      return;
    }
    res.locals.etag = etag;
    res.locals.cacheControl = cacheControl;
    next();
  };
}
