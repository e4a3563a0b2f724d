#!/usr/bin/env node
// Durability of the save path (reliability.md G3): start the server on a fresh SQLite file, fire concurrent
// saves (POST /records), SIGKILL the server at a random moment, then check that every save it acknowledged
// (303 to the record's edit page /e/<token>?created=1) is in the file (PRAGMA integrity_check = ok, the row found
// by the token's SHA-256) and served by the restarted server (GET /e/<token> = 200). Tokens are never printed whole. The restarted server takes the next round's saves.
//
//   node scripts/crash-test.mjs [--rounds 20] [--base-port 3340] [--concurrency 8] [--server server/index.js]
//
// Builds nothing: BUILD_DIR is passed through to the server. Exits non-zero if any acknowledged save is lost.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { GOLDEN } from "../app/decision/golden-links.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    rounds: { type: "string", default: "20" },
    "base-port": { type: "string", default: "3340" },
    concurrency: { type: "string", default: "8" },
    server: { type: "string", default: "server/index.js" },
    "min-kill-ms": { type: "string", default: "100" },
    "max-kill-ms": { type: "string", default: "800" },
  },
});
const rounds = positive("rounds");
const basePort = positive("base-port");
const concurrency = positive("concurrency");
const minKillMs = positive("min-kill-ms");
const maxKillMs = Math.max(minKillMs, positive("max-kill-ms"));
const serverFile = path.resolve(root, args.server);

