#!/usr/bin/env node
// @ts-check
// Hostile input against team rounds, over HTTP against the built server (part of the malformed-input gate, and
// runnable alone: BUILD_DIR=.builds/quality node scripts/quality/malformed-rounds.mjs). Its own server, with
// LOG_REQUESTS=1 and a throwaway SQLite file, checks:
//  - names: a twin of a member's name (case, width, composition) and names with invisible or bidi-control
//    characters → 400 naming the field, in English and Japanese
//  - two settles from one form → one 303, one 409 that keeps the loser's choice; two saves with one key → one record
//  - an expired round: 410 and deleted when opened; its facilitator can still delete it
//  - path aliases of capability URLs (/E/, /%65/, /q/%2e%2e/f/) keep no-store and no-referrer, 405s included
//  - Vary: Accept-Language on the pages whose language comes from the header, and /compare's own headers
//  - 150 round cookies (11 KB): joining expires the oldest, so the Cookie header never nears the 16 KB limit
//  - 250 round cookies and other cookies (over 16 KB, from before the cap): pages still answer (not 431), each
//    answer expires the oldest round cookies beyond 20, keeps the member's own and the other cookies
//  - the cookie for a deleted or expired round is expired (Max-Age=0, same attributes) on its 404 and 410,
//    pages and /status alike
//  - the guessing budget comes before any look-up: 30 misses on /t/<id>/status, then the right join id and the
//    right facilitator link get 429 too
//  - no join id or facilitator token in the request log, whatever the spelling of the path
// Every response < 500 and no error on stderr.
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { printTable, startServer, writeReport } from "./server.mjs";

const G1 =
  "arch=monolith&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=multi&store=yes&stack=nextjs-authjs";

/** @param {boolean} ok @param {string} name @param {string} detail */
const check = (ok, name, detail) => ({ name: `rounds: ${name}`, ok, detail });

/**
 * Runs the round checks on a server of their own; returns the checks.
 * @param {{ port?: number }} [options]
 */
