// Unit checks of the server's pure parts; the HTTP behaviour is tested end to end in tests/e2e/http.spec.ts.
import express from "express";
import type { AddressInfo } from "node:net";
import { conditionalGet } from "./conditional-get.js";
import { transportSecurity } from "./config.js";
import { logPath, redact } from "./log.js";
import { isCapabilityPath, varyOn } from "./remix-handler.js";
import { canonicalPath, decodedPathOrUndefined } from "./request-guard.js";

const TOKEN = "q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c";

describe("log redaction", () => {
  test("edit tokens leave no trace in request or error log lines", () => {
    const lines = [
      JSON.stringify({ method: "GET", path: `/e/${TOKEN}`, status: 200 }),
      JSON.stringify({
        level: "error",
        path: `/e/${TOKEN}`,
        error: `TypeError: bad\n    at x (/e/${TOKEN}?lang=ja)`,
      }),
      JSON.stringify({
        error: `Invalid URL: http://localhost:3000/records?arch=monolith&revisit=${TOKEN}`,
      }),
      JSON.stringify({ error: `form supersedes=${TOKEN}&title=x` }),
      JSON.stringify({ error: `token ${TOKEN} rejected` }),
      JSON.stringify({ path: "/e/anything-at-all" }),
      JSON.stringify({ path: "/f/anything-at-all/reveal" }),
    ];
    for (const line of lines) {
      const out = redact(line);
      expect(out).not.toContain(TOKEN);
      expect(out).not.toContain("anything-at-all");
      expect(() => JSON.parse(out)).not.toThrow();
    }
    expect(redact(`/e/${TOKEN}`)).toBe("/e/[redacted]");
    // Public ids (22 characters) and hashes stay readable.
    expect(redact("/r/AAAAAAAAAAAAAAAAAAAAAA")).toBe("/r/AAAAAAAAAAAAAAAAAAAAAA");
  });
});

describe("round capabilities and path aliases", () => {
  const JOIN_ID = "Zx9Yw8Vu7Ts6Rq5Po4Nm3L";

  test("join ids leave no trace in log lines, the status path included", () => {
    for (const line of [
      `/t/${JOIN_ID}`,
      `/t/${JOIN_ID}/status`,
      JSON.stringify({ path: `/t/${JOIN_ID}?lang=ja`, status: 200 }),
      `TypeError at http://localhost:3000/t/${JOIN_ID}`,
    ]) {
      expect(redact(line)).not.toContain(JOIN_ID);
    }
    expect(redact(`/t/${JOIN_ID}/status`)).toBe("/t/[redacted]/status");
  });

  test.each([
    [`/E/${TOKEN}`],
    [`/%65/${TOKEN}`],
    [`/%65/${encodeURIComponent(TOKEN).replace(/./g, (c) => `%${c.charCodeAt(0).toString(16)}`)}`],
    [`/q/%2e%2e/e/${TOKEN}`],
    [`/q/%2E%2E/F/${TOKEN}`],
    [`/decision/../t/${JOIN_ID}`],
    [`/%74/${JOIN_ID}`],
  ])("%s: redacted in logs and answered with the capability headers", (path) => {
    expect(logPath(path)).not.toMatch(new RegExp(`${TOKEN}|${JOIN_ID}`, "i"));
    expect(logPath(path)).not.toMatch(/%[0-9a-f]{2}/i);
    expect(isCapabilityPath(path)).toBe(true);
  });

  test("the canonical path is the one the router matches", () => {
    expect(canonicalPath("/Decision/")).toBe("/decision");
    expect(canonicalPath("/decision//")).toBe("/decision");
    expect(canonicalPath("/%64ecision")).toBe("/decision");
    expect(canonicalPath("/q/%2e%2e/api/decision")).toBe("/api/decision");
    expect(canonicalPath("/")).toBe("/");
    expect(isCapabilityPath("/records/")).toBe(true);
    expect(isCapabilityPath("/r/AAAAAAAAAAAAAAAAAAAAAA")).toBe(false);
  });
});

