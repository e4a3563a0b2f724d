// @ts-check
// Shared helper for the quality gates: start the built server (server/index.js) on a free loopback port, wait
// until it answers, stop it with SIGTERM. The build must exist: `BUILD_DIR=.builds/quality npx remix build`.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The build the gates measure: its own folder, so that gates never race the browser tests' server and build. */
export const BUILD_DIR = process.env.BUILD_DIR || ".builds/quality";
export const BUILD_PATH = path.resolve(ROOT, BUILD_DIR);
/** Where the browser assets of that build live (served under /build/). */
export const ASSETS_DIR = path.join(BUILD_PATH, "public/build");
export const REPORTS_DIR = path.join(ROOT, "reports");

// QUALITY_PORTS (e.g. 3353-3399, set by `npm test` from TEST_PORTS) keeps parallel runs on one machine apart.
const [PORT_MIN = 3200, PORT_MAX = 3299] = (process.env.QUALITY_PORTS ?? "3200-3299").split("-").map(Number);

/** @param {number} port @returns {Promise<boolean>} */
function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen({ port, host: "127.0.0.1", exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** A free port in PORT_MIN..PORT_MAX; starts at an offset derived from the PID so that parallel gates rarely collide. */
export async function freePort() {
  const span = PORT_MAX - PORT_MIN + 1;
  const start = process.pid % span;
  for (let i = 0; i < span; i++) {
    const port = PORT_MIN + ((start + i) % span);
    if (await portIsFree(port)) return port;
  }
  throw new Error(`no free port in ${PORT_MIN}..${PORT_MAX}`);
}

/**
 * @typedef {{
 *   baseURL: string,           // http://localhost:PORT — equals PUBLIC_ORIGIN (use it for Origin headers)
 *   ipURL: string,             // http://127.0.0.1:PORT — same server, no name lookup (load generators)
 *   port: number,
 *   child: import("node:child_process").ChildProcess,
 *   stdout: () => string,      // everything the server printed so far
 *   stderr: () => string,
 *   exited: Promise<{ code: number | null, signal: NodeJS.Signals | null }>,
 *   stop: (timeoutMs?: number) => Promise<{ code: number | null, signal: NodeJS.Signals | null, ms: number }>,
 * }} Server
 */

/**
 * Starts `node server/index.js` with BUILD_DIR, PORT, PUBLIC_ORIGIN, NODE_ENV=production, HOST=127.0.0.1
 * (loopback only) and the extra env given; resolves once GET / answers (any status).
 * @param {{ env?: Record<string, string>, port?: number, readyTimeoutMs?: number }} [options]
 * @returns {Promise<Server>}
 */
export async function startServer(options = {}) {
  if (!existsSync(path.join(BUILD_PATH, "index.js"))) {
    throw new Error(`no build in ${BUILD_DIR}: run \`BUILD_DIR=${BUILD_DIR} npx remix build\` first`);
  }
  let lastError;
  // A port can be taken between the probe and the listen: try a few times.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = options.port ?? (await freePort());
    try {
      return await launch(port, options);
    } catch (error) {
      lastError = error;
      if (options.port) break;
    }
  }
  throw lastError;
}

/** @param {number} port @param {{ env?: Record<string, string>, readyTimeoutMs?: number }} options @returns {Promise<Server>} */
async function launch(port, options) {
  const baseURL = `http://localhost:${port}`;
  const ipURL = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["server/index.js"], {
    cwd: ROOT,
    env: {
      ...process.env,
      BUILD_DIR,
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_ORIGIN: baseURL,
      NODE_ENV: "production",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.setEncoding("utf8").on("data", (d) => (out += d));
  child.stderr?.setEncoding("utf8").on("data", (d) => (err += d));
  /** @type {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} */
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  let hasExited = false;
  exited.then(() => (hasExited = true));

  const deadline = Date.now() + (options.readyTimeoutMs ?? 20_000);
  for (;;) {
    if (hasExited) throw new Error(`server exited before answering:\n${err || out}`);
    try {
      const res = await fetch(ipURL + "/", { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`server did not answer on ${ipURL} within the timeout:\n${err || out}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** @param {number} [timeoutMs] */
  async function stop(timeoutMs = 10_000) {
    const started = Date.now();
    if (!hasExited) child.kill("SIGTERM");
    const timer = setTimeout(() => {
      if (!hasExited) child.kill("SIGKILL");
    }, timeoutMs);
    const result = await exited;
    clearTimeout(timer);
    return { ...result, ms: Date.now() - started };
  }

  return { baseURL, ipURL, port, child, stdout: () => out, stderr: () => err, exited, stop };
}

/**
 * @typedef {{ name: string, ok: boolean, detail: string, skipped?: boolean }} Check
 */

/**
 * Writes reports/<name>.json as { passed, failed, skipped, checks } (skipped checks count as neither) and prints a
 * table. Returns the process exit code (1 when any check failed).
 * @param {string} name @param {Check[]} checks @param {Record<string, unknown>} [extra]
 */
export function writeReport(name, checks, extra = {}) {
  const passed = checks.filter((c) => c.ok && !c.skipped).length;
  const skipped = checks.filter((c) => c.skipped).length;
  const failed = checks.filter((c) => !c.ok && !c.skipped).length;
  mkdirSync(REPORTS_DIR, { recursive: true });
  const file = path.join(REPORTS_DIR, `${name}.json`);
  writeFileSync(file, JSON.stringify({ passed, failed, skipped, checks, ...extra }, null, 2) + "\n");
  const width = Math.min(60, Math.max(...checks.map((c) => c.name.length), 5));
  console.log(`\n${name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}  → ${path.relative(ROOT, file)}`);
  for (const c of checks) {
    const mark = c.skipped ? "skip" : c.ok ? "ok  " : "FAIL";
    console.log(`${mark}  ${c.name.padEnd(width)}  ${c.detail}`);
  }
  return failed > 0 ? 1 : 0;
}

/**
 * Prints rows as an aligned text table.
 * @param {string[]} header @param {(string | number)[][]} rows
 */
export function printTable(header, rows) {
  const all = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i] ?? "").length)));
  const line = (/** @type {(string|number)[]} */ r) =>
    r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}