function positive(name) {
  const n = Number(args[name]);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a positive integer`);
    process.exit(2);
  }
  return n;
}

const { G1 } = GOLDEN;
const LOCATION = /^\/e\/([A-Za-z0-9_-]{43})\?created=1$/;
const sha256 = (token) => createHash("sha256").update(token).digest("hex");
const masked = (token) => `${token.slice(0, 6)}…`;
const READY_TIMEOUT_MS = 30_000;
const REQUEST_TIMEOUT_MS = 10_000;

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "crash-test-"));
const dbFile = path.join(workDir, "records.sqlite");
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @type {import("node:child_process").ChildProcess | undefined} */
let server;
let serverNumber = 0;

function startServer(port) {
  serverNumber += 1;
  const log = fs.openSync(path.join(workDir, `server-${serverNumber}.log`), "w");
  const child = spawn(process.execPath, [serverFile], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
      DATABASE_URL: `file:${dbFile}`,
      RATE_LIMIT_CREATE: "100000",
    },
    stdio: ["ignore", log, log],
  });
  fs.closeSync(log);
  child.exitPromise = new Promise((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  server = child;
  return child;
}

async function waitUntilReady(child, base) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `server exited before it was ready (see ${workDir}/server-${serverNumber}.log)`,
      );
    }
    try {
      // A record page opens the database (and migrates a fresh file), so the kill timer starts once the server
      // can save, not while it is still migrating; an unknown id is a 404 once the database answers.
      const response = await fetch(`${base}/r/AAAAAAAAAAAAAAAAAAAAAA`, {
        signal: AbortSignal.timeout(2_000),
      });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await sleep(50);
  }
  throw new Error(`server not ready after ${READY_TIMEOUT_MS} ms`);
}

async function kill(child) {
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await child.exitPromise;
}

function formFor(round, n) {
  return new URLSearchParams({
    answers: G1,
    title: `Crash test round ${round} save ${n}`,
    context: `Saved while the server may be killed.\nRound ${round}, save ${n}.`,
    deciders: "Crash Tester, Night Shift",
    status: "proposed",
  });
}

/** Saves until the server stops answering; returns the acknowledged ids with the title each was sent with. */
async function saveStream(base, round, timing) {
  const acked = new Map();
  const counts = { refused: 0, failed: 0 };
  let next = 0;
  async function worker() {
    while (Date.now() < timing.stopAt + 2_000) {
      const n = next++;
      const body = formFor(round, n);
      let response;
      try {
        response = await fetch(`${base}/records`, {
          method: "POST",
          redirect: "manual",
          headers: {
            "Content-Type": "application/x-www-form-urlencoded",
            Origin: base,
            "Sec-Fetch-Site": "same-origin",
          },
          body,
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        await response.arrayBuffer();
      } catch {
        // Killed mid-request or refused after the kill: never acknowledged, so never counted.
        counts.failed += 1;
        if (Date.now() >= timing.stopAt) return;
        continue;
      }
      const location = response.headers.get("location") ?? "";
      const match =
        response.status === 303
          ? LOCATION.exec(new URL(location, base).pathname + new URL(location, base).search)
          : null;
      if (match) {
        acked.set(match[1], body.get("title"));
        timing.onAck?.();
      } else counts.refused += 1;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { acked, ...counts };
}

/** Opens the file as the restarting server will (recovering the WAL) and checks it. */
function checkFile(allAcked) {
  const db = new Database(dbFile);
  try {
    const integrity = db.pragma("integrity_check", { simple: true });
    const title = db.prepare("select title from records where edit_token_hash = ?").pluck();
    const missing = [];
    for (const [token, expected] of allAcked)
      if (title.get(sha256(token)) !== expected) missing.push(masked(token));
    return { integrity: String(integrity), missing };
  } finally {
    db.close();
  }
}

async function checkHttp(base, ids) {
  const queue = [...ids];
  const bad = [];
  async function worker() {
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      try {
        const response = await fetch(`${base}/e/${id}`, {
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        await response.arrayBuffer();
        if (response.status !== 200) bad.push(`${masked(id)} (${response.status})`);
      } catch (error) {
        bad.push(`${masked(id)} (${error instanceof Error ? error.message : error})`);
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return bad;
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server?.kill("SIGKILL");
    console.error(`crash-test: interrupted; files kept in ${workDir}`);
    process.exit(130);
  });
}

const allAcked = new Map();
let failures = 0;
let totalRefused = 0;
try {
  let port = basePort;
  let base = `http://127.0.0.1:${port}`;
  let current = startServer(port);
  await waitUntilReady(current, base);
  console.log(
    `crash-test: ${rounds} rounds, ${concurrency} concurrent saves, server ${path.relative(root, serverFile)}, database ${dbFile}`,
  );

  for (let round = 1; round <= rounds; round++) {
    const killAfter = minKillMs + Math.floor(Math.random() * (maxKillMs - minKillMs + 1));
    // The kill timer starts at the first acknowledged save, so that a slow start on a busy machine cannot leave a
    // round with nothing to check; the saves keep streaming until the kill.
    const timing = { stopAt: Infinity, onAck: undefined };
    const firstAck = new Promise((resolve) => (timing.onAck = resolve));
    const streaming = saveStream(base, round, timing);
    await Promise.race([firstAck, sleep(30_000)]);
    timing.stopAt = Date.now() + killAfter;
    await sleep(killAfter);
    await kill(current);
    const { acked, refused, failed } = await streaming;
    for (const [id, title] of acked) allAcked.set(id, title);
    totalRefused += refused;

    const file = checkFile(allAcked);
    // Alternate ports so that a socket left behind by the killed process cannot delay the restart.
    port = port === basePort ? basePort + 1 : basePort;
    base = `http://127.0.0.1:${port}`;
    current = startServer(port);
    await waitUntilReady(current, base);
    const httpBad = await checkHttp(base, [...acked.keys()]);

    const ok =
      file.integrity === "ok" &&
      file.missing.length === 0 &&
      httpBad.length === 0 &&
      acked.size > 0;
    if (!ok) failures += 1;
    console.log(
      `round ${round}/${rounds}: ${ok ? "ok" : "FAIL"}; killed ${killAfter} ms after the first acknowledged save; ${acked.size} acknowledged, ` +
        `${refused} refused, ${failed} cut off; sqlite integrity_check ${file.integrity}, ` +
        `${allAcked.size - file.missing.length}/${allAcked.size} acknowledged rows present; ` +
        `GET /e/<token> 200 for ${acked.size - httpBad.length}/${acked.size}`,
    );
    if (acked.size === 0)
      console.log(
        "  no save was acknowledged: is POST /records wired up (303 to /e/<token>?created=1)?",
      );
    for (const id of file.missing.slice(0, 5)) console.log(`  missing in the file: ${id}`);
    for (const line of httpBad.slice(0, 5)) console.log(`  not served: ${line}`);
  }
  await kill(current);
} catch (error) {
  failures += 1;
  console.error(`crash-test: ${error instanceof Error ? error.message : String(error)}`);
  if (server) await kill(server);
}

if (failures === 0) {
  console.log(
    `crash-test: passed: ${rounds} rounds, ${allAcked.size} acknowledged saves, 0 lost, integrity ok (${totalRefused} refused)`,
  );
  fs.rmSync(workDir, { recursive: true, force: true });
  process.exit(0);
}
console.log(
  `crash-test: FAILED in ${failures} of ${rounds} rounds; ${allAcked.size} acknowledged saves; files kept in ${workDir}`,
);
process.exit(1);
