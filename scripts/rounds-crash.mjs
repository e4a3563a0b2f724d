#!/usr/bin/env node
// @ts-check
// SIGKILL while the members of a team round are answering: no acknowledged answer may be lost. Each round of the
// test starts a server on a fresh port (same database), makes a team round with 20 members who keep changing
// their answers (one request at a time each), kills the server at a random moment, starts it again, reveals,
// and checks that every member's stored answers are their last acknowledged answers, or the one answer that was
// in flight when the server died. Then the facilitator settles and saves records (each save with its own key)
// until a second SIGKILL: the stored settlement must be the last acknowledged or the one in flight, every
// acknowledged save must be one record whose edit link works, and resending the save that was in flight must
// give a working edit link to at most one record (so no record is left without a delivered edit link).
// Last, SIGTERM while 50 members of a revealed round poll it over keep-alive connections (as fast as the server
// lets them, honouring Retry-After), idle keep-alive connections are open and two requests are being uploaded
// slowly: the idle connections are closed, the listener stops, the upload that ends within the grace gets its
// whole answer, and the process exits 0 within SHUTDOWN_GRACE_MS (the default, 10 s) of the signal.
//   BUILD_DIR=.builds/x node scripts/rounds-crash.mjs [--rounds 5]   (--rounds 0: the shutdown check alone)
//   BUILD_DIR=.builds/x node scripts/with-postgres.mjs node scripts/rounds-crash.mjs
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { GOLDEN } from "../app/decision/golden-links.js";

const roundsArg = process.argv.indexOf("--rounds");
const ROUNDS = roundsArg === -1 ? 5 : Number(process.argv[roundsArg + 1]);
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

/** Every server started, so that none outlives this script, whatever ends it. */
const servers = new Set();
process.on("exit", () => {
  for (const server of servers) server.kill("SIGKILL");
});

async function startServer(/** @type {Record<string, string>} */ extraEnv = {}) {
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
      RATE_LIMIT_CREATE: "1000000",
      ...extraEnv,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  servers.add(child);
  child.once("exit", () => servers.delete(child));
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

/** The answers in play per disputed question on a facilitator page. @param {string} page */
function settleOptions(page) {
  /** @type {Map<string, string[]>} */
  const options = new Map();
  for (const tag of page.matchAll(/<input[^>]*name="settle-(\w+)"[^>]*>/g)) {
    const value = /value="([^"]+)"/.exec(tag[0])?.[1];
    if (!value) continue;
    options.set(tag[1], [...(options.get(tag[1]) ?? []), value]);
  }
  return options;
}

/**
 * The stored settled answer per question, as one comparable string (marked data-settled: a majority the page
 * preselects is not a settlement). @param {string} page
 */
function checkedSettlement(page) {
  return [...page.matchAll(/<input[^>]*name="settle-(\w+)"[^>]*>/g)]
    .filter((m) => m[0].includes('data-settled=""'))
    .map((m) => `${m[1]}=${/value="([^"]+)"/.exec(m[0])?.[1]}`)
    .sort()
    .join("&");
}

/**
 * The facilitator settles and saves until the server is killed; returns what was acknowledged and in flight.
 * @param {string} origin @param {string} facilitator @param {() => boolean} isKilled
 */
