#!/usr/bin/env node
// @ts-check
// Two app instances on one PostgreSQL, as the README documents for running more than one: both start at once on a
// fresh database (their migrations must not collide), a record saved on one is read, edited and given a new edit
// link on the other, rate limits are shared, and neither instance serves a stale record. Team rounds race across
// both: members answer on both while the facilitator deletes on one (no deadlock, no 5xx), two settles from one
// form (one wins, the other is a 409), and one save sent three times (one record).
// Run: node scripts/with-postgres.mjs node scripts/multi-instance.mjs   (needs a build: BUILD_DIR or build/)
import { spawn } from "node:child_process";
import http from "node:http";
import net from "node:net";
import pg from "pg";

const url = process.env.TEST_DATABASE_URL;
if (!url) {
  console.error("multi-instance: TEST_DATABASE_URL is not set (run through scripts/with-postgres.mjs)");
  process.exit(2);
}
const G1 = "arch=monolith&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=multi&store=yes";
const G3 = "arch=microservices&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=multi&store=yes";

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** @param {string} name */
async function start(name) {
  const port = await freePort();
  const child = spawn(process.execPath, ["server/index.js"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      DATABASE_URL: url,
      RATE_LIMIT_CREATE: "3",
      PUBLIC_ORIGIN: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.setEncoding("utf8").on("data", (d) => (log += d));
  child.stderr?.setEncoding("utf8").on("data", (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await (await fetch(`${base}/`)).arrayBuffer();
      break;
    } catch {
      if (child.exitCode !== null || i > 200) throw new Error(`${name} did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { name, base, child, log: () => log };
}

const checks = [];
/** @param {string} name @param {boolean} ok @param {string} [detail] */
function check(name, ok, detail = "") {
  checks.push({ name, ok });
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ` — ${detail}` : ""}`);
}

/** @param {{ base: string }} app @param {string} path @param {Record<string, string>} form */
function post(app, path, form) {
  return fetch(app.base + path, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: app.base, "Sec-Fetch-Site": "same-origin", "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(form).toString(),
  });
}
const tokenIn = (/** @type {Response} */ res) => /\/e\/([A-Za-z0-9_-]{43})/.exec(res.headers.get("location") ?? "")?.[1];
const text = async (/** @type {string} */ u) => {
  const res = await fetch(u);
  return { status: res.status, body: await res.text() };
};

/**
 * A request from 127.0.0.2, a client of its own: the round races must not spend the budgets the checks above count.
 * @param {{ base: string }} app @param {string} path @param {{ form?: string, cookie?: string }} [o]
 * @returns {Promise<{ status: number, location: string, cookie: string, body: string }>}
 */
function fromOtherClient(app, path, o = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(app.base + path, {
      method: o.form === undefined ? "GET" : "POST",
      localAddress: "127.0.0.2",
      headers: {
        Origin: app.base,
        "Sec-Fetch-Site": "same-origin",
        ...(o.form !== undefined && { "Content-Type": "application/x-www-form-urlencoded" }),
        ...(o.cookie && { Cookie: o.cookie }),
      },
    });
    req.on("error", reject);
    req.on("response", (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (d) => (body += d));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          location: String(res.headers.location ?? ""),
          cookie: String(res.headers["set-cookie"]?.[0] ?? "").split(";")[0],
          body,
        }),
      );
    });
    req.end(o.form);
  });
}

/** A round started on A with members joined alternately on A and B. @param {any} a @param {any} b @param {number} members */
async function roundWithMembers(a, b, title, members) {
  const created = await fromOtherClient(a, "/rounds/new", { form: `title=${title}` });
  const facilitator = created.location.split("?")[0];
  const joinPath = /\/t\/[A-Za-z0-9_-]{22}/.exec((await fromOtherClient(b, facilitator)).body)?.[0] ?? "";
  const cookies = [];
  for (let i = 0; i < members; i++) {
    cookies.push((await fromOtherClient(i % 2 ? b : a, joinPath, { form: `intent=join&name=m${i}` })).cookie);
  }
  return { facilitator, joinPath, cookies };
}

