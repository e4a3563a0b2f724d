#!/usr/bin/env node
// @ts-check
// Gate: load and graceful shutdown.
//  1. autocannon (programmatic API), LOAD_SECONDS (default 30) at 50 connections on /decision?<G1>:
//     0 errors, 0 timeouts, 0 non-2xx. Latency and throughput are reported, not judged (see `npm run bench`).
//  2. Graceful shutdown: 10 keep-alive connections of load on /decision?<G1>, SIGTERM after 3 s. Every request that
//     got a response must have got a complete 2xx; the process must exit with code 0 within 10 s. This part uses a
//     small http.Agent client instead of autocannon so that each failure can be classified:
//       refused      — ECONNREFUSED: a new connection after the listener closed (expected, not a failure)
//       not read     — the socket closed before any response on a *reused* keep-alive socket (the request raced the
//                      server closing an idle connection; safe for a client to retry; reported, not a failure)
//       backlog      — a fresh connection made after SIGTERM, reset without a response: it sat in the kernel's accept
//                      queue when the listener closed, the server never accepted it (reported, not a failure)
//       dropped      — no response on a connection made before SIGTERM, or a response cut short (failure)
// Run alone: BUILD_DIR=.builds/quality npx remix build && node scripts/quality/load.mjs   (LOAD_SECONDS=5 for a quick run)
import autocannon from "autocannon";
import http from "node:http";
import { pathToFileURL } from "node:url";
import { G1 } from "./pages.mjs";
import { startServer, writeReport } from "./server.mjs";

const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const SHUTDOWN_AFTER_MS = 3_000;
const EXIT_WITHIN_MS = 10_000;
const TARGET = `/decision?${G1}`;

/** @param {import("autocannon").Options} options @returns {Promise<import("autocannon").Result>} */
export function cannon(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function loadTest() {
  const server = await startServer();
  try {
    const result = await cannon({ url: server.ipURL + TARGET, connections: 50, duration: LOAD_SECONDS, timeout: 10 });
    const alive = server.child.exitCode === null;
    return { result, alive, stderr: server.stderr() };
  } finally {
    await server.stop();
  }
}

async function shutdownTest() {
  const server = await startServer();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 10 });
  const counts = { requests: 0, ok2xx: 0, non2xx: 0, refused: 0, notRead: 0, backlog: 0, dropped: 0, truncated: 0, afterSigterm2xx: 0 };
  /** @type {string[]} */
  const samples = [];
  let sigtermAt = 0;
  let stop = false;
  const hardStop = Date.now() + SHUTDOWN_AFTER_MS + EXIT_WITHIN_MS + 5_000;

  /** @returns {Promise<void>} */
  const one = () =>
    new Promise((resolve) => {
      counts.requests++;
      let gotHead = false;
      const req = http.get({ host: "127.0.0.1", port: server.port, path: TARGET, agent, timeout: 10_000 }, (res) => {
        gotHead = true;
        const declared = Number(res.headers["content-length"] ?? NaN);
        let bytes = 0;
        res.on("data", (c) => (bytes += c.length));
        res.on("end", () => {
          const complete = res.complete && (Number.isNaN(declared) || bytes === declared);
          if (!complete) counts.truncated++;
          else if (res.statusCode && res.statusCode >= 200 && res.statusCode < 300) {
            counts.ok2xx++;
            if (sigtermAt) counts.afterSigterm2xx++;
          } else {
            counts.non2xx++;
            if (samples.length < 5) samples.push(`HTTP ${res.statusCode}`);
          }
          resolve();
        });
        res.on("error", () => {
          counts.truncated++;
          resolve();
        });
        res.on("aborted", () => undefined);
      });
      let connectedAt = 0;
      req.on("socket", (socket) => {
        if (!socket.connecting) connectedAt = -1; // reused
        else socket.once("connect", () => (connectedAt = Date.now()));
      });
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", (/** @type {NodeJS.ErrnoException} */ e) => {
        if (gotHead) return; // handled as truncated above
        if (e.code === "ECONNREFUSED") counts.refused++;
        else if (req.reusedSocket && (e.code === "ECONNRESET" || e.message === "socket hang up")) counts.notRead++;
        else if (sigtermAt && connectedAt >= sigtermAt && (e.code === "ECONNRESET" || e.message === "socket hang up")) counts.backlog++;
        else {
          counts.dropped++;
          if (samples.length < 5) samples.push(`${e.code ?? ""} ${e.message}`);
        }
        if (e.code === "ECONNREFUSED") stop = true;
        resolve();
      });
    });

  const worker = async () => {
    while (!stop && Date.now() < hardStop) await one();
  };
  const workers = Array.from({ length: 10 }, worker);
  await new Promise((r) => setTimeout(r, SHUTDOWN_AFTER_MS));
  sigtermAt = Date.now();
  server.child.kill("SIGTERM");
  const exit = await Promise.race([
    server.exited.then((x) => ({ ...x, ms: Date.now() - sigtermAt })),
    new Promise((r) => setTimeout(r, EXIT_WITHIN_MS + 2_000)).then(() => null),
  ]);
  stop = true;
  await Promise.all(workers);
  agent.destroy();
  if (!exit) await server.stop(1_000); // SIGKILL fallback: never leave it behind
  return { counts, exit, samples };
}