async function facilitate(origin, facilitator, isKilled) {
  const state = {
    settled: /** @type {string | null} */ (null),
    settleInFlight: /** @type {string | null} */ (null),
    saved: /** @type {{ key: string, link: string }[]} */ ([]),
    saveInFlight: /** @type {string | null} */ (null),
    settles: 0,
  };
  for (let n = 0; !isKilled(); n++) {
    try {
      const page = await (await request(origin, facilitator)).text();
      const version = /name="version" value="(\d+)"/.exec(page)?.[1];
      const options = settleOptions(page);
      const choice = [...options]
        .map(([q, values]) => `${q}=${values[n % values.length]}`)
        .sort()
        .join("&");
      const form = `intent=settle&version=${version}&${choice.replace(/(\w+)=/g, "settle-$1=")}`;
      state.settleInFlight = choice;
      const settled = await request(origin, facilitator, form);
      if (settled.status !== 303) throw new Error(`settle: HTTP ${settled.status}`);
      state.settled = choice;
      state.settleInFlight = null;
      state.settles++;
      if (n % 2 === 1) {
        const after = await (await request(origin, facilitator)).text();
        const key = /name="key" value="([A-Za-z0-9_-]{22})"/.exec(after)?.[1];
        // The record saved last already holds this settlement: the page links it and offers no second save.
        if (!key && after.includes('data-testid="record-saved"')) continue;
        if (!key) throw new Error("no save key on the facilitator page");
        state.saveInFlight = key;
        const saved = await request(
          origin,
          facilitator,
          `intent=record&key=${key}&title=Saved+${n}`,
        );
        if (saved.status !== 303) throw new Error(`save: HTTP ${saved.status}`);
        state.saved.push({ key, link: (saved.headers.get("location") ?? "").split("?")[0] });
        state.saveInFlight = null;
      }
    } catch (error) {
      if (!isKilled()) throw error;
      return state;
    }
  }
  return state;
}

/** Does this edit link open the record saved under this key? @param {string} origin @param {string} link @param {string} key */
async function opens(origin, link, key) {
  if (!link.startsWith("/e/")) return false;
  const res = await request(origin, link);
  return res.status === 200 && (await res.text()).includes(`/r/${key}`);
}

const GRACE_MS = 10_000;

/**
 * A request whose headers and half of its body are sent now, on its own connection; `finish()` sends the rest.
 * @param {number} port @param {string} url @param {string} body
 */
function slowUpload(port, url, body) {
  const socket = net.connect(port, "127.0.0.1");
  const state = { response: "", sentAll: false };
  socket.setEncoding("utf8");
  socket.on("data", (d) => (state.response += d));
  socket.on("error", () => {});
  const half = Math.floor(body.length / 2);
  socket.write(
    `POST ${url} HTTP/1.1\r\nHost: localhost:${port}\r\nOrigin: http://localhost:${port}\r\n` +
      `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n` +
      body.slice(0, half),
  );
  return {
    state,
    finish: () => {
      if (!socket.destroyed) socket.write(body.slice(half), () => (state.sentAll = true));
    },
    stop: () => socket.destroy(),
  };
}

/** Was this raw HTTP/1.1 answer received whole (status line, headers and every byte Content-Length names)? */
function wholeResponse(/** @type {string} */ raw) {
  const end = raw.indexOf("\r\n\r\n");
  if (!/^HTTP\/1\.1 \d{3} /.test(raw) || end === -1) return false;
  const head = raw.slice(0, end);
  if (/\r\ntransfer-encoding: chunked/i.test(head)) return raw.endsWith("\r\n0\r\n\r\n");
  const length = /\r\ncontent-length: (\d+)/i.exec(head)?.[1];
  return length !== undefined && Buffer.byteLength(raw.slice(end + 4)) === Number(length);
}

