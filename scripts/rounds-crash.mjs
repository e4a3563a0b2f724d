#!/usr/bin/env node
// @ts-check
// SIGKILL while the members of a team round are answering: no acknowledged answer may be lost. Each round of the
// test starts a server on a fresh port (same database), makes a team round with 20 members who keep changing
// their answers (one request at a time each), kills the server at a random moment, starts it again, reveals,
// and checks that every member's stored answers are their last acknowledged answers, or the one answer that was
// in flight when the server died.
//   BUILD_DIR=.builds/x node scripts/rounds-crash.mjs [--rounds 5]
//   BUILD_DIR=.builds/x node scripts/with-postgres.mjs node scripts/rounds-crash.mjs
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { GOLDEN } from "../app/decision/golden-links.js";

const ROUNDS = Number(process.argv[process.argv.indexOf("--rounds") + 1]) || 5;
const MEMBERS = 20;
const { G1 } = GOLDEN;
const LOGOUT = ["immediate", "minutes", "expiry"];
const ARCH = ["monolith", "modular", "microservices"];
/** The n-th answer a member sends: nine distinguishable answers, in a cycle. */
const variant = (n) => ({ logout: LOGOUT[n % 3], arch: ARCH[Math.floor(n / 3) % 3] });
const key = (v) => `${v.arch}/${v.logout}`;

const dir = mkdtempSync(path.join(tmpdir(), "rounds-crash-"));
const databaseUrl = process.env.TEST_DATABASE_URL || `file:${path.join(dir, "records.sqlite")}`;
const dialect = databaseUrl.startsWith("file:") ? "sqlite" : "postgres";

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Resolves when the process has exited (also if it already has). @param {import("node:child_process").ChildProcess} child */
function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => child.once("exit", r));
}

async function startServer() {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const child = spawn(process.execPath, ["server/index.js"], {
    env: {
      ...process.env,
      PORT: String(port),
      PUBLIC_ORIGIN: origin,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      RATE_LIMIT_ROUND_ANSWERS: "1000000",
      RATE_LIMIT_ROUNDS: "1000",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; ; i++) {
    if (i > 150) throw new Error("server did not start");
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, origin };
}

/** @param {string} origin @param {string} url @param {string} [form] @param {string} [cookie] */
function request(origin, url, form, cookie) {
  return fetch(origin + url, {
    method: form === undefined ? "GET" : "POST",
    redirect: "manual",
    ...(form !== undefined && { body: form }),
    headers: {
      Origin: origin,
      ...(form !== undefined && { "Content-Type": "application/x-www-form-urlencoded" }),
      ...(cookie && { Cookie: cookie }),
    },
  });
}

let failures = 0;
let acknowledged = 0;
try {
  for (let round = 1; round <= ROUNDS; round++) {
    let { child, origin } = await startServer();
    const created = await request(origin, "/rounds/new", `title=Crash+${round}`);
    const facilitator = created.headers.get("location")?.split("?")[0] ?? "";
    const joinPath = /\/t\/[A-Za-z0-9_-]{22}/.exec(
      await (await request(origin, facilitator)).text(),
    )?.[0];
    if (!joinPath) throw new Error("no join link");
    const cookies = await Promise.all(
      Array.from({ length: MEMBERS }, async (_, i) => {
        const res = await request(origin, joinPath, `intent=join&name=m${i}`);
        return (res.headers.get("set-cookie") ?? "").split(";")[0];
      }),
    );
    /** Per member: the last acknowledged answer and the one in flight. */
    const state = cookies.map(() => ({
      acked: /** @type {string | null} */ (null),
      inFlight: /** @type {string | null} */ (null),
    }));
    let killed = false;
    const loops = cookies.map(async (cookie, i) => {
      for (let n = 0; !killed; n++) {
        const v = variant(n + i);
        state[i].inFlight = key(v);
        try {
          const form = `intent=answer&${G1.replace("logout=immediate", `logout=${v.logout}`).replace("arch=monolith", `arch=${v.arch}`)}`;
          const res = await request(origin, joinPath, form, cookie);
          if (res.status !== 303) throw new Error(`answer: HTTP ${res.status}`);
          state[i].acked = key(v);
          state[i].inFlight = null;
          acknowledged++;
        } catch (error) {
          if (!killed) throw error;
          return;
        }
      }
    });
    await new Promise((r) => setTimeout(r, 800 + Math.random() * 2000));
    killed = true;
    child.kill("SIGKILL");
    await Promise.allSettled(loops);
    await exited(child);

    ({ child, origin } = await startServer());
    await request(origin, facilitator, "intent=reveal");
    const page = await (await request(origin, facilitator)).text();
    const table = page.slice(page.indexOf('data-testid="member-results"'));
    /** @type {Map<string, string>} */
    const stored = new Map();
    for (const m of table.matchAll(
      /<th scope="row">(m\d+)<\/th><td><a href="\/decision\?([^"]+)"/g,
    )) {
      const q = new URLSearchParams(m[2].replace(/&amp;/g, "&"));
      stored.set(m[1], `${q.get("arch")}/${q.get("logout")}`);
    }
    let lost = 0;
    state.forEach((s, i) => {
      const got = stored.get(`m${i}`) ?? null;
      const allowed = [s.acked, s.inFlight];
      if (!allowed.includes(got)) {
        lost++;
        console.error(
          `round ${round}: m${i} stored ${got}, acknowledged ${s.acked}, in flight ${s.inFlight}`,
        );
      }
    });
    failures += lost;
    console.log(
      `${lost === 0 ? "ok  " : "FAIL"} ${dialect} round ${round}: ${MEMBERS} members, killed mid-answer, every acknowledged answer kept (${state.filter((x) => x.acked).length} members with one, ${stored.size} stored)`,
    );
    child.kill("SIGTERM");
    await exited(child);
  }
} catch (error) {
  console.error(error);
  failures++;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `${dialect}: ${acknowledged} acknowledged answers over ${ROUNDS} kills, ${failures} lost`,
);
process.exit(failures > 0 ? 1 : 0);