describe("transport security", () => {
  test("HSTS and upgrade-insecure-requests follow an https public origin; HSTS=1 without one is refused", () => {
    expect(transportSecurity("https://jwt.example", undefined)).toEqual({
      https: true,
      hsts: true,
    });
    expect(transportSecurity("https://jwt.example", false)).toEqual({ https: true, hsts: false });
    expect(transportSecurity("http://jwt.example", undefined)).toEqual({
      https: false,
      hsts: false,
    });
    expect(transportSecurity(undefined, undefined)).toEqual({ https: false, hsts: false });
    expect(() => transportSecurity("http://jwt.example", true)).toThrow(/HSTS=1 needs/);
    expect(() => transportSecurity(undefined, true)).toThrow(/PUBLIC_ORIGIN/);
  });
});

describe("Vary", () => {
  test("Accept-Language joins the list once", () => {
    const headers = new Map<string, string>();
    const res = {
      getHeader: (k: string) => headers.get(k),
      setHeader: (k: string, v: string) => headers.set(k, v),
    } as unknown as import("express").Response;
    varyOn(res, "Accept-Language");
    expect(headers.get("Vary")).toBe("Accept-Language");
    headers.set("Vary", "Accept-Encoding, accept-language");
    varyOn(res, "Accept-Language");
    expect(headers.get("Vary")).toBe("Accept-Encoding, accept-language");
    headers.set("Vary", "Accept-Encoding");
    varyOn(res, "Accept-Language");
    expect(headers.get("Vary")).toBe("Accept-Encoding, Accept-Language");
  });
});

describe("malformed paths", () => {
  test.each(["/%5C%5C", "/%5C%2Fx", "/%5C", "//x", "/%2F%2Fx", "/%00", "/%zz", "/a%0Ab"])(
    "%s is refused",
    (p) => expect(decodedPathOrUndefined(p)).toBeUndefined(),
  );
  test.each(["/", "/decision", "/e/abc", "/%E6%97%A5"])("%s is a path", (p) =>
    expect(decodedPathOrUndefined(p)).toBeDefined(),
  );
});

describe("conditional GET", () => {
  test("the ETag follows the day: yesterday's validator gets a fresh page, not a 304", async () => {
    let now = new Date("2026-12-01T23:59:59Z");
    const app = express();
    app.use((_req, res, next) => {
      res.locals.origin = "http://localhost:3000";
      next();
    });
    app.use(conditionalGet({ buildHash: "b", now: () => now }));
    app.get("/decision", (_req, res) => {
      res.setHeader("ETag", res.locals.etag);
      res.send(`printed ${now.toISOString().slice(0, 10)}`);
    });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const first = await fetch(`${base}/decision?arch=monolith`);
      const etag = first.headers.get("etag")!;
      expect(etag).toBeTruthy();
      const same = await fetch(`${base}/decision?arch=monolith`, {
        headers: { "If-None-Match": etag },
      });
      expect(same.status).toBe(304);
      now = new Date("2026-12-02T00:00:01Z");
      const next = await fetch(`${base}/decision?arch=monolith`, {
        headers: { "If-None-Match": etag },
      });
      expect(next.status).toBe(200);
      expect(await next.text()).toBe("printed 2026-12-02");
      expect(next.headers.get("etag")).not.toBe(etag);
    } finally {
      server.close();
    }
  });
});

describe("README", () => {
  test("the configuration table names every environment variable the server reads", async () => {
    const { readFileSync, readdirSync, statSync } = await import("node:fs");
    const path = await import("node:path");
    const root = path.resolve(__dirname, "..");
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(ts|tsx|js|mjs)$/.test(name) && !/\.test\.|\.child\./.test(name))
          files.push(full);
      }
    };
    walk(path.join(root, "server"));
    walk(path.join(root, "app"));
    const read = new Set<string>();
    const patterns = [
      /process\.env\.([A-Z][A-Z0-9_]+)/g,
      /\benv\.([A-Z][A-Z0-9_]+)/g,
      /\b(?:int|bool|envLimit)\("([A-Z][A-Z0-9_]+)"/g,
      /process\.env\[["']([A-Z][A-Z0-9_]+)["']\]/g,
    ];
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      for (const pattern of patterns) for (const m of source.matchAll(pattern)) read.add(m[1]!);
    }
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Configuration"));
    const table = new Set([...section.matchAll(/^\| `([A-Z][A-Z0-9_]+)` /gm)].map((m) => m[1]));
    expect(read.size).toBeGreaterThan(10);
    expect([...read].filter((name) => !table.has(name)).sort()).toEqual([]);
    expect(section).toContain("./data/records.sqlite");
  });
});

