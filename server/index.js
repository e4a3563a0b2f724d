// @ts-check
// The production server: static files, security headers, request limits, the Remix handler and a graceful
// shutdown. `npm start` runs it after the build.
import compression from "compression";
import express from "express";
import http from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { config } from "./config.js";
import { securityHeaders } from "./security-headers.js";
import {
  BadRequestTarget,
  BodyTooLarge,
  CAPABILITY_HEADERS,
  isCapabilityPath,
  remixHandler,
} from "./remix-handler.js";
import { refuseCrossSitePosts } from "./same-origin.js";
import { resolveOrigin } from "./origin.js";
import { refuseMalformedPaths } from "./request-guard.js";
import { log, logPath } from "./log.js";
import { conditionalGet } from "./conditional-get.js";
import { PageCache } from "./page-cache.js";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { Busy, admission } from "./overload.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// BUILD_DIR: see remix.config.js.
const buildDir = process.env.BUILD_DIR ? path.resolve(root, process.env.BUILD_DIR) : undefined;
const build = await import(
  pathToFileURL(path.join(buildDir ?? path.join(root, "build"), "index.js")).href
);
const buildHash = createHash("sha256")
  .update(readFileSync(path.join(buildDir ?? path.join(root, "build"), "index.js")))
  .digest("hex");
const assetsDir = buildDir ? path.join(buildDir, "public/build") : path.join(root, "public/build");

const MAX_URL_BYTES = 16 * 1024;

const app = express();
app.disable("x-powered-by");
app.disable("etag");
app.set("trust proxy", config.trustProxy);

if (config.logRequests) {
  app.use((req, res, next) => {
    const start = process.hrtime.bigint();
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      // req.path can hold an edit token (/e/<token>): log.js redacts it.
      log.info({
        method: req.method,
        path: logPath(req.path),
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
      });
    });
    next();
  });
}

let stopping = false;
/** Responses being produced, so that a shutdown can tell them to close their connection too. */
const inFlight = new Set();
// While draining after SIGTERM, every response closes its connection, so keep-alive clients move elsewhere.
app.use((req, res, next) => {
  if (stopping) res.setHeader("Connection", "close");
  else {
    inFlight.add(res);
    res.on("close", () => inFlight.delete(res));
  }
  next();
});

app.use(securityHeaders(config));
// Capability pages keep their headers on every answer, errors included (404, 405, 413, 429 …).
app.use((req, res, next) => {
  if (isCapabilityPath(req.path)) {
    for (const [key, value] of Object.entries(CAPABILITY_HEADERS)) res.setHeader(key, value);
  }
  next();
});
// Request headers may take 32 KB (for large Cookie headers, see the server below), but an address keeps the
// 16 KB it had under Node's default limit.
app.use((req, res, next) => {
  if (req.originalUrl.length <= MAX_URL_BYTES) return next();
  res.status(414).type("text/plain").send("URI Too Long");
});
app.use(refuseMalformedPaths());
app.use(resolveOrigin(config));
// gzip for text bodies over 1 KB: the framework chunk goes from 250 KB to 80 KB on the wire.
app.use(compression({ threshold: 1024 }));

app.use((req, res, next) => {
  if (["GET", "HEAD", "POST"].includes(req.method)) return next();
  res.setHeader("Allow", "GET, HEAD, POST");
  res.status(405).type("text/plain").send("Method Not Allowed");
});

app.use("/build", express.static(assetsDir, { immutable: true, maxAge: "1y", index: false }));
// Link preview images (scripts/og-images.ts): each file name carries a hash of its bytes, so they never change.
// Chat clients may show them from their own origin, so they are the one resource other sites may load.
app.use(
  "/og",
  express.static(path.join(root, "public/og"), {
    immutable: true,
    maxAge: "1y",
    index: false,
    setHeaders: (res) => res.setHeader("Cross-Origin-Resource-Policy", "cross-origin"),
  }),
);
app.use(express.static(path.join(root, "public"), { maxAge: "1h", index: false }));

app.use(refuseCrossSitePosts());
app.use(conditionalGet({ buildHash }));

