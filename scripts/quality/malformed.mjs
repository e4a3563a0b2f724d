#!/usr/bin/env node
// @ts-check
// Gate: malformed input never breaks the server. Deterministic (seeded PRNG, SEED env, default 0x6a77):
//  - ≥ 1,000 generated query strings, each sent to GET /decision, /api/decision, /questionnaire and /
//  - ≥ 1,000 generated urlencoded bodies, each POSTed to /questionnaire (Origin = the app's origin,
//    Sec-Fetch-Site: same-origin, so they pass the CSRF check and reach the action)
//  - malformed paths (300 generated ones with backslashes and mixed encodings, GET and POST: 400/404 only), weird
//    Accept-Language headers, raw malformed requests over net.Socket (absolute-form
//    target, huge headers, bad Host, control bytes, smuggling shapes, bad versions)
//  - oversized bodies (1 MiB with Content-Length, 1 MiB chunked) → 413 answered before the body is sent whole.
//  - team rounds (malformed-rounds.mjs): hostile names, settle and save races, expiry, capability path aliases,
//    Vary, round cookies, the guessing budget and log redaction.
// Oracle (SPEC "Contract: answers"): a present answer key with a value outside its list, a missing required key, or
// one key with two different values is INVALID → /decision 400 page with an error summary, /api/decision 400 JSON
// `errors`, POST /questionnaire 400. Unknown keys are ignored → VALID (200/301 page, 200 JSON, 303 POST). Weird
// `lang` / `v` are optional fields: 200/301/400 are all fine, but a 400 must carry its message. Every response < 500,
// the process stays up, and its stderr has no stack traces. One check per category, with counts.
// Run alone: BUILD_DIR=.builds/quality npx remix build && node scripts/quality/malformed.mjs
import http from "node:http";
import net from "node:net";
import { pathToFileURL } from "node:url";
import { G1, G4 } from "./pages.mjs";
import { roundChecks } from "./malformed-rounds.mjs";
import { printTable, startServer, writeReport } from "./server.mjs";

const SEED = Number(process.env.SEED ?? 0x6a77);
const QUERIES = Number(process.env.MALFORMED_QUERIES ?? 1000);
const BODIES = Number(process.env.MALFORMED_BODIES ?? 1000);
const CONCURRENCY = 8;
const REQUEST_TIMEOUT_MS = 10_000;
const TOTAL_BUDGET_MS = Number(process.env.MALFORMED_BUDGET_MS ?? 180_000);
/** Node's default --max-http-header-size (request line + headers). */
const HEADER_LIMIT = 16 * 1024;

/** mulberry32: small, fast, good enough for test data; same seed → same inputs. @param {number} seed */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (/** @type {number} */ lo, /** @type {number} */ hi) => lo + Math.floor(next() * (hi - lo + 1));
  /** @template T @param {readonly T[]} list @returns {T} */
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (/** @type {number} */ p) => next() < p;
  return { next, int, pick, chance };
}

/** @typedef {"invalid" | "valid" | "either" | "too-long"} Expect */
/** @typedef {{ category: string, query: string, expect: Expect }} Case */

const BASES = [
  G1,
  G4,
  "arch=monolith&domains=one-origin&sso=none&clients=browser&logout=expiry&deploy=single", // store skipped
  "arch=modular&domains=same-site&sso=own-apps&clients=browser,spa&logout=minutes&deploy=edge&store=no&stack=remix",
].map((q) => q.split("&").map((kv) => /** @type {[string, string]} */ (kv.split("=", 2))));

const BROKEN_PERCENT = ["%", "%E0%A4%A", "%zz", "%%", "%2", "%u0041", "%E0%A4", "%C3", "%%%", "%G0", "%-1", "%+1", "%%41"];
const CONTROL = [...Array(32).keys(), 127].map((c) => `%${c.toString(16).padStart(2, "0").toUpperCase()}`);
const NON_UTF8 = ["%FF%FE", "%FF", "%FE%FF", "%C0%AF", "%C0%80", "%ED%A0%80", "%ED%BF%BF", "%F8%88%80%80%80", "%80", "%BF%BF", "%F4%90%80%80", "%E0%80%AF", "%C3%28"];
const PROTO_KEYS = [
  "__proto__", "__proto__[arch]", "__proto__[polluted]", "constructor", "constructor[prototype][polluted]", "prototype",
  "hasOwnProperty", "toString", "valueOf", "__defineGetter__", "__lookupSetter__", "isPrototypeOf", "arch[__proto__]",
  "__proto__.polluted", "%5F%5Fproto%5F%5F", "__pro__proto__to__",
];
const WEIRD_LANG = ["", "JA", "EN", "ja-JP", "en-US", "fr", "ja,en", "*", "../", "%00", "ja%00", "ja%0D%0ASet-Cookie:%20x=1", "x".repeat(200), "%FF%FE", "%E6%97%A5%E6%9C%AC", "ja&lang=en", "en&lang=en", "null", "undefined", "__proto__", "ja%20"];
const WEIRD_V = ["", "r-", "r-00000000000", "x".repeat(33), "../../etc/passwd", "%00", "v%0A1", "%FF%FE", "1&v=2", "1&v=1", "%E2%80%AE", "a b", "1.0.0", "r-%zz", "<script>", "null"];
const ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$'()*+,;:@/?[]|^`{}\"<>\\ ";