describe("admission (server/overload.js)", () => {
  test("at most `concurrency` requests at once, the rest in order, 503 (Busy) past the queue", async () => {
    const { admission, Busy } = await import("./overload.js");
    const gate = admission({ concurrency: 2, queueLimit: 2 });
    const signal = new AbortController().signal;
    const order: number[] = [];
    const first = await gate.acquire(signal);
    const second = await gate.acquire(signal);
    const third = gate.acquire(signal).then((release) => (order.push(3), release));
    const fourth = gate.acquire(signal).then((release) => (order.push(4), release));
    await expect(gate.acquire(signal)).rejects.toBeInstanceOf(Busy);
    expect(gate.counts).toEqual({ active: 2, waiting: 2 });
    first();
    first(); // a second release of the same place changes nothing
    (await third)();
    second();
    (await fourth)();
    expect(order).toEqual([3, 4]);
    expect(gate.counts).toEqual({ active: 0, waiting: 0 });
  });

  test("a client that went away while waiting gives its turn to the next", async () => {
    const { admission, Busy } = await import("./overload.js");
    const gate = admission({ concurrency: 1, queueLimit: 5 });
    const held = await gate.acquire(new AbortController().signal);
    const gone = new AbortController();
    let goneStarted = false;
    const waiting = gate.acquire(gone.signal).then(() => (goneStarted = true));
    const next = gate.acquire(new AbortController().signal);
    gone.abort();
    await expect(waiting).rejects.toBeInstanceOf(Busy);
    expect(gate.counts).toEqual({ active: 1, waiting: 1 });
    held();
    (await next)();
    expect(goneStarted).toBe(false);
    expect(gate.counts).toEqual({ active: 0, waiting: 0 });
  });
});

describe("round cookies (server/round-cookies.js)", () => {
  const name = (i: number) => `round-${String(i).padStart(22, "A")}`;
  const header = (n: number) => Array.from({ length: n }, (_, i) => `${name(i)}=v`).join("; ");

  test("beyond 20, the oldest are expired with the attributes they were set with, at most 30 an answer", async () => {
    const { roundCookieTrim } = await import("./round-cookies.js");
    expect(roundCookieTrim(`a=b; ${header(20)}`, [], false)).toEqual([]);
    const trimmed = roundCookieTrim(`a=b; ${header(25)}; c=d`, [], true);
    expect(trimmed.map((c) => c.split("=")[0])).toEqual([0, 1, 2, 3, 4].map(name));
    expect(trimmed[0]!.split("; ")).toEqual(
      expect.arrayContaining(["Path=/", "Max-Age=0", "HttpOnly", "SameSite=Lax", "Secure"]),
    );
    expect(roundCookieTrim(header(250), [], false)).toHaveLength(30);
    expect(roundCookieTrim(header(250), [], false)[29]!.startsWith(`${name(29)}=`)).toBe(true);
  });

  test("a cookie the answer sets counts, one it expires does not, and neither is expired twice", async () => {
    const { roundCookieTrim } = await import("./round-cookies.js");
    const fresh = `round-${"N".repeat(22)}=t; Path=/; Max-Age=100`;
    expect(roundCookieTrim(header(20), [fresh], false).map((c) => c.split("=")[0])).toEqual([
      name(0),
    ]);
    const gone = `${name(0)}=; Path=/; Max-Age=0`;
    expect(roundCookieTrim(header(21), [gone], false)).toEqual([]);
    expect(roundCookieTrim(header(22), [gone], false).map((c) => c.split("=")[0])).toEqual([
      name(1),
    ]);
    // Expiries the answer already carries count towards the 30 of one answer.
    const joinExpired = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `${name(i)}=; Path=/; Max-Age=0`);
    expect(roundCookieTrim(header(150), [fresh, ...joinExpired], false)).toHaveLength(20);
  });
});