export async function roundChecks(options = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), "malformed-rounds-"));
  const file = path.join(dir, "records.sqlite");
  const server = await startServer({
    ...(options.port && { port: options.port }),
    env: {
      DATABASE_URL: `file:${file}`,
      LOG_REQUESTS: "1",
      RATE_LIMIT_ROUND_ANSWERS: "100000",
      RATE_LIMIT_ROUNDS: "1000",
      RATE_LIMIT_CREATE: "1000",
    },
  });
  const { baseURL } = server;
  /** @type {number[]} */
  const statuses = [];
  /** @param {string} url @param {{ form?: string, cookie?: string, method?: string, lang?: string }} [o] */
  const send = async (url, o = {}) => {
    const res = await fetch(baseURL + url, {
      method: o.method ?? (o.form === undefined ? "GET" : "POST"),
      redirect: "manual",
      ...(o.form !== undefined && { body: o.form }),
      headers: {
        Origin: baseURL,
        "Sec-Fetch-Site": "same-origin",
        "Accept-Language": o.lang ?? "en",
        ...(o.form !== undefined && { "Content-Type": "application/x-www-form-urlencoded" }),
        ...(o.cookie && { Cookie: o.cookie }),
      },
    });
    statuses.push(res.status);
    return { res, text: await res.text() };
  };
  /** @param {string} facilitator */
  const joinPathOf = async (facilitator) => {
    const id = /\/t\/([A-Za-z0-9_-]{22})/.exec((await send(facilitator)).text)?.[1];
    if (!id) throw new Error("no join link on the facilitator page");
    return `/t/${id}`;
  };
  const newRound = async (title = "Hostile") => {
    const { res } = await send("/rounds/new", { form: `title=${title}` });
    const facilitator = (res.headers.get("location") ?? "").split("?")[0];
    return { facilitator, joinPath: await joinPathOf(facilitator) };
  };
  /** @param {string} joinPath @param {string} name @param {string} [lang] */
  const join = async (joinPath, name, lang) => {
    const r = await send(joinPath, { form: `intent=join&name=${encodeURIComponent(name)}`, lang });
    return { ...r, cookie: (r.res.headers.get("set-cookie") ?? "").split(";")[0] };
  };

  const checks = [];
  try {
    // Names.
    const named = await newRound("Names");
    const alice = await join(named.joinPath, "Alice");
    const twins = [];
    for (const [name, lang, message] of [
      ["alice", "en", "already uses this name"],
      ["ＡＬＩＣＥ", "en", "already uses this name"],
      ["Ali\u0063e", "ja", "同じ名前のメンバーがすでにいます"],
      ["Ali\u200bce", "en", "without invisible characters"],
      ["\u202eecilA", "ja", "見えない文字を含めずに"],
      ["Bob\u2066x\u2069", "en", "without invisible characters"],
    ]) {
      const r = await join(named.joinPath, name, lang);
      const ok = r.res.status === 400 && r.text.includes(message) && !r.res.headers.get("set-cookie");
      if (!ok) twins.push(`${JSON.stringify(name)} (${lang}) → ${r.res.status}`);
    }
    // The same request in Japanese, via the URL.
    const ja = await send(`${named.joinPath}?lang=ja`, { form: "intent=join&name=alice" });
    if (!(ja.res.status === 400 && ja.text.includes("同じ名前のメンバーがすでにいます"))) {
      twins.push(`alice (?lang=ja) → ${ja.res.status}`);
    }
    checks.push(
      check(
        alice.res.status === 303 && twins.length === 0,
        "twin and hidden-character names → 400 naming the field, en and ja",
        twins.length ? `accepted or unclear: ${twins.join("; ")}` : "7 names refused, each with its message",
      ),
    );

    // Settle twice from one form; save twice with one key.
    const race = await newRound("Race");
    const a = await join(race.joinPath, "A");
    const b = await join(race.joinPath, "B");
    await send(race.joinPath, { form: `intent=answer&${G1}`, cookie: a.cookie });
    await send(race.joinPath, { form: `intent=answer&${G1.replace("immediate", "expiry")}`, cookie: b.cookie });
    await send(race.facilitator, { form: "intent=reveal&confirm=yes" });
    const page = (await send(race.facilitator)).text;
    const version = /name="version" value="(\d+)"/.exec(page)?.[1] ?? "";
    const settles = await Promise.all(
      ["immediate", "expiry"].map((v) =>
        send(race.facilitator, { form: `intent=settle&version=${version}&settle-logout=${v}&note-logout=${v}` }),
      ),
    );
    const settleCodes = settles.map((s) => s.res.status).sort();
    const loserAt = settles.findIndex((s) => s.res.status === 409);
    const checkedInputs = [...(settles[loserAt]?.text ?? "").matchAll(/<input[^>]*name="settle-logout"[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => tag.includes('checked=""'));
    const keptChoice = /value="(\w+)"/.exec(checkedInputs[0] ?? "")?.[1];
    checks.push(
      check(
        settleCodes.join() === "303,409" && keptChoice === ["immediate", "expiry"][loserAt],
        "two settles from one form → one 303, one 409 keeping its choices",
        `statuses ${settleCodes.join(", ")}; the 409 page keeps ${keptChoice ?? "nothing"} checked (its own choice: ${["immediate", "expiry"][loserAt]})`,
      ),
    );
    const settled = (await send(race.facilitator)).text;
    const key = /name="key" value="([A-Za-z0-9_-]{22})"/.exec(settled)?.[1] ?? "";
    const saves = await Promise.all(
      [0, 1, 2].map(() => send(race.facilitator, { form: `intent=record&key=${key}&title=Race` })),
    );
    const editLinks = saves.map((s) => (s.res.headers.get("location") ?? "").split("?")[0]);
    const db = new Database(file, { readonly: true });
    const records = Number(
      /** @type {{ n: number }} */ (db.prepare("select count(*) as n from records where title = 'Race'").get()).n,
    );
    db.close();
    const opened = await Promise.all(editLinks.map((l) => (l ? send(l) : undefined)));
    const working = opened.filter((o) => o?.res.status === 200 && o.text.includes(`/r/${key}`)).length;
    checks.push(
      check(
        saves.every((s) => s.res.status === 303) && records === 1 && working >= 1,
        "three saves with one key → one record, with an edit link that works",
        `statuses ${saves.map((s) => s.res.status).join(", ")}; ${records} record(s); ${working} of 3 links open it`,
      ),
    );

    // Expiry.
    const old = await newRound("Old");
    const oldMember = await join(old.joinPath, "Named");
    const older = await newRound("Older");
    const writer = new Database(file);
    writer.prepare("update rounds set expires_at = ? where title in ('Old', 'Older')").run("2000-01-01T00:00:00.000Z");
    const expired = await send(old.joinPath, { cookie: `theme=dark; ${oldMember.cookie}` });
    const left = writer.prepare("select count(*) as n from round_members m join rounds r on r.join_id = m.round_id where r.title = 'Old'").get();
    const gone = await send(old.joinPath, { cookie: oldMember.cookie });
    const goneStatus = await send(`${old.joinPath}/status`, { cookie: oldMember.cookie });
    const deleted = await send(older.facilitator, { form: "intent=delete&confirm=yes" });
    const olderLeft = writer.prepare("select count(*) as n from rounds where title = 'Older'").get();
    writer.close();
    checks.push(
      check(
        expired.res.status === 410 &&
          Number(/** @type {any} */ (left).n) === 0 &&
          gone.res.status === 404 &&
          deleted.res.status === 303 &&
          Number(/** @type {any} */ (olderLeft).n) === 0,
        "an expired round is deleted when opened; its facilitator can delete it",
        `open → ${expired.res.status}, members left ${/** @type {any} */ (left).n}, again → ${gone.res.status}; facilitator delete → ${deleted.res.status}, rows left ${/** @type {any} */ (olderLeft).n}`,
      ),
    );

    // The member's cookie for a round that is gone is expired on its 410 and 404.
    const cookieName = oldMember.cookie.split("=")[0];
    /** @param {Response} res */
    const clears = (res) => {
      const cookies = res.headers.getSetCookie();
      return (
        cookies.length === 1 &&
        cookies[0].startsWith(`${cookieName}=;`) &&
        ["Path=/", "Max-Age=0", "HttpOnly", "SameSite=Lax"].every((a) => cookies[0].split("; ").includes(a))
      );
    };
    checks.push(
      check(
        oldMember.cookie.startsWith("round-") && clears(expired.res) && clears(gone.res) && clears(goneStatus.res),
        "a round that is gone expires its member cookie (410, 404, /status 404)",
        [expired, gone, goneStatus].map((r) => `${r.res.status}: ${r.res.headers.getSetCookie().join(" | ") || "no Set-Cookie"}`).join("; "),
      ),
    );

    // Path aliases of capability URLs.
    const token = race.facilitator.slice(3);
    const joinId = race.joinPath.slice(3);
    const aliases = [
      ["PUT", `/%65/${token}`],
      ["PUT", `/%66/${token}`],
      ["GET", `/F/${token}`],
      ["GET", `/%66/${token}`],
      ["GET", `/q/%2e%2e/f/${token}`],
      ["DELETE", `/T/${joinId}`],
      ["GET", `/%74/${joinId}/status`],
    ];
    const leaky = [];
    for (const [method, url] of aliases) {
      const { res } = await send(url, { method });
      if (res.headers.get("cache-control") !== "no-store" || res.headers.get("referrer-policy") !== "no-referrer") {
        leaky.push(`${method} ${url.slice(0, 12)}… → ${res.status} ${res.headers.get("cache-control")}`);
      }
    }
    checks.push(
      check(leaky.length === 0, "capability path aliases keep no-store and no-referrer", leaky.length ? leaky.join("; ") : `${aliases.length} aliases`),
    );

    // Vary: Accept-Language.
    const noVary = [];
    for (const url of ["/", "/rules", "/arguments", "/sources", "/compare", "/no-such-page", "/rounds/new"]) {
      const { res } = await send(url);
      if (!/accept-language/i.test(res.headers.get("vary") ?? "")) noVary.push(`${url} (${res.headers.get("vary")})`);
    }
    const compare = await send("/compare");
    checks.push(
      check(
        noVary.length === 0 && compare.res.headers.get("cache-control") === "no-cache",
        "Vary: Accept-Language where the header picks the language; /compare's own Cache-Control",
        `${noVary.length ? `missing on ${noVary.join(", ")}; ` : ""}/compare Cache-Control ${compare.res.headers.get("cache-control")}`,
      ),
    );

    // Round cookies stay bounded.
    const jar = Array.from({ length: 150 }, (_, i) => `round-${String(i).padStart(22, "A")}=${"x".repeat(43)}`);
    const crowded = await newRound("Cookies");
    const joined = await fetch(baseURL + crowded.joinPath, {
      method: "POST",
      redirect: "manual",
      body: "intent=join&name=",
      headers: { Origin: baseURL, "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; ") },
    });
    // The join expires the oldest (at most 30 in one answer), the next pages the rest.
    let crowdedJar = [...jar, joined.headers.getSetCookie()[0]?.split(";")[0]];
    const shrinking = [joined.status];
    let expiredCount = 0;
    for (let res = joined, i = 0; ; i++) {
      const gone = res.headers
        .getSetCookie()
        .filter((c) => c.includes("Max-Age=0"))
        .map((c) => c.split("=")[0]);
      expiredCount += gone.length;
      crowdedJar = crowdedJar.filter((c) => !gone.includes(c.split("=")[0]));
      if (crowdedJar.length <= 20 || i === 8) break;
      res = await fetch(baseURL + "/", { headers: { Cookie: crowdedJar.join("; ") } });
      await res.arrayBuffer();
      shrinking.push(res.status);
    }
    checks.push(
      check(
        joined.status === 303 && shrinking.length <= 6 && crowdedJar.length <= 20 && crowdedJar.join("; ").length < 4096,
        "150 round cookies: joining expires the oldest, the next pages the rest, the header stays small",
        `join → ${joined.status}, then ${shrinking.slice(1).join(", ")}; ${expiredCount} expired, ${crowdedJar.length} kept (${crowdedJar.join("; ").length} bytes)`,
      ),
    );

    // A Cookie header already past 16 KB: 250 round cookies from before the cap, the member's own among the
    // newest, and other cookies of the origin.
    const big = await newRound("Big cookies");
    const bigMember = await join(big.joinPath, "Big");
    const old250 = Array.from({ length: 250 }, (_, i) => `round-${String(i).padStart(22, "B")}=${"y".repeat(43)}`);
    // The browser's cookie jar, in the order it sends them; every answer's Set-Cookie is applied to it.
    let bigJar = ["pref=a", ...old250.slice(0, 240), bigMember.cookie, ...old250.slice(240), "other=b"];
    const firstHeader = bigJar.join("; ");
    const pages = [];
    let refused = 0;
    for (let i = 0; i < 12; i++) {
      const url = ["/", big.joinPath, `${big.joinPath}/status`, "/rules"][i % 4];
      const res = await fetch(baseURL + url, { redirect: "manual", headers: { Cookie: bigJar.join("; "), "Accept-Language": "en" } });
      statuses.push(res.status);
      await res.arrayBuffer();
      const expiredNow = res.headers
        .getSetCookie()
        .filter((c) => c.includes("Max-Age=0"))
        .map((c) => c.split("=")[0]);
      if (res.status !== 200 || expiredNow.length > 30) refused++;
      bigJar = bigJar.filter((c) => !expiredNow.includes(c.split("=")[0]));
      pages.push(`${url === "/" ? "/" : url.slice(0, 5)}… ${res.status} −${expiredNow.length}`);
    }
    const roundsLeft = bigJar.filter((c) => c.startsWith("round-"));
    checks.push(
      check(
        firstHeader.length > 16 * 1024 &&
          refused === 0 &&
          roundsLeft.length === 20 &&
          roundsLeft.includes(bigMember.cookie) &&
          bigJar.includes("pref=a") &&
          bigJar.includes("other=b"),
        "a Cookie header past 16 KB (250 old round cookies): pages answer and expire the oldest beyond 20, at most 30 an answer",
        `${firstHeader.length} bytes at first, ${bigJar.join("; ").length} after; ${pages.join(", ")}; ${roundsLeft.length} round cookies left, the member's ${roundsLeft.includes(bigMember.cookie) ? "among them" : "LOST"}`,
      ),
    );

    // The guessing budget before any look-up (the last check: it uses up this client's budget).
    const misses = [];
    for (let i = 0; i < 31; i++) {
      misses.push((await send(`/t/${String(i).padStart(22, "Q")}/status`)).res.status);
    }
    const rightJoin = await send(race.joinPath);
    const rightStatus = await send(`${race.joinPath}/status`);
    const rightFacilitator = await send(race.facilitator);
    checks.push(
      check(
        misses.includes(429) && [rightJoin, rightStatus, rightFacilitator].every((r) => r.res.status === 429),
        "past the guessing budget (misses on /status count), right capabilities get 429 too",
        `misses ${misses.filter((s) => s === 404).length}×404 then ${misses.filter((s) => s === 429).length}×429; then join page ${rightJoin.res.status}, status ${rightStatus.res.status}, facilitator page ${rightFacilitator.res.status}`,
      ),
    );
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const log = server.stdout();
  const secrets = [];
  for (const line of log.split("\n")) {
    if (/\/(?:t|f|e|%74|%66|%65)\/(?!\[redacted\])/i.test(line)) secrets.push(line.slice(0, 160));
  }
  checks.push(
    check(
      log.includes('"path"') && secrets.length === 0,
      "no join id or facilitator token in the request log",
      secrets.length ? `${secrets.length} lines, e.g. ${secrets.slice(0, 2).join(" | ")}` : `${log.split("\n").length} lines, all redacted`,
    ),
  );
  const errors = server.stderr().split("\n").filter((l) => /Error|"level":"error"/.test(l));
  const fivexx = statuses.filter((s) => s >= 500).length;
  checks.push(
    check(fivexx === 0 && errors.length === 0, "no 5xx, no errors on stderr", `${statuses.length} requests, ${fivexx} 5xx; stderr ${errors.slice(0, 2).join(" | ") || "clean"}`),
  );
  return checks;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const checks = await roundChecks({ port: Number(process.env.PORT) || undefined });
  printTable(["check", "ok", "detail"], checks.map((c) => [c.name, c.ok ? "ok" : "FAIL", c.detail]));
  process.exitCode = writeReport("malformed-rounds", checks, {});
}