app.all(
  "*",
  remixHandler({
    build,
    mode: process.env.NODE_ENV ?? "production",
    maxBodyBytes: config.maxBodyBytes,
    cache: config.pageCacheEntries > 0 ? new PageCache(config.pageCacheEntries) : undefined,
    // Two requests in the app at once, so that no turn of the event loop holds seconds of rendering and the
    // SIGTERM handler and its timers run on time under any load (server/overload.js).
    admission: admission({ concurrency: 2, queueLimit: 100 }),
  }),
);

/** A client that went away mid-request is not a server error. */
function isClientAbort(error, req) {
  const code = error?.code;
  return (
    req.destroyed ||
    error?.name === "AbortError" ||
    error?.message === "aborted" ||
    code === "ECONNRESET" ||
    code === "ERR_STREAM_PREMATURE_CLOSE"
  );
}

/** @type {import("express").ErrorRequestHandler} */
const onError = (error, req, res, _next) => {
  if (res.headersSent || isClientAbort(error, req)) {
    res.destroy();
    return;
  }
  if (error instanceof Busy) {
    res.setHeader("Retry-After", "2");
    res.setHeader("Cache-Control", "no-store");
    res
      .status(503)
      .type("text/plain")
      .send("Service Unavailable: busy, please try again in a moment");
    return;
  }
  if (error instanceof BodyTooLarge) {
    res.setHeader("Connection", "close");
    res.status(413).type("text/plain").send("Request body too large");
    return;
  }
  if (
    error instanceof BadRequestTarget ||
    error?.type === "entity.parse.failed" ||
    error instanceof URIError
  ) {
    res.status(400).type("text/plain").send("Bad Request");
    return;
  }
  log.error({ path: logPath(req.path), error: String(error?.stack ?? error) });
  res.status(500).type("text/plain").send("Internal Server Error");
};
app.use(onError);

// Node refuses request headers past 16 KB with 431. A browser that kept round cookies from before their cap
// (about 80 bytes each, at most 180 cookies per site in Chromium and Firefox: 15 KB) or has other large cookies
// on the origin would get 431 on every page, and could never be sent the answer that shrinks its Cookie header
// (server/round-cookies.js). 32 KB lets those requests in; a larger header is still refused.
const server = http.createServer({ maxHeaderSize: 32 * 1024 }, app);
server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  log.info({ msg: "listening", url: config.publicOrigin ?? `http://localhost:${port}`, port });
  if (!config.publicOrigin && process.env.NODE_ENV === "production") {
    log.warn({
      msg: "PUBLIC_ORIGIN is not set: POSTs are accepted only from loopback addresses (localhost, 127.0.0.1, [::1]) and from http://localhost:PORT; set PUBLIC_ORIGIN to the address users open",
    });
  }
});
// `Expect: 100-continue`: a body that is declared too large is refused with 413 before the client is told to
// send it; everything else is told to go on and read under the usual cap (remix-handler.js).
server.on("checkContinue", (req, res) => {
  const declared = Number(req.headers["content-length"]);
  if (!(Number.isFinite(declared) && declared > config.maxBodyBytes)) res.writeContinue();
  app(req, res);
});
server.keepAliveTimeout = 5_000;
server.headersTimeout = 10_000;
server.requestTimeout = 30_000;

/**
 * Part of the grace kept back for the exit itself: under load both the SIGTERM handler and the exit timer run
 * late by up to one turn of the event loop (at most two pages' work, see admission above, but on a machine short
 * of CPU that can be a second).
 */
function exitMargin(/** @type {number} */ graceMs) {
  return Math.min(3000, Math.floor(graceMs * 0.3));
}

function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  log.info({ msg: "shutting down", signal });
  // Stop accepting, let in-flight requests finish, close idle keep-alive sockets.
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  // Requests already being answered close their connection afterwards too: otherwise each keep-alive client
  // sends one more request on it, which has to be answered within the grace as well.
  for (const res of inFlight) if (!res.headersSent) res.setHeader("Connection", "close");
  // Connections that go idle later (a response finished before it could say "close") are closed as they do.
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  sweep.unref();
  setTimeout(
    () => {
      server.closeAllConnections();
      process.exit(0);
    },
    config.shutdownGraceMs - exitMargin(config.shutdownGraceMs),
  ).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