/** Team rounds across both instances. @param {any} a @param {any} b */
async function roundRaces(a, b) {
  const answer = (/** @type {string} */ logout) => `intent=answer&${G1.replace("logout=immediate", `logout=${logout}`)}&stack=remix`;
  // Delete while members answer on both instances (PostgreSQL deadlocked here when the delete took the members first).
  const statuses = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const r = await roundWithMembers(a, b, `Delete+race+${attempt}`, 6);
    const answers = r.cookies.flatMap((cookie, i) =>
      [0, 1].map((n) => fromOtherClient((i + n) % 2 ? a : b, r.joinPath, { form: answer(n ? "expiry" : "minutes"), cookie })),
    );
    const deleted = fromOtherClient(attempt % 2 ? a : b, r.facilitator, { form: "intent=delete&confirm=yes" });
    const all = await Promise.all([...answers, deleted]);
    statuses.push(...all.map((x) => x.status));
    const gone = await Promise.all([a, b].map((app) => fromOtherClient(app, r.joinPath)));
    statuses.push(...gone.map((x) => (x.status === 404 ? 404 : 1000 + x.status)));
  }
  check(
    "rounds: deleting while members answer on both instances: no 5xx, the round is gone on both",
    statuses.every((s) => s < 500),
    Object.entries(statuses.reduce((m, s) => ({ ...m, [s]: (m[s] ?? 0) + 1 }), /** @type {Record<number, number>} */ ({}))).map(([k, v]) => `${k}×${v}`).join(" "),
  );

  // Two settles from one form, one per instance.
  const r = await roundWithMembers(a, b, "Settle+race", 2);
  await fromOtherClient(a, r.joinPath, { form: answer("immediate"), cookie: r.cookies[0] });
  await fromOtherClient(b, r.joinPath, { form: answer("expiry"), cookie: r.cookies[1] });
  await fromOtherClient(a, r.facilitator, { form: "intent=reveal&confirm=yes" });
  const version = /name="version" value="(\d+)"/.exec((await fromOtherClient(b, r.facilitator)).body)?.[1];
  const settles = await Promise.all(
    [a, b, a, b].map((app, i) =>
      fromOtherClient(app, r.facilitator, { form: `intent=settle&version=${version}&settle-logout=${i % 2 ? "expiry" : "immediate"}` }),
    ),
  );
  const codes = settles.map((x) => x.status).sort();
  check("rounds: four settles from one form on both instances: one 303, three 409", codes.join() === "303,409,409,409", codes.join(", "));

  // One save sent three times, across both instances.
  const key = /name="key" value="([A-Za-z0-9_-]{22})"/.exec((await fromOtherClient(a, r.facilitator)).body)?.[1] ?? "";
  const saves = await Promise.all([a, b, a].map((app) => fromOtherClient(app, r.facilitator, { form: `intent=record&key=${key}&title=Round+save+race` })));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const count = Number((await client.query("select count(*) as n from records where title = 'Round save race'")).rows[0].n);
  await client.end();
  const links = saves.map((x) => x.location.split("?")[0]).filter((l) => l.startsWith("/e/"));
  const opened = await Promise.all(links.map((l) => fromOtherClient(b, l)));
  const working = opened.filter((o) => o.status === 200 && o.body.includes(`/r/${key}`)).length;
  check(
    "rounds: one save sent three times on both instances: one record, with a working edit link",
    saves.every((x) => x.status === 303) && count === 1 && working >= 1,
    `statuses ${saves.map((x) => x.status).join(", ")}; ${count} record(s); ${working} of ${links.length} links open it`,
  );
}