/** SIGTERM under load: see the header. Returns the number of failed checks. */
async function shutdownUnderLoad() {
  const { child, origin } = await startServer({ SHUTDOWN_GRACE_MS: String(GRACE_MS) });
  const port = Number(new URL(origin).port);
  const created = await request(origin, "/rounds/new", "title=Shutdown");
  const facilitator = created.headers.get("location")?.split("?")[0] ?? "";
  const joinPath = /\/t\/[A-Za-z0-9_-]{22}/.exec(
    await (await request(origin, facilitator)).text(),
  )?.[0];
  if (!joinPath) throw new Error("no join link");
  const cookies = [];
  for (let i = 0; i < 50; i++) {
    const res = await request(origin, joinPath, `intent=join&name=member+${i}`);
    const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0];
    const v = variant(i);
    await request(
      origin,
      joinPath,
      `intent=answer&${G1.replace("logout=immediate", `logout=${v.logout}`).replace("arch=monolith", `arch=${v.arch}`)}`,
      cookie,
    );
    cookies.push(cookie);
  }
  await request(origin, facilitator, "intent=reveal");

  // Two uploads begun while the server is idle: one ends 2 s after SIGTERM, the other never does.
  const pad = "x".repeat(200);
  const finishing = slowUpload(port, joinPath, `intent=join&name=late&pad=${pad}`);
  const endless = slowUpload(port, joinPath, `intent=join&name=later&pad=${pad}`);
  // Idle keep-alive connections: one request each, then nothing.
  const idleAgent = new http.Agent({ keepAlive: true, maxSockets: 10 });
  /** @type {number[]} */
  const idleClosedAt = [];
  await Promise.all(
    Array.from(
      { length: 10 },
      () =>
        new Promise((resolve, reject) => {
          const req = http.get({ host: "127.0.0.1", port, path: "/", agent: idleAgent }, (res) => {
            res.socket.once("close", () => idleClosedAt.push(Date.now()));
            res.resume();
            res.on("end", resolve);
          });
          req.on("error", reject);
        }),
    ),
  );
  // 50 members poll the status and the revealed page, each as fast as it is answered.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 50 });
  const counts = { ok: 0, busy: 0, other: 0, cut: 0, refused: 0 };
  let stop = false;
  /** @param {string} url @param {string} cookie @returns {Promise<number>} Retry-After in ms, or 0 */
  const get = (url, cookie) =>
    new Promise((resolve) => {
      const req = http.get(
        { host: "127.0.0.1", port, path: url, agent, headers: { Cookie: cookie } },
        (res) => {
          let bytes = 0;
          res.on("data", (d) => (bytes += d.length));
          res.on("end", () => {
            const length = Number(res.headers["content-length"] ?? NaN);
            const whole = res.complete && (Number.isNaN(length) || length === bytes);
            if (!whole) counts.cut++;
            else if (res.statusCode === 200) counts.ok++;
            else if (res.statusCode === 503 && res.headers["retry-after"]) counts.busy++;
            else counts.other++;
            resolve(res.statusCode === 503 ? Number(res.headers["retry-after"]) * 1000 : 0);
          });
          res.on("error", () => (counts.cut++, resolve(0)));
        },
      );
      // After SIGTERM: refused by the closed listener, or a request sent on a connection the server was closing.
      req.on("error", () => (counts.refused++, resolve(200)));
    });
  const pollers = cookies.map(async (cookie) => {
    while (!stop) {
      const wait = (await get(`${joinPath}/status`, cookie)) || (await get(joinPath, cookie));
      if (wait) await new Promise((r) => setTimeout(r, wait));
    }
  });
  await new Promise((r) => setTimeout(r, 3000));
  const sigtermAt = Date.now();
  child.kill("SIGTERM");
  const finishLater = setTimeout(finishing.finish, 2000);
  const exit = await Promise.race([
    new Promise((r) =>
      child.once("exit", (code, signal) => r({ code, signal, ms: Date.now() - sigtermAt })),
    ),
    new Promise((r) => setTimeout(() => r(null), GRACE_MS + 10_000)),
  ]);
  stop = true;
  clearTimeout(finishLater);
  if (!exit) child.kill("SIGKILL");
  finishing.stop();
  endless.stop();
  await Promise.allSettled(pollers);
  agent.destroy();
  idleAgent.destroy();

  const problems = [];
  if (!exit) problems.push(`still running ${GRACE_MS + 10_000} ms after SIGTERM`);
  else if (exit.code !== 0 || exit.ms > GRACE_MS) {
    problems.push(
      `exit code ${exit.code}${exit.signal ? ` (signal ${exit.signal})` : ""} after ${exit.ms} ms, grace ${GRACE_MS} ms`,
    );
  }
  const lastIdle = Math.max(...idleClosedAt) - sigtermAt;
  if (idleClosedAt.length !== 10 || lastIdle > 3000) {
    problems.push(
      `idle keep-alive connections: ${idleClosedAt.length} of 10 closed, the last ${lastIdle} ms after SIGTERM`,
    );
  }
  if (
    !finishing.state.sentAll ||
    !wholeResponse(finishing.state.response) ||
    !/\r\nconnection: close\r\n/i.test(finishing.state.response)
  ) {
    problems.push(
      `the upload that ended within the grace: sent whole ${finishing.state.sentAll}, answer ${JSON.stringify(finishing.state.response.slice(0, finishing.state.response.indexOf("\r\n\r\n")).replace(/Content-Security-Policy: [^\r]*/, "…"))}`,
    );
  }
  if (counts.cut > 0 || counts.other > 0 || counts.ok === 0) {
    problems.push(
      `polling: ${counts.cut} answers cut short, ${counts.other} other than 200 or 503 with Retry-After, ${counts.ok} 200`,
    );
  }
  for (const p of problems) console.error(`shutdown: ${p}`);
  console.log(
    `${problems.length === 0 ? "ok  " : "FAIL"} ${dialect} SIGTERM under load (50 members polling a revealed round, 10 idle keep-alive connections, 2 slow uploads): exit ${exit ? `${exit.code} after ${exit.ms} ms` : "none"} (grace ${GRACE_MS} ms); idle connections closed within ${lastIdle} ms; polls ${counts.ok} × 200, ${counts.busy} × 503 busy, ${counts.refused} refused or closed after SIGTERM`,
  );
  return problems.length;
}

