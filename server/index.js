// @ts-check
// The production server: static files, security headers, request limits, the Remix handler and a graceful
// shutdown. `npm start` runs it after the build.
import compression from "compression";
import express from "express";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { config } from "./config.js";
import { securityHeaders } from "./security-headers.js";
import { BadRequestTarget, BodyTooLarge, remixHandler } from "./remix-handler.js";
import { refuseCrossSitePosts } from "./same-origin.js";
import { conditionalGet } from "./conditional-get.js";
import { PageCache } from "./page-cache.js";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

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

const app = express();
app.disable("x-powered-by");
app.disable("etag");
app.set("trust proxy", config.trustProxy);

if (config.logRequests) {
  app.use((req, res, next) => {
    const start = process.hrtime.bigint();
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      console.log(
        JSON.stringify({
          t: new Date().toISOString(),
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
        }),
      );
    });
    next();
  });
}

let stopping = false;
// While draining after SIGTERM, every response closes its connection, so keep-alive clients move elsewhere.
app.use((req, res, next) => {
  if (stopping) res.setHeader("Connection", "close");
  next();
});

app.use(securityHeaders(config));
// gzip for text bodies over 1 KB: the framework chunk goes from 250 KB to 80 KB on the wire.
app.use(compression({ threshold: 1024 }));

app.use((req, res, next) => {
  if (["GET", "HEAD", "POST"].includes(req.method)) return next();
  res.setHeader("Allow", "GET, HEAD, POST");
  res.status(405).type("text/plain").send("Method Not Allowed");
});

app.use("/build", express.static(assetsDir, { immutable: true, maxAge: "1y", index: false }));
app.use(express.static(path.join(root, "public"), { maxAge: "1h", index: false }));

app.use(refuseCrossSitePosts(config));
app.use(conditionalGet({ buildHash }));

app.all(
  "*",
  remixHandler({
    build,
    mode: process.env.NODE_ENV ?? "production",
    publicOrigin: config.publicOrigin,
    maxBodyBytes: config.maxBodyBytes,
    cache: config.pageCacheEntries > 0 ? new PageCache(config.pageCacheEntries) : undefined,
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
  console.error(
    JSON.stringify({
      t: new Date().toISOString(),
      level: "error",
      path: req.path,
      error: String(error?.stack ?? error),
    }),
  );
  res.status(500).type("text/plain").send("Internal Server Error");
};
app.use(onError);

const server = app.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  console.log(
    JSON.stringify({
      t: new Date().toISOString(),
      msg: "listening",
      url: `http://localhost:${port}`,
    }),
  );
});
server.keepAliveTimeout = 5_000;
server.headersTimeout = 10_000;
server.requestTimeout = 30_000;

function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(JSON.stringify({ t: new Date().toISOString(), msg: "shutting down", signal }));
  // Stop accepting, let in-flight requests finish, close idle keep-alive sockets.
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => {
    server.closeAllConnections();
    process.exit(0);
  }, config.shutdownGraceMs).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