const [a, b] = await Promise.all([start("A"), start("B")]);
let failed = false;
try {
  // Both instances meet the fresh database at the same moment: migrations must not collide.
  const first = await Promise.all([
    post(a, `/records?${G1}`, { answers: G1, title: "Saved on A" }),
    post(b, `/records?${G1}`, { answers: G1, title: "Saved on B" }),
  ]);
  check("both instances save on a fresh database at the same moment", first.every((r) => r.status === 303), first.map((r) => r.status).join(", "));
  const token = tokenIn(first[0]);
  const publicId = /\/r\/([A-Za-z0-9_-]{22})/.exec((await text(`${a.base}/e/${token}`)).body)?.[1];
  check("saved on A: edit page and public id", Boolean(token && publicId));

  // Read on B, warm both instances' caches, then edit on B and read on A.
  const readB = await text(`${b.base}/r/${publicId}`);
  check("read on B", readB.status === 200 && readB.body.includes("Saved on A"));
  await text(`${a.base}/r/${publicId}`);
  await text(`${a.base}/decision?${G1}`);
  const editPage = await text(`${b.base}/e/${token}`);
  const version = /name="version" value="(\d+)"/.exec(editPage.body)?.[1] ?? "";
  const edit = await post(b, `/e/${token}`, { title: "Edited on B", version });
  check("edit on B", edit.status === 303, `HTTP ${edit.status}`);
  const readA = await text(`${a.base}/r/${publicId}`);
  check("A serves the edit made on B (no stale record)", readA.status === 200 && readA.body.includes("Edited on B") && !readA.body.includes("Saved on A"));
  const editA = await text(`${a.base}/e/${token}`);
  check("A's edit page shows B's edit", editA.body.includes('value="Edited on B"'));
  const markdownA = await text(`${a.base}/r/${publicId}/markdown`);
  check("A's Markdown export shows B's edit", markdownA.body.includes("Edited on B"));
  // A stale edit from A (the version before B's edit) is a conflict, whichever instance answers.
  const stale = await post(a, `/e/${token}`, { title: "Stale from A", version });
  check("a stale edit on A conflicts with B's", stale.status === 409, `HTTP ${stale.status}`);

  // Replace the edit link on B; the new link works on A and the old one stops there once the new one is used.
  const rotated = await post(b, `/e/${token}`, { intent: "rotate" });
  const next = tokenIn(rotated);
  check("rotate on B", rotated.status === 303 && Boolean(next) && next !== token);
  const nextOnA = await text(`${a.base}/e/${next}`);
  check("the new edit link works on A", nextOnA.status === 200 && nextOnA.body.includes("Edited on B"));
  const oldOnA = await text(`${a.base}/e/${token}`);
  check("the old edit link is refused on A", oldOnA.status === 404, `HTTP ${oldOnA.status}`);

  // Shared limits. Saves: 3 a minute per client across both instances (2 used above). Start early in a minute.
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 40_000) await new Promise((r) => setTimeout(r, 60_000 - intoMinute + 500));
  const saves = [];
  for (const app of [a, b, a, b]) saves.push((await post(app, `/records?${G3}`, { answers: G3, title: `limit ${app.name}` })).status);
  const counted = saves.filter((s) => s === 303).length;
  check("record saves share one budget across instances", saves.at(-1) === 429 && counted <= 3, saves.join(", "));
  // Wrong edit links: 20 a minute per client across both instances (alternating), then 429 on both, even for
  // the right link.
  const misses = [];
  for (let i = 0; i < 22; i++) {
    const app = i % 2 ? b : a;
    const wrong = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url");
    misses.push((await fetch(`${app.base}/e/${wrong}`)).status);
  }
  const afterA = (await fetch(`${a.base}/e/${next}`)).status;
  const afterB = (await fetch(`${b.base}/e/${next}`)).status;
  check(
    "edit-link guesses share one budget across instances",
    // 20 misses a minute per client; the old link tried above may already count as one of this minute's.
    [19, 20].includes(misses.indexOf(429)) &&
      misses.slice(misses.indexOf(429)).every((s) => s === 429) &&
      afterA === 429 &&
      afterB === 429,
    `${misses.filter((s) => s === 404).length} × 404, then ${misses.slice(20).join(", ")}; right link afterwards: A ${afterA}, B ${afterB}`,
  );
  await roundRaces(a, b);
  // Neither instance logged an error.
  for (const app of [a, b]) check(`instance ${app.name} logged no errors`, !/"level":"error"/.test(app.log()), app.log().split("\n").filter((l) => l.includes('"level":"error"')).slice(0, 2).join(" | "));
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  for (const app of [a, b]) app.child.kill("SIGTERM");
  await Promise.all([a, b].map((app) => new Promise((r) => (app.child.exitCode !== null ? r(undefined) : app.child.once("exit", r)))));
}
const bad = checks.filter((c) => !c.ok).length;
console.log(`multi-instance: ${checks.length - bad} passed, ${bad} failed`);
process.exit(failed || bad > 0 ? 1 : 0);