/** Percent-encodes what a client would (keeps an already-built %-sequence as is). @param {string} s */
const enc = (s) => encodeURIComponent(s).replace(/%25/g, "%");
/** What goes on the wire: bytes outside visible ASCII (and `#`) percent-encoded, everything else as built. */
export const wire = (/** @type {string} */ q) => q.replace(/[^\x21-\x7e]|#/g, (c) => encodeURIComponent(c));

/**
 * Builds the generated cases.
 * @param {ReturnType<typeof prng>} r @param {number} count
 * @returns {Case[]}
 */
export function generateCases(r, count, exclude = /** @type {string[]} */ ([])) {
  const base = () => r.pick(BASES).map((kv) => /** @type {[string, string]} */ ([...kv]));
  const join = (/** @type {[string, string][]} */ kvs) => kvs.map(([k, v]) => (v === undefined ? k : `${k}=${v}`)).join("&");
  /** Inserts s strictly inside the value (never at an edge, which `clients` trimming could forgive). */
  const insideValue = (/** @type {string} */ v, /** @type {string} */ s) => {
    if (v.length < 2) return v + s + "x";
    // Not next to a comma either: `clients` elements are trimmed, so "browser,\rspa" is a fair "browser,spa".
    const spots = [];
    for (let at = 1; at < v.length; at++) if (v[at - 1] !== "," && v[at] !== ",") spots.push(at);
    const at = r.pick(spots);
    return v.slice(0, at) + s + v.slice(at);
  };
  /** Corrupts the value of one answer key present in kvs with f. */
  const corruptOne = (/** @type {[string, string][]} */ kvs, /** @type {(v: string) => string} */ f) => {
    const i = r.int(0, kvs.length - 1);
    kvs[i][1] = f(kvs[i][1]);
    return kvs;
  };
  const randomString = (/** @type {number} */ n) => {
    let s = "";
    for (let i = 0; i < n; i++) s += ALPHABET[r.int(0, ALPHABET.length - 1)];
    return s;
  };
  const unknownKey = () => r.pick(["foo", "utm_source", "a[b]", "a[]", "x.y", "ARCH", "Arch", "arch ", " arch", "arch%20", "arch[]", "clients[0]", "q", "answers", enc(randomString(r.int(1, 12)))]);

  /** @type {Record<string, () => Case>} */
  const gen = {
    "broken percent-encoding": () => {
      const bad = r.pick(BROKEN_PERCENT);
      if (r.chance(0.7)) return { category: "", query: join(corruptOne(base(), (v) => (r.chance(0.3) ? bad : insideValue(v, bad)))), expect: "invalid" };
      const kvs = base();
      kvs.splice(r.int(0, kvs.length), 0, [r.chance(0.5) ? `x${bad}` : bad, r.pick(BROKEN_PERCENT)]);
      return { category: "", query: join(kvs), expect: "valid" };
    },
    "overlong values (10 kB+)": () => {
      const n = r.int(10_000, 14_000);
      const long = r.chance(0.5) ? "a".repeat(n) : enc(randomString(Math.floor(n / 2))).slice(0, n).replace(/%[0-9A-F]?$/, "");
      if (r.chance(0.6)) return { category: "", query: join(corruptOne(base(), () => long)), expect: "invalid" };
      if (r.chance(0.5)) return { category: "", query: join([...base(), ["note", long]]), expect: "valid" };
      // Many short unknown parameters.
      const kvs = base();
      for (let i = 0; i < r.int(500, 1500); i++) kvs.push([`k${i}`, "1"]);
      return { category: "", query: join(kvs), expect: "valid" };
    },
    "over the header limit (17 kB+)": () => {
      const n = r.int(HEADER_LIMIT + 1024, 64 * 1024);
      return { category: "", query: join([...base(), ["note", "b".repeat(n)]]), expect: "too-long" };
    },
    "repeated keys": () => {
      const kvs = base();
      const i = r.int(0, kvs.length - 1);
      const [k, v] = kvs[i];
      const kind = r.int(0, 3);
      if (kind === 0) {
        for (let n = r.int(1, 200); n > 0; n--) kvs.push([k, v]); // same value again: harmless
        return { category: "", query: join(kvs), expect: "valid" };
      }
      if (kind === 1 && k !== "clients") {
        const other = { arch: "microservices", domains: "cross-site", sso: "federated", logout: "minutes", deploy: "edge", store: "unsure", stack: "rails" }[k];
        kvs.push([k, other === v ? "unsure" : /** @type {string} */ (other)]); // two different values: ambiguous
        return { category: "", query: join(kvs), expect: "invalid" };
      }
      if (kind === 2) {
        kvs.push(["clients", r.pick(["browser", "native", "spa", "third-party"])]); // repeated clients= is allowed
        return { category: "", query: join(kvs), expect: "valid" };
      }
      kvs.push([k, insideValue(v, "%zz")]);
      return { category: "", query: join(kvs), expect: "invalid" };
    },
    "unknown keys": () => {
      const kvs = base();
      for (let n = r.int(1, 50); n > 0; n--) kvs.splice(r.int(0, kvs.length), 0, [unknownKey(), enc(randomString(r.int(0, 20)))]);
      return { category: "", query: join(kvs), expect: "valid" };
    },
    "control characters": () => {
      const c = r.pick(CONTROL.filter((x) => x !== "%00"));
      if (r.chance(0.7)) return { category: "", query: join(corruptOne(base(), (v) => insideValue(v, c))), expect: "invalid" };
      return { category: "", query: join([...base(), [`x${c}y`, `${c}${c}`]]), expect: "valid" };
    },
    "NUL (%00)": () => {
      if (r.chance(0.7)) return { category: "", query: join(corruptOne(base(), (v) => (r.chance(0.5) ? v + "%00" : insideValue(v, "%00")))), expect: "invalid" };
      return { category: "", query: join([...base(), ["%00", "%00"]]), expect: "valid" };
    },
    "non-UTF-8 bytes": () => {
      const b = r.pick(NON_UTF8);
      if (r.chance(0.7)) return { category: "", query: join(corruptOne(base(), (v) => (r.chance(0.3) ? b : insideValue(v, b)))), expect: "invalid" };
      return { category: "", query: join([...base(), [`k${b}`, b]]), expect: "valid" };
    },
    "__proto__ / constructor keys": () => {
      const key = r.pick(PROTO_KEYS);
      const value = r.pick(["1", "monolith", "x", "%7B%7D", "null"]);
      if (r.chance(0.75)) {
        const kvs = base();
        kvs.splice(r.int(0, kvs.length), 0, [key, value]);
        return { category: "", query: join(kvs), expect: "valid" };
      }
      return { category: "", query: join([[key, value], [r.pick(PROTO_KEYS), "1"]]), expect: "invalid" }; // nothing answered
    },
    "weird lang": () => ({ category: "", query: join([...base(), ["lang", r.pick(WEIRD_LANG)]]), expect: "either" }),
    "weird v": () => ({ category: "", query: join([...base(), ["v", r.pick(WEIRD_V)]]), expect: "either" }),
    "missing or empty values": () => {
      const kvs = base().filter(([k]) => k !== "stack" && !(k === "store"));
      const i = r.int(0, kvs.length - 1);
      if (r.chance(0.5)) kvs.splice(i, 1);
      else kvs[i][1] = r.pick(["", "%20", "+", "null", "undefined", "0", "[]", "%5B%5D", "true"]);
      return { category: "", query: join(kvs), expect: "invalid" };
    },
    "random garbage": () => {
      let q = "";
      for (let n = r.int(1, 300); n > 0; n--) {
        q += r.chance(0.2) ? r.pick(["&", "=", "%", "&&", "==", "?", "#"]) : r.chance(0.3) ? r.pick([...CONTROL, ...NON_UTF8, ...BROKEN_PERCENT]) : enc(ALPHABET[r.int(0, ALPHABET.length - 1)]);
      }
      return { category: "", query: q.replace(/#/g, "%23"), expect: "invalid" };
    },
  };
  const names = Object.keys(gen).filter((n) => !exclude.includes(n));
  /** @type {Case[]} */
  const cases = [];
  for (let i = 0; i < count; i++) {
    const name = names[i % names.length];
    const c = gen[name]();
    cases.push({ ...c, query: wire(c.query), category: name });
  }
  return cases;
}

/** Separators and look-alikes a path can mix: raw and encoded (upper and lower case, double-encoded) slashes and
 * backslashes, dots, NUL, and the full-width and set-minus characters some decoders fold into "\\". */
const SEPARATORS = ["\\", "%5C", "%5c", "%255C", "/", "%2F", "%2f", "%252F", ".", "%2E", "..", "%2e%2e", "%00", "%EF%BC%BC", "%E2%88%96", "%C0%AF", "%C1%9C"];
const PATH_WORDS = ["", "x", "evil.example", "decision", "e", "r", "build", "records", "api", "localhost", "127.0.0.1", "@evil.example", "%40"];

/** Generated paths that mix separators, always with at least one (raw or encoded) backslash. @param {ReturnType<typeof prng>} r @param {number} count */
export function backslashPaths(r, count) {
  const fixed = ["/%5C%5C", "/%5C%2Fx", "/%5C", "/\\\\evil.example", "/%5C%5Cevil.example/", "/%2F%5Cevil.example", "/decision/%5C", "/e/%5C%5C", "/r/%5C%2F", "/build/%5C..%5Cpackage.json"];
  const out = [...fixed];
  const backslashes = SEPARATORS.filter((s) => /5C|5c|\\|BC%BC|88%96|C1%9C/.test(s));
  while (out.length < count) {
    let p = r.chance(0.5) ? "/" : r.pick(["/", "/decision/", "/e/", "/r/", "/build/", "/api/"]);
    const n = r.int(1, 6);
    for (let i = 0; i < n; i++) p += r.pick(SEPARATORS) + r.pick(PATH_WORDS);
    p += r.pick(backslashes) + r.pick(PATH_WORDS);
    out.push(wire(p));
  }
  return out;
}

/**
 * @typedef {{ status: number | null, headers: Record<string, string | string[] | undefined>, body: string, ms: number, error?: string }} Reply
 */

/**
 * One HTTP request over a keep-alive agent.
 * @param {http.Agent} agent @param {number} port
 * @param {{ method?: string, path: string, headers?: Record<string, string>, body?: string }} req
 * @returns {Promise<Reply>}
 */
function request(agent, port, req) {
  const started = performance.now();
  return new Promise((resolve) => {
    const r = http.request(
      // Host as a browser would send it for PUBLIC_ORIGIN (http://localhost:PORT); the socket goes to 127.0.0.1.
      { host: "127.0.0.1", port, agent, method: req.method ?? "GET", path: req.path, headers: { Host: `localhost:${port}`, ...req.headers }, timeout: REQUEST_TIMEOUT_MS },
      (res) => {
        /** @type {Buffer[]} */
        const chunks = [];
        let size = 0;
        res.on("data", (c) => {
          if (size < 256 * 1024) chunks.push(c);
          size += c.length;
        });
        res.on("end", () =>
          resolve({ status: res.statusCode ?? null, headers: res.headers, body: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - started }),
        );
        res.on("error", (e) => resolve({ status: res.statusCode ?? null, headers: res.headers, body: "", ms: performance.now() - started, error: e.message }));
      },
    );
    r.on("timeout", () => r.destroy(new Error("timeout")));
    r.on("error", (e) => resolve({ status: null, headers: {}, body: "", ms: performance.now() - started, error: e.message }));
    r.end(req.body);
  });
}

/** Runs tasks with a fixed concurrency, stopping (not starting new ones) after the deadline. */
async function pool(/** @type {(() => Promise<void>)[]} */ tasks, /** @type {number} */ deadline) {
  let next = 0;
  let skipped = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++];
      if (Date.now() > deadline) {
        skipped++;
        continue;
      }
      await task();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return skipped;
}

const hasSummary = (/** @type {string} */ html) => /class="error-summary"[\s\S]*?<li\b/.test(html);
function jsonErrors(/** @type {string} */ body) {
  try {
    const data = JSON.parse(body);
    const errors = data?.errors;
    return (
      typeof errors === "object" && errors !== null && Object.keys(errors).length > 0 &&
      Object.values(errors).every((list) => Array.isArray(list) && list.length > 0 && list.every((m) => typeof m === "string" && m.length > 0))
    );
  } catch {
    return false;
  }
}

/**
 * Judges one reply. Returns an error string, or "" when the reply is right.
 * @param {string} target @param {Expect} expect @param {Reply} reply
 */
export function judge(target, expect, reply) {
  const s = reply.status;
  if (s === null) return `no response (${reply.error})`;
  if (s >= 500) return `HTTP ${s}`;
  if (expect === "too-long") return [400, 414, 431].includes(s) ? "" : `HTTP ${s}, expected 414/431 (request over the header limit)`;
  if (target === "GET /decision") {
    if (s === 400 && !hasSummary(reply.body)) return "400 without an error summary";
    if (expect === "invalid") return s === 400 ? "" : `HTTP ${s}, expected 400`;
    if (expect === "valid") return s === 200 || s === 301 ? "" : `HTTP ${s}, expected 200/301`;
    return [200, 301, 400].includes(s) ? "" : `HTTP ${s}, expected 200/301/400`;
  }
  if (target === "GET /api/decision") {
    if (s === 400 && !jsonErrors(reply.body)) return "400 without a JSON `errors` object";
    if (expect === "invalid") return s === 400 ? "" : `HTTP ${s}, expected 400`;
    if (expect === "valid") return s === 200 && /"approach"/.test(reply.body) ? "" : `HTTP ${s}, expected 200 with an approach`;
    return [200, 400].includes(s) ? "" : `HTTP ${s}, expected 200/400`;
  }
  if (target === "POST /questionnaire") {
    if (s === 400 && !hasSummary(reply.body)) return "400 without an error summary";
    if (expect === "invalid") return s === 400 ? "" : `HTTP ${s}, expected 400`;
    if (expect === "valid") return s === 303 ? "" : `HTTP ${s}, expected 303`;
    return [303, 400].includes(s) ? "" : `HTTP ${s}, expected 303/400`;
  }
  return ""; // GET / and /questionnaire: any status below 500 (the form prefills what it can)
}

/**
 * Sends raw bytes on a fresh socket; resolves with the status line's code (or null if the server closed without
 * answering) once the server closes the connection or `waitMs` passes.
 * @param {number} port @param {(string | Buffer)[]} parts @param {number} [waitMs]
 */
function rawRequest(port, parts, waitMs = 5_000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    let data = "";
    let done = false;
    const finish = (/** @type {string} */ how) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const m = data.match(/^HTTP\/1\.[01] (\d{3})/);
      resolve({ status: m ? Number(m[1]) : null, how, head: data.split("\r\n")[0] ?? "" });
    };
    const timer = setTimeout(() => finish("timeout"), waitMs);
    socket.on("connect", () => {
      for (const p of parts) socket.write(p);
    });
    socket.on("data", (d) => {
      data += d.toString("latin1");
      // Responses here are small: once the head and a Connection: close (or a full body) arrived, stop waiting.
      if (/\r\n\r\n/.test(data) && /^HTTP\/1\.[01] \d{3}/.test(data)) {
        const len = Number(/\r\ncontent-length: *(\d+)/i.exec(data)?.[1] ?? NaN);
        const body = data.slice(data.indexOf("\r\n\r\n") + 4);
        if (!Number.isNaN(len) && Buffer.byteLength(body, "latin1") >= len) finish("answered");
      }
    });
    socket.on("error", () => finish("error"));
    socket.on("close", () => finish("closed"));
  });
}

