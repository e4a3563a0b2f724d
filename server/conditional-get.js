// @ts-check
// Strong ETags for the pages that are pure functions of the URL, the language, the build, the origin and the
// day (/decision and /api/decision), answered with 304 before any rendering. The build hash covers the ruleset and
// the compiled content, which are both part of the server build; the page prints today's date (UTC, as
// routes/decision.tsx does), so the day is part of the key and neither a 304 nor the page cache (keyed by this
// ETag) can serve yesterday's date; links are absolute in the page's preview tags, so the origin is part of it.
import { createHash } from "node:crypto";
import { canonicalPath } from "./request-guard.js";

const PATHS = new Set(["/decision", "/api/decision"]);

/** Today's date in UTC, as the page prints it. */
export function utcDay(/** @type {Date} */ now) {
  return now.toISOString().slice(0, 10);
}

/**
 * @param {{ buildHash: string, now?: () => Date }} options
 * @returns {import("express").RequestHandler}
 */
export function conditionalGet({ buildHash, now = () => new Date() }) {
  return (req, res, next) => {
    // Decided on the path the router matches: "/decision/" or "/Decision" is the same page.
    const path = canonicalPath(req.path);
    if ((req.method !== "GET" && req.method !== "HEAD") || !PATHS.has(path)) return next();
    // Same URL and same Accept-Language → the same representation (the nonce aside, see below).
    const etag = `"${createHash("sha256")
      .update(buildHash)
      .update("\0")
      .update(req.originalUrl)
      .update("\0")
      .update(String(res.locals.origin ?? ""))
      .update("\0")
      .update(utcDay(now()))
      .update("\0")
      .update(String(req.headers["accept-language"] ?? ""))
      .digest("base64url")
      .slice(0, 27)}"`;
    const cacheControl = path === "/decision" ? "private, no-cache" : "public, no-cache";
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