async function main() {
  /** @type {import("./server.mjs").Check[]} */
  const checks = [];
  console.log(`load: ${LOAD_SECONDS} s at 50 connections on ${TARGET.slice(0, 40)}…`);
  const { result: r, alive, stderr } = await loadTest();
  const non2xx = r.non2xx ?? 0;
  const summary = {
    requests: r.requests.total,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx,
    "2xx": r["2xx"],
  };
  console.log(summary);
  checks.push({
    name: `load ${LOAD_SECONDS} s × 50 connections, /decision?G1`,
    ok: r.errors === 0 && r.timeouts === 0 && non2xx === 0 && r["2xx"] > 0 && alive,
    detail: `${summary.requests} requests (${summary["2xx"]} 2xx), ${summary.rps} req/s, p50 ${summary.p50} ms, p99 ${summary.p99} ms, max ${summary.max} ms; errors ${summary.errors}, timeouts ${summary.timeouts}, non-2xx ${non2xx}; server ${alive ? "up" : "DOWN"}`,
  });
  checks.push({ name: "load: nothing on stderr", ok: stderr.trim() === "", detail: stderr.trim() ? stderr.trim().slice(0, 300) : "clean" });

  console.log("shutdown: 10 connections, SIGTERM after 3 s");
  const { counts, exit, samples } = await shutdownTest();
  console.log({ ...counts, exit });
  checks.push({
    name: "SIGTERM under load: responses complete and 2xx",
    ok: counts.non2xx === 0 && counts.truncated === 0 && counts.dropped === 0 && counts.ok2xx > 0,
    detail:
      `${counts.requests} requests: ${counts.ok2xx} complete 2xx (${counts.afterSigterm2xx} finished after SIGTERM), non-2xx ${counts.non2xx}, ` +
      `cut short ${counts.truncated}, dropped after accept ${counts.dropped}; refused after close ${counts.refused}, ` +
      `not read on a reused keep-alive socket ${counts.notRead}, reset in the accept queue after SIGTERM ${counts.backlog}` + (samples.length ? `; e.g. ${samples.join(" | ")}` : ""),
  });
  checks.push({
    name: "SIGTERM under load: exit 0 within 10 s",
    ok: Boolean(exit && exit.code === 0 && exit.ms <= EXIT_WITHIN_MS),
    detail: exit ? `exit code ${exit.code}${exit.signal ? ` (signal ${exit.signal})` : ""} after ${exit.ms} ms` : `still running ${EXIT_WITHIN_MS + 2_000} ms after SIGTERM (killed)`,
  });
  process.exitCode = writeReport("load", checks, { load: summary, shutdown: { ...counts, exit } });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error) => {
    console.error(error);
    writeReport("load", [{ name: "load ran", ok: false, detail: String(error?.message ?? error) }]);
    process.exitCode = 1;
  });
}