/**
 * Oversized body: sends the headers and a first part, then more parts every `everyMs` while no response has come;
 * resolves with the status and how many body bytes had been sent when the response arrived.
 * @param {number} port @param {string} head @param {Buffer[]} parts @param {number} everyMs
 */
function oversized(port, head, parts, everyMs) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    let sent = 0;
    let data = "";
    let i = 0;
    let done = false;
    /** @type {NodeJS.Timeout | undefined} */
    let ticker;
    const total = parts.reduce((n, p) => n + p.length, 0);
    const finish = (/** @type {string} */ how) => {
      if (done) return;
      done = true;
      clearInterval(ticker);
      clearTimeout(timer);
      socket.destroy();
      const m = data.match(/^HTTP\/1\.[01] (\d{3})/);
      resolve({ status: m ? Number(m[1]) : null, sentAtResponse: sentAtResponse ?? sent, total, how });
    };
    /** @type {number | undefined} */
    let sentAtResponse;
    const timer = setTimeout(() => finish("timeout"), 10_000);
    const sendNext = () => {
      if (sentAtResponse !== undefined || i >= parts.length || socket.destroyed) return;
      socket.write(parts[i], () => undefined);
      sent += parts[i].length;
      i++;
    };
    socket.on("connect", () => {
      socket.write(head);
      sendNext();
      ticker = setInterval(sendNext, everyMs);
    });
    socket.on("data", (d) => {
      if (sentAtResponse === undefined) sentAtResponse = sent;
      data += d.toString("latin1");
      if (/\r\n\r\n/.test(data)) setTimeout(() => finish("answered"), 50);
    });
    socket.on("error", () => finish("error"));
    socket.on("close", () => finish("closed"));
  });
}

