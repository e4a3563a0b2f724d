// @ts-check
// A small Express → Remix adapter. Unlike @remix-run/express it never trusts the Host header to build the
// request URL (a malformed Host must not become a 500), and it reads request bodies under a size cap.
import { createRequestHandler } from "@remix-run/node";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { withNonce } from "./page-cache.js";
import { logPath } from "./log.js";
import { canonicalPath } from "./request-guard.js";
import { roundCookieTrim } from "./round-cookies.js";

export class BodyTooLarge extends Error {}
export class BadRequestTarget extends Error {}

/**
 * Reads a request body into memory, refusing it (without reading the rest) once it passes `limit` bytes.
 * @param {import("express").Request} req @param {number} limit
 * @returns {Promise<Buffer>}
 */
export function readBody(req, limit) {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    const onData = (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.pause();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/**
 * Headers every response under a capability path carries, whatever its status (W3C TAG, "Good Practices for
 * Capability URLs"): the token must not leak through Referer, caches or search engines.
 */
export const CAPABILITY_HEADERS = {
  "Cache-Control": "no-store",
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex, nofollow",
};

/**
 * Paths that carry an edit token or a round's capability, and pages that show one (the save form posts back with
 * a token in it). Decided on the path the router will match (request-guard.js), whatever its spelling.
 */
export function isCapabilityPath(/** @type {string} */ rawPath) {
  const path = canonicalPath(rawPath);
  return (
    path.startsWith("/e/") ||
    path.startsWith("/f/") ||
    path.startsWith("/t/") ||
    path === "/records"
  );
}

/** Adds a request header to the response's Vary list unless it is there already. */
export function varyOn(
  /** @type {import("express").Response} */ res,
  /** @type {string} */ header,
) {
  const current = String(res.getHeader("Vary") ?? "");
  const names = current
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  if (names.some((v) => v === "*" || v.toLowerCase() === header.toLowerCase())) return;
  res.setHeader("Vary", [...names, header].join(", "));
}

/**
 * Sets the answer's cookies, plus the expiry of the browser's oldest round cookies beyond the cap
 * (server/round-cookies.js). Such an answer is for this browser only: no-store, and never put in the page cache.
 * @param {import("express").Request} req @param {import("express").Response} res @param {string[]} cookies
 * @returns {boolean} whether round cookies were expired
 */
function trimRoundCookies(req, res, cookies) {
  const https = String(res.locals.origin ?? "").startsWith("https:");
  const expired = roundCookieTrim(req.headers.cookie, cookies, https);
  if (expired.length > 0) res.setHeader("Cache-Control", "no-store");
  if (cookies.length + expired.length > 0) res.setHeader("Set-Cookie", [...cookies, ...expired]);
  return expired.length > 0;
}

/**
 * @param {{ build: import("@remix-run/node").ServerBuild, mode: string, maxBodyBytes: number, cache?: import("./page-cache.js").PageCache, admission?: ReturnType<typeof import("./overload.js").admission> }} options
 * @returns {import("express").RequestHandler}
 */
export function remixHandler({ build, mode, maxBodyBytes, cache, admission }) {
  const handle = createRequestHandler(build, mode);
  return async (req, res, next) => {
    try {
      const cacheKey =
        cache && (req.method === "GET" || req.method === "HEAD") ? res.locals.etag : undefined;
      const cached = cache && cacheKey ? cache.get(cacheKey) : undefined;
      if (cached) {
        res.status(cached.status);
        for (const [key, value] of cached.headers) res.setHeader(key, value);
        trimRoundCookies(req, res, []);
        res.end(req.method === "HEAD" ? undefined : withNonce(cached, res.locals.cspNonce));
        return;
      }
      // The path is appended to the request's origin (server/origin.js: PUBLIC_ORIGIN, or a loopback name):
      // neither an arbitrary Host nor an absolute request target is trusted.
      const origin = /** @type {string} */ (res.locals.origin);
      if (!req.originalUrl.startsWith("/")) throw new BadRequestTarget();
      const url = new URL(origin + req.originalUrl);
      const controller = new AbortController();
      res.on("close", () => controller.abort());
      /** @type {Headers} */
      const headers = new Headers();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value === undefined) continue;
        for (const v of Array.isArray(value) ? value : [value]) headers.append(key, v);
      }
      // POSTs reaching this point were verified same-origin by refuseCrossSitePosts (Fetch Metadata, then Origin
      // against our origin). Remix's own Host-vs-Origin check would also refuse legitimate POSTs from pages sent
      // with Referrer-Policy: no-referrer (browsers then send "Origin: null") or behind a proxy that rewrites Host,
      // so it is given the verified values.
      headers.set("host", new URL(origin).host);
      headers.delete("x-forwarded-host");
      if (headers.get("origin") === "null") headers.delete("origin");
      const hasBody = req.method !== "GET" && req.method !== "HEAD";
      /** @type {RequestInit & { duplex?: "half" }} */
      const init = { method: req.method, headers, signal: controller.signal };
      if (hasBody) {
        const body = await readBody(req, maxBodyBytes);
        init.body = new Uint8Array(body);
      }
      // Waits for a place (server/overload.js): the body is in memory by now, and the place is given back once
      // the app has answered, before the answer is streamed.
      const release = admission ? await admission.acquire(controller.signal) : () => {};
      /** @type {Response} */
      let response;
      try {
        response = await handle(new Request(url, init), {
          cspNonce: res.locals.cspNonce,
          clientIp: req.ip,
          // What error logs may say about the request: capability paths redacted (server/log.js).
          logPath: logPath(req.path),
        });
      } finally {
        release();
      }
      res.statusMessage = response.statusText;
      res.status(response.status);
      for (const [key, value] of response.headers.entries()) {
        if (key === "set-cookie") continue;
        res.setHeader(key, value);
      }
      // Only a successful page gets the ETag computed by conditionalGet.
      if (response.status === 200 && res.locals.etag) {
        res.setHeader("ETag", res.locals.etag);
        res.setHeader("Cache-Control", res.locals.cacheControl);
      }
      if (isCapabilityPath(req.path)) {
        for (const [key, value] of Object.entries(CAPABILITY_HEADERS)) res.setHeader(key, value);
      }
      // Every page picks its language from Accept-Language unless the URL names one (app/i18n), 404s and
      // redirects included: a cache must not hand the Japanese page to an English reader. Routes that say so
      // themselves are merged, not repeated.
      varyOn(res, "Accept-Language");
      const trimmed = trimRoundCookies(req, res, response.headers.getSetCookie());
      if (cacheKey && response.status === 200 && req.method === "GET" && !trimmed) {
        const body = await response.text();
        const headers = /** @type {[string, string][]} */ (
          Object.entries(res.getHeaders())
            .filter(
              ([key]) =>
                ![
                  "content-security-policy",
                  "date",
                  "connection",
                  "keep-alive",
                  "set-cookie",
                ].includes(key),
            )
            .map(([key, value]) => [key, String(value)])
        );
        cache?.set(cacheKey, { status: 200, headers, body, nonce: res.locals.cspNonce });
        res.end(body);
        return;
      }
      if (response.body && req.method !== "HEAD") {
        await pipeline(Readable.fromWeb(/** @type {any} */ (response.body)), res);
      } else {
        res.end();
      }
    } catch (error) {
      next(error);
    }
  };
}
