#!/usr/bin/env node
// @ts-check
// 50 members answering one team round at once, over real HTTP against a started server: no answer lost, no 5xx.
// The store is SQLite (a temp file) unless TEST_DATABASE_URL names PostgreSQL:
//   BUILD_DIR=.builds/x npx remix build
//   BUILD_DIR=.builds/x node scripts/rounds-load.mjs
//   BUILD_DIR=.builds/x node scripts/with-postgres.mjs node scripts/rounds-load.mjs
// Each member joins (own cookie), then all answer at the same moment, then all change their answer at the same
// moment; the facilitator reveals and the reveal must count exactly the last answer of every member.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { GOLDEN } from "../app/decision/golden-links.js";

const MEMBERS = 50;
const { G1 } = GOLDEN;
const LOGOUT = ["immediate", "minutes", "expiry"];

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

const dir = mkdtempSync(path.join(tmpdir(), "rounds-load-"));
const databaseUrl = process.env.TEST_DATABASE_URL || `file:${path.join(dir, "records.sqlite")}`;
const dialect = databaseUrl.startsWith("file:") ? "sqlite" : "postgres";
const port = await freePort();
const origin = `http://localhost:${port}`;
const server = spawn(process.execPath, ["server/index.js"], {
  env: {
    ...process.env,
    PORT: String(port),
    PUBLIC_ORIGIN: origin,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    // Every member comes from 127.0.0.1 here; the limits themselves are tested elsewhere.
    RATE_LIMIT_ROUND_ANSWERS: "100000",
    RATE_LIMIT_ROUNDS: "1000",
  },
  stdio: ["ignore", "pipe", "inherit"],
});
let serverLog = "";
server.stdout.on("data", (chunk) => (serverLog += chunk));

/** @type {Record<string, number>} */
const statuses = {};
/** @param {string} url @param {RequestInit} [init] */
async function call(url, init = {}) {
  const res = await fetch(origin + url, {
    redirect: "manual",
    ...init,
    headers: { Origin: origin, ...(init.headers ?? {}) },
  });
  statuses[res.status] = (statuses[res.status] ?? 0) + 1;
  return res;
}

/** @param {string} form */
const post = (url, form, cookie = "") =>
  call(url, {
    method: "POST",
    body: form,
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      ...(cookie && { Cookie: cookie }),
    },
  });

let failed = false;
const check = (ok, message) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${message}`);
  if (!ok) failed = true;
};

try {
  for (let i = 0; ; i++) {
    if (i > 100) throw new Error("server did not start");
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const created = await post("/rounds/new", "title=Load&facilitatorName=F");
  const facilitator = created.headers.get("location")?.split("?")[0] ?? "";
  const page = await (await call(facilitator)).text();
  const joinPath = /\/t\/[A-Za-z0-9_-]{22}/.exec(page)?.[0] ?? "";
  check(facilitator.startsWith("/f/") && joinPath !== "", `round created (${dialect})`);

  const started = Date.now();
  const cookies = await Promise.all(
    Array.from({ length: MEMBERS }, async (_, i) => {
      const res = await post(joinPath, `intent=join&name=m${i}`);
      return (res.headers.get("set-cookie") ?? "").split(";")[0];
    }),
  );
  check(
    cookies.every((c) => c.startsWith("round-")),
    `${MEMBERS} members joined at once`,
  );

  const answer = (i, logout) =>
    post(
      joinPath,
      `intent=answer&${G1.replace("logout=immediate", `logout=${logout}`)}`,
      cookies[i],
    );
  const first = await Promise.all(cookies.map((_, i) => answer(i, "immediate")));
  check(
    first.every((r) => r.status === 303),
    `${MEMBERS} first answers acknowledged (303)`,
  );
  // Everyone changes their mind at once: the last acknowledged answer of each member must be the one kept.
  const second = await Promise.all(cookies.map((_, i) => answer(i, LOGOUT[i % 3])));
  check(
    second.every((r) => r.status === 303),
    `${MEMBERS} changed answers acknowledged (303)`,
  );
  const elapsed = Date.now() - started;

  const waiting = await (await call(facilitator)).text();
  check(
    waiting.includes(`${MEMBERS} of ${MEMBERS} members have answered.`),
    `facilitator sees ${MEMBERS} of ${MEMBERS} answered`,
  );
  await post(facilitator, "intent=reveal&confirm=yes");
  const revealed = await (await call(facilitator)).text();
  /** @type {Record<string, number>} */
  const counts = {};
  const card = revealed.slice(revealed.indexOf('data-question="logout"'));
  for (const value of LOGOUT) {
    const m = new RegExp(`data-value="${value}"[\\s\\S]*?data-testid="count">(\\d+)<`).exec(card);
    counts[value] = Number(m?.[1] ?? -1);
  }
  const expected = Object.fromEntries(
    LOGOUT.map((v, k) => [
      v,
      Array.from({ length: MEMBERS }, (_, i) => i % 3).filter((x) => x === k).length,
    ]),
  );
  check(
    JSON.stringify(counts) === JSON.stringify(expected),
    `reveal counts every member's last answer: ${JSON.stringify(counts)}`,
  );
  const fivexx = Object.entries(statuses).filter(([s]) => Number(s) >= 500);
  check(fivexx.length === 0, `no 5xx (statuses ${JSON.stringify(statuses)})`);
  console.log(`${dialect}: ${MEMBERS} joins + ${2 * MEMBERS} concurrent answers in ${elapsed} ms`);
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  server.kill("SIGTERM");
  await new Promise((r) => server.once("exit", r));
  rmSync(dir, { recursive: true, force: true });
  if (/"level":"error"/.test(serverLog)) {
    console.error(serverLog);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