let failures = 0;
let acknowledged = 0;
let facilitatorActions = 0;
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
    await request(origin, facilitator, "intent=reveal&confirm=yes");
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

    // The facilitator settles and saves; SIGKILL mid-way.
    let facilitatorKilled = false;
    const work = facilitate(origin, facilitator, () => facilitatorKilled);
    // A failure before the kill is reported when `work` is awaited below, not as an unhandled rejection.
    work.catch(() => {});
    await new Promise((r) => setTimeout(r, 500 + Math.random() * 2000));
    facilitatorKilled = true;
    child.kill("SIGKILL");
    const done = await work;
    await exited(child);
    ({ child, origin } = await startServer());
    const after = await (await request(origin, facilitator)).text();
    const settlement = checkedSettlement(after);
    const problems = [];
    if (
      ![done.settled, done.settleInFlight].includes(settlement) &&
      !(done.settled === null && settlement === "")
    ) {
      problems.push(
        `settlement ${settlement}, acknowledged ${done.settled}, in flight ${done.settleInFlight}`,
      );
    }
    for (const s of done.saved) {
      if (!(await opens(origin, s.link, s.key)))
        problems.push(`acknowledged save ${s.key}: its edit link does not open it`);
    }
    if (done.saveInFlight) {
      // The browser's retry of the save that was in flight: one record, with an edit link delivered now.
      const retry = await request(
        origin,
        facilitator,
        `intent=record&key=${done.saveInFlight}&title=Retried`,
      );
      const link = (retry.headers.get("location") ?? "").split("?")[0];
      if (retry.status !== 303 || !(await opens(origin, link, done.saveInFlight))) {
        problems.push(
          `retried save ${done.saveInFlight}: HTTP ${retry.status}, link opens the record: false`,
        );
      }
    }
    for (const p of problems) console.error(`round ${round}: ${p}`);
    failures += problems.length;
    facilitatorActions += done.settles + done.saved.length;
    console.log(
      `${problems.length === 0 ? "ok  " : "FAIL"} ${dialect} round ${round}: killed mid-settle/save after ${done.settles} settles and ${done.saved.length} saves (in flight: ${done.settleInFlight ? "a settle" : done.saveInFlight ? "a save" : "nothing"}); settlement kept, every save one record with a working edit link`,
    );
    child.kill("SIGTERM");
    await exited(child);
  }
  failures += await shutdownUnderLoad();
} catch (error) {
  console.error(error);
  failures++;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `${dialect}: ${acknowledged} acknowledged answers and ${facilitatorActions} settles and saves over ${ROUNDS * 2} kills, ${failures} lost`,
);
process.exit(failures > 0 ? 1 : 0);