async function main() {
  const started = Date.now();
  const deadline = started + TOTAL_BUDGET_MS;
  const r = prng(SEED);
  const queryCases = generateCases(r, QUERIES);
  // Bodies over the 16 KiB cap are the 413 tests' business, not the generator's.
  const bodyCases = generateCases(r, BODIES, ["over the header limit (17 kB+)"]);
  const server = await startServer();
  activeServer = server;
  const { port, baseURL } = server;
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

  /** @type {Map<string, { requests: number, statuses: Record<string, number>, failures: string[], maxMs: number, inputs: number }>} */
  const stats = new Map();
  const record = (/** @type {string} */ category, /** @type {string} */ target, /** @type {Reply} */ reply, /** @type {string} */ problem, /** @type {string} */ input) => {
    let s = stats.get(category);
    if (!s) stats.set(category, (s = { requests: 0, statuses: {}, failures: [], maxMs: 0, inputs: 0 }));
    s.requests++;
    const key = String(reply.status ?? "none");
    s.statuses[key] = (s.statuses[key] ?? 0) + 1;
    s.maxMs = Math.max(s.maxMs, reply.ms);
    if (problem) s.failures.push(`${target} ?${input.length > 120 ? input.slice(0, 117) + "…" : input} → ${problem}`);
  };

  /** @type {(() => Promise<void>)[]} */
  const tasks = [];
  for (const c of queryCases) {
    stats.set(c.category, stats.get(c.category) ?? { requests: 0, statuses: {}, failures: [], maxMs: 0, inputs: 0 });
    /** @type {any} */ (stats.get(c.category)).inputs++;
    for (const target of ["/decision", "/api/decision", "/questionnaire", "/"]) {
      tasks.push(async () => {
        const reply = await request(agent, port, { path: `${target}?${c.query}` });
        record(c.category, `GET ${target}`, reply, judge(`GET ${target}`, c.expect, reply), c.query);
      });
    }
  }
  for (const c of bodyCases) {
    const category = `${c.category} (POST body)`;
    stats.set(category, stats.get(category) ?? { requests: 0, statuses: {}, failures: [], maxMs: 0, inputs: 0 });
    /** @type {any} */ (stats.get(category)).inputs++;
    tasks.push(async () => {
      const reply = await request(agent, port, {
        method: "POST",
        path: "/questionnaire",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseURL, "Sec-Fetch-Site": "same-origin" },
        body: c.query,
      });
      record(category, "POST /questionnaire", reply, judge("POST /questionnaire", c.expect, reply), c.query);
    });
  }
  // Malformed paths (every route family, static files included).
  const paths = [
    "/%", "/%zz", "/%E0%A4%A", "/%00", "/%FF%FE", "/decision/%zz", "/decision%00", "/build/%E0%A4%A", "/build/%00.js", "/build/..%2f..%2fpackage.json",
    "/..%2f..%2fetc%2fpasswd", "//evil.example/", "/favicon.svg%00", "/favicon.svg/%zz", "/api/decision/%", "/api/%zz", "/questionnaire/%C0%AF",
    `/${"a".repeat(8000)}`, "/.env", "/build/", "/%2e%2e/%2e%2e/", "/decision;arch=monolith", "/DECISION?arch=x", "/decision/?arch=x",
  ];
  for (const p of paths) {
    tasks.push(async () => {
      const reply = await request(agent, port, { path: p });
      record("malformed paths", "GET", reply, reply.status === null ? `no response (${reply.error})` : reply.status >= 500 ? `HTTP ${reply.status}` : "", p);
    });
  }
  // Backslashes and mixed encodings: URL parsers read "\" as "/", so these can turn into protocol-relative
  // "//host" inside a router. Every one must be 400 or 404 (no route has a backslash), GET and POST alike.
  for (const p of backslashPaths(r, 300)) {
    for (const method of ["GET", "POST"]) {
      tasks.push(async () => {
        const reply = await request(agent, port, {
          method,
          path: p,
          ...(method === "POST" && { headers: { Origin: baseURL, "Sec-Fetch-Site": "same-origin", "Content-Type": "application/x-www-form-urlencoded" }, body: "a=b" }),
        });
        // Under /e/ a flood of wrong edit links is rate limited (429); a POST to a path that decodes to no route
        // with an action (full-width "＼", a double-encoded "%5C") is 405.
        const allowed = [400, 404, ...(p.startsWith("/e/") ? [429] : []), ...(method === "POST" ? [405] : [])];
        const problem = reply.status === null ? `no response (${reply.error})` : allowed.includes(reply.status) ? "" : `HTTP ${reply.status}, expected ${allowed.join("/")}`;
        record("backslashes and mixed encodings in paths", method, reply, problem, p);
      });
    }
  }
  // Weird Accept-Language headers (the page language falls back to it).
  const langs = ["", "*", "ja;q=abc", "ja;q=1e999", "ja;q=-1", "ja-JP,ja;q=0.9,en;q=0.8", "x".repeat(8000), "ja;q=0.5;q=0.4", ",,,,", ";q=1", "\u00ff\u00fe", "ja\tq=1", "en-US-x-private-verylongsubtag", "zh, ja;q=0.9", "__proto__", "ja;".repeat(500)];
  for (const al of langs) {
    for (const target of [`/decision?${G1}`, `/api/decision?${G1}`, "/questionnaire", "/", "/decision?arch=x"]) {
      tasks.push(async () => {
        const reply = await request(agent, port, { path: target, headers: { "Accept-Language": al } });
        const expectOk = target === "/decision?arch=x" ? reply.status === 400 : reply.status === 200;
        record("weird Accept-Language", `GET ${target}`, reply, reply.status === null || reply.status >= 500 || !expectOk ? `HTTP ${reply.status ?? reply.error}` : "", `Accept-Language: ${al.slice(0, 40)}`);
      });
    }
  }
  const skippedForTime = await pool(tasks, deadline);
  agent.destroy();

  // Raw malformed requests. Each must get a status below 500 (or, where noted, a closed connection).
  const h = `Host: localhost:${port}\r\n`;
  /** @type {{ name: string, parts: (string | Buffer)[], allowClose?: boolean }[]} */
  const raw = [
    { name: "absolute-form target, other host", parts: [`GET http://evil.example/decision?${G1} HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n`] },
    { name: "absolute-form target, own host", parts: [`GET http://localhost:${port}/ HTTP/1.1\r\n${h}Connection: close\r\n\r\n`] },
    { name: "absolute-form POST", parts: [`POST http://evil.example/questionnaire HTTP/1.1\r\nHost: evil.example\r\nSec-Fetch-Site: same-origin\r\nContent-Length: 5\r\nConnection: close\r\n\r\narch=`] },
    { name: "asterisk-form OPTIONS *", parts: [`OPTIONS * HTTP/1.1\r\n${h}Connection: close\r\n\r\n`] },
    { name: "authority-form CONNECT", parts: [`CONNECT localhost:80 HTTP/1.1\r\n${h}\r\n`], allowClose: true },
    { name: "20 kB header", parts: [`GET / HTTP/1.1\r\n${h}X-Big: ${"a".repeat(20_000)}\r\nConnection: close\r\n\r\n`] },
    { name: "2,000 headers", parts: [`GET / HTTP/1.1\r\n${h}${Array.from({ length: 2000 }, (_, i) => `X-H${i}: ${i}\r\n`).join("")}Connection: close\r\n\r\n`] },
    { name: "100 kB request target", parts: [`GET /decision?${"a".repeat(100_000)} HTTP/1.1\r\n${h}Connection: close\r\n\r\n`] },
    { name: "missing Host (HTTP/1.1)", parts: ["GET / HTTP/1.1\r\nConnection: close\r\n\r\n"] },
    { name: "empty Host", parts: ["GET / HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n"] },
    { name: "Host with spaces", parts: ["GET / HTTP/1.1\r\nHost: a b c\r\nConnection: close\r\n\r\n"] },
    { name: "Host unterminated IPv6", parts: [`GET /decision?${G1} HTTP/1.1\r\nHost: [::1\r\nConnection: close\r\n\r\n`] },
    { name: "Host with bad port", parts: [`GET /decision?${G1} HTTP/1.1\r\nHost: localhost:99999999\r\nConnection: close\r\n\r\n`] },
    { name: "Host with userinfo and path", parts: [`GET /api/decision?${G1} HTTP/1.1\r\nHost: user:pw@evil.example/x?y#z\r\nConnection: close\r\n\r\n`] },
    { name: "two Host headers", parts: [`GET / HTTP/1.1\r\n${h}Host: evil.example\r\nConnection: close\r\n\r\n`] },
    { name: "Host with NUL", parts: ["GET / HTTP/1.1\r\nHost: local\0host\r\nConnection: close\r\n\r\n"] },
    { name: "Host 8 kB", parts: [`GET / HTTP/1.1\r\nHost: ${"h".repeat(8000)}\r\nConnection: close\r\n\r\n`] },
    { name: "HTTP/1.0 without Host", parts: [`GET /decision?${G1} HTTP/1.0\r\n\r\n`] },
    { name: "control byte in target", parts: [`GET /decision?arch=\x01 HTTP/1.1\r\n${h}Connection: close\r\n\r\n`] },
    { name: "raw 0xFF 0xFE bytes in target", parts: [Buffer.concat([Buffer.from("GET /decision?arch="), Buffer.from([0xff, 0xfe]), Buffer.from(` HTTP/1.1\r\n${h}Connection: close\r\n\r\n`)])] },
    { name: "raw UTF-8 in target", parts: [Buffer.from(`GET /api/decision?arch=モノリス HTTP/1.1\r\n${h}Connection: close\r\n\r\n`)] },
    { name: "space in target", parts: [`GET /decision?a b HTTP/1.1\r\n${h}Connection: close\r\n\r\n`] },
    { name: "unknown method", parts: [`FOO / HTTP/1.1\r\n${h}Connection: close\r\n\r\n`] },
    { name: "known but unsupported method (DELETE)", parts: [`DELETE /decision HTTP/1.1\r\n${h}Connection: close\r\n\r\n`] },
    { name: "lower-case method", parts: [`get / HTTP/1.1\r\n${h}Connection: close\r\n\r\n`] },
    { name: "HTTP/9.9", parts: [`GET / HTTP/9.9\r\n${h}Connection: close\r\n\r\n`], allowClose: true },
    { name: "HTTP/2.0 in an HTTP/1 request line", parts: [`GET / HTTP/2.0\r\n${h}Connection: close\r\n\r\n`], allowClose: true },
    { name: "no version", parts: [`GET /\r\n${h}\r\n`], allowClose: true },
    { name: "garbage line", parts: ["\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03garbage\r\n\r\n"], allowClose: true },
    { name: "Content-Length + Transfer-Encoding", parts: [`POST /questionnaire HTTP/1.1\r\n${h}Sec-Fetch-Site: same-origin\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n`] },
    { name: "two different Content-Lengths", parts: [`POST /questionnaire HTTP/1.1\r\n${h}Sec-Fetch-Site: same-origin\r\nContent-Length: 4\r\nContent-Length: 5\r\nConnection: close\r\n\r\narch=`] },
    { name: "negative Content-Length", parts: [`POST /questionnaire HTTP/1.1\r\n${h}Sec-Fetch-Site: same-origin\r\nContent-Length: -1\r\nConnection: close\r\n\r\n`] },
    { name: "non-numeric Content-Length", parts: [`POST /questionnaire HTTP/1.1\r\n${h}Sec-Fetch-Site: same-origin\r\nContent-Length: abc\r\nConnection: close\r\n\r\n`] },
    { name: "Transfer-Encoding: chunked, identity", parts: [`POST /questionnaire HTTP/1.1\r\n${h}Sec-Fetch-Site: same-origin\r\nTransfer-Encoding: chunked, identity\r\nConnection: close\r\n\r\n0\r\n\r\n`] },
    { name: "bad chunk size", parts: [`POST /questionnaire HTTP/1.1\r\n${h}Sec-Fetch-Site: same-origin\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\nabc\r\n0\r\n\r\n`] },
    { name: "header without colon", parts: [`GET / HTTP/1.1\r\n${h}NoColonHere\r\nConnection: close\r\n\r\n`] },
    { name: "obs-fold header", parts: [`GET / HTTP/1.1\r\n${h}X-A: one\r\n two\r\nConnection: close\r\n\r\n`] },
    { name: "space before colon", parts: [`GET / HTTP/1.1\r\n${h}X-A : one\r\nConnection: close\r\n\r\n`] },
    { name: "NUL in header value", parts: [`GET / HTTP/1.1\r\n${h}X-A: a\0b\r\nConnection: close\r\n\r\n`] },
    { name: "bare LF line endings", parts: [`GET / HTTP/1.1\nHost: localhost:${port}\nConnection: close\n\n`] },
    { name: "bare CR in header", parts: [`GET / HTTP/1.1\r\n${h}X-A: a\rb\r\nConnection: close\r\n\r\n`] },
    { name: "cross-site POST (CSRF)", parts: [`POST /questionnaire HTTP/1.1\r\n${h}Origin: http://evil.example\r\nSec-Fetch-Site: cross-site\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 13\r\nConnection: close\r\n\r\narch=monolith`] },
    { name: "same-origin POST, Host differs from Origin", parts: [`POST /questionnaire HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${baseURL}\r\nSec-Fetch-Site: same-origin\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 13\r\nConnection: close\r\n\r\narch=monolith`] },
    { name: "same-origin POST with X-Forwarded-Host", parts: [`POST /questionnaire HTTP/1.1\r\n${h}Origin: ${baseURL}\r\nX-Forwarded-Host: evil.example\r\nSec-Fetch-Site: same-origin\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 13\r\nConnection: close\r\n\r\narch=monolith`] },
    { name: "POST with Origin only (no Sec-Fetch-Site), X-Forwarded-Host", parts: [`POST /questionnaire HTTP/1.1\r\n${h}Origin: ${baseURL}\r\nX-Forwarded-Host: evil.example\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 13\r\nConnection: close\r\n\r\narch=monolith`] },
    { name: "same-origin POST with unparsable Origin", parts: [`POST /questionnaire HTTP/1.1\r\n${h}Origin: not a url\r\nSec-Fetch-Site: same-origin\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 13\r\nConnection: close\r\n\r\narch=monolith`] },
    { name: "same-origin POST with Origin: null", parts: [`POST /questionnaire HTTP/1.1\r\n${h}Origin: null\r\nSec-Fetch-Site: same-origin\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 13\r\nConnection: close\r\n\r\narch=monolith`] },
    { name: "POST with no body and no length", parts: [`POST /questionnaire HTTP/1.1\r\n${h}Sec-Fetch-Site: same-origin\r\nConnection: close\r\n\r\n`] },
    { name: "POST multipart garbage", parts: [`POST /questionnaire HTTP/1.1\r\n${h}Sec-Fetch-Site: same-origin\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 11\r\nConnection: close\r\n\r\n--x\r\nbroken`] },
    { name: "POST JSON body", parts: [`POST /questionnaire HTTP/1.1\r\n${h}Sec-Fetch-Site: same-origin\r\nContent-Type: application/json\r\nContent-Length: 18\r\nConnection: close\r\n\r\n{"__proto__":{"a":`] },
    { name: "POST to the API", parts: [`POST /api/decision?${G1} HTTP/1.1\r\n${h}Sec-Fetch-Site: same-origin\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`] },
    { name: "POST to the decision page", parts: [`POST /decision?${G1} HTTP/1.1\r\n${h}Sec-Fetch-Site: same-origin\r\nContent-Length: 2\r\nConnection: close\r\n\r\nab`] },
    { name: "pipelined garbage after a request", parts: [`GET / HTTP/1.1\r\n${h}\r\n\x00\x01\x02GARBAGE\r\n\r\n`], allowClose: true },
  ];
  /** @type {{ name: string, status: number | null, how: string, ok: boolean, stderr?: string }[]} */
  const rawResults = [];
  for (const t of raw) {
    if (Date.now() > deadline) break;
    const before = server.stderr().length;
    const res = /** @type {{ status: number | null, how: string, head: string }} */ (await rawRequest(port, t.parts));
    await new Promise((resolve) => setTimeout(resolve, 30));
    const logged = server.stderr().slice(before).trim();
    const ok = res.status !== null ? res.status < 500 : Boolean(t.allowClose);
    rawResults.push({ name: t.name, status: res.status, how: res.how, ok, ...(logged && { stderr: logged.slice(0, 300) }) });
  }

  // Oversized bodies: 1 MiB declared, 1 MiB chunked (one big chunk), 1 MiB chunked trickled in 8 KiB chunks.
  const MiB = 1024 * 1024;
  const postHead = (/** @type {string} */ target, /** @type {string} */ framing) =>
    `POST ${target} HTTP/1.1\r\n${h}Origin: ${baseURL}\r\nSec-Fetch-Site: same-origin\r\nContent-Type: application/x-www-form-urlencoded\r\n${framing}\r\n`;
  const filler = (/** @type {number} */ n) => Buffer.alloc(n, "a");
  const chunk = (/** @type {number} */ n) => Buffer.concat([Buffer.from(`${n.toString(16)}\r\n`), filler(n), Buffer.from("\r\n")]);
  /** @type {{ name: string, head: string, parts: Buffer[], everyMs: number }[]} */
  const big = [];
  for (const target of ["/questionnaire", "/decision", "/nope"]) {
    big.push({ name: `${target}: 1 MiB with Content-Length`, head: postHead(target, `Content-Length: ${MiB}\r\n`), parts: Array.from({ length: 16 }, () => filler(MiB / 16)), everyMs: 500 });
    big.push({ name: `${target}: 1 MiB chunked, no Content-Length`, head: postHead(target, "Transfer-Encoding: chunked\r\n"), parts: [...Array.from({ length: 16 }, () => chunk(MiB / 16)), Buffer.from("0\r\n\r\n")], everyMs: 500 });
  }
  big.push({ name: "/questionnaire: 1 MiB chunked in 8 KiB chunks every 20 ms", head: postHead("/questionnaire", "Transfer-Encoding: chunked\r\n"), parts: [...Array.from({ length: 128 }, () => chunk(8 * 1024)), Buffer.from("0\r\n\r\n")], everyMs: 20 });
  /** @type {{ name: string, status: number | null, sentAtResponse: number, total: number, ok: boolean, stderr?: string }[]} */
  const bigResults = [];
  for (const t of big) {
    const before = server.stderr().length;
    const res = /** @type {{ status: number | null, sentAtResponse: number, total: number, how: string }} */ (await oversized(port, t.head, t.parts, t.everyMs));
    await new Promise((resolve) => setTimeout(resolve, 30));
    const logged = server.stderr().slice(before).trim();
    bigResults.push({ name: t.name, status: res.status, sentAtResponse: res.sentAtResponse, total: res.total, ok: res.status === 413 && res.sentAtResponse < res.total, ...(logged && { stderr: logged.slice(0, 300) }) });
  }

  // Still alive and answering?
  const alive = server.child.exitCode === null && server.child.signalCode === null;
  const after = await fetch(server.ipURL + `/decision?${G1}`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.status, (e) => String(e));
  const stop = await server.stop();
  activeServer = undefined;
  const stderr = server.stderr();
  const stackLines = stderr.split("\n").filter((l) => /\bat .+:\d+:\d+\)?|\\n\s+at |Error:|"level":"error"/.test(l));

  /** @type {import("./server.mjs").Check[]} */
  const checks = [];
  const rows = [];
  let totalRequests = 0;
  let total5xx = 0;
  for (const [category, s] of stats) {
    totalRequests += s.requests;
    const fivexx = Object.entries(s.statuses).filter(([k]) => Number(k) >= 500).reduce((n, [, v]) => n + v, 0);
    total5xx += fivexx;
    const statuses = Object.entries(s.statuses).sort().map(([k, v]) => `${k}×${v}`).join(" ");
    rows.push([category, s.inputs || "", s.requests, statuses, fivexx, s.failures.length, Math.round(s.maxMs)]);
    checks.push({
      name: `malformed: ${category}`,
      ok: s.failures.length === 0 && s.requests > 0,
      detail: `${s.inputs ? `${s.inputs} inputs, ` : ""}${s.requests} requests; statuses ${statuses}; 5xx ${fivexx}; wrong ${s.failures.length}; slowest ${Math.round(s.maxMs)} ms` +
        (s.failures.length ? `; e.g. ${s.failures.slice(0, 5).join(" | ")}` : ""),
    });
  }
  printTable(["category", "inputs", "requests", "statuses", "5xx", "wrong", "max ms"], rows);
  const rawBad = rawResults.filter((x) => !x.ok);
  checks.push({
    name: "malformed: raw requests (net.Socket)",
    ok: rawBad.length === 0 && rawResults.length === raw.length,
    detail: `${rawResults.length}/${raw.length} sent; ${rawResults.map((x) => `${x.name} → ${x.status ?? x.how}`).join("; ")}` +
      (rawBad.length ? `; WRONG: ${rawBad.map((x) => `${x.name} → ${x.status ?? x.how}`).join(", ")}` : "") +
      (rawResults.some((x) => x.stderr) ? `; logged to stderr by: ${rawResults.filter((x) => x.stderr).map((x) => x.name).join(", ")}` : ""),
  });
  for (const b of bigResults) {
    checks.push({
      name: `oversized body ${b.name}`,
      ok: b.ok,
      detail: `HTTP ${b.status ?? "none"} after ${(b.sentAtResponse / 1024).toFixed(0)} KiB of ${(b.total / 1024).toFixed(0)} KiB sent (must be 413 before the whole body)` +
        (b.stderr ? `; server logged: ${b.stderr.slice(0, 200)}` : ""),
    });
  }
  checks.push({ name: "malformed: 2,000+ generated inputs", ok: QUERIES + bodyCases.length >= 2000 && skippedForTime === 0, detail: `${QUERIES} query strings × 4 GET routes + ${bodyCases.length} POST bodies = ${totalRequests} requests incl. paths and headers; ${skippedForTime} not sent (time budget ${TOTAL_BUDGET_MS / 1000} s); 5xx total ${total5xx}; seed ${SEED}` });
  checks.push({ name: "server alive after the run", ok: alive && after === 200, detail: `process ${alive ? "running" : "exited"}; GET /decision?G1 afterwards → ${after}; SIGTERM exit code ${stop.code} in ${stop.ms} ms` });
  checks.push({ name: "no stack traces or errors on stderr", ok: stackLines.length === 0, detail: stackLines.length ? `${stackLines.length} lines, e.g. ${stackLines.slice(0, 3).join(" | ").slice(0, 600)}` : `stderr ${stderr.length} bytes, no stack traces` });
  // Team rounds: hostile names, races, expiry, path aliases, cookies, the guessing budget (a server of their own).
  const rounds = await roundChecks();
  printTable(["check", "ok", "detail"], rounds.map((c) => [c.name, c.ok ? "ok" : "FAIL", c.detail]));
  checks.push(...rounds);
  console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = writeReport("malformed", checks, { seed: SEED, requests: totalRequests, fivexx: total5xx, raw: rawResults, oversized: bigResults });
}

/** @type {import("./server.mjs").Server | undefined} */
let activeServer;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch(async (error) => {
    await activeServer?.stop();
    console.error(error);
    writeReport("malformed", [{ name: "malformed ran", ok: false, detail: String(error?.message ?? error) }]);
    process.exitCode = 1;
  });
}
