#!/usr/bin/env node
// @ts-check
// `npm run bench` (not part of `npm test`): throughput and latency of the main routes against a trivial baseline
// page, side by side on ONE server run, interleaved (A B C D E, A B C D E, …) so that drift on a shared 2-core
// machine hits every target alike. Absolute numbers drift ±25 % between runs here: read the ratios.
//   targets: /decision?<G1>, /api/decision?<G1>, /questionnaire (a question page), a 304 conditional GET of
//            /decision?<G1> (If-None-Match with the ETag of a first response), /bench/baseline (the trivial page)
//            and, on a second server with the page cache off (PAGE_CACHE_ENTRIES=0), /decision with a different
//            share link on every request (as real traffic brings them: scripts/bench-links.ts draws them at random
//            from the whole answer space, canonical, never one link twice in a run) against that server's baseline
//   load:    wrk -t1 -c50 (one generator thread; falls back to autocannon if wrk is missing; BENCH_TOOL=autocannon
//            forces it), BENCH_ROUNDS (default 3) × BENCH_SECONDS (default 5) per target after a 2 s warm-up each.
// Also prints the JS/HTML bytes table of pages.mjs (scripts/quality/weight.mjs). Writes reports/bench.json.
// Needs a build: BUILD_DIR=.builds/quality npx remix build && npm run bench
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { cannon } from "./quality/load.mjs";
import { G1, PAGES } from "./quality/pages.mjs";
import { REPORTS_DIR, printTable, startServer } from "./quality/server.mjs";
import { measurePages, printWeights } from "./quality/weight.mjs";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WARMUP_SECONDS = 2;
const hasWrk = spawnSync("wrk", ["--version"], { encoding: "utf8" }).error === undefined;
const TOOL = process.env.BENCH_TOOL ?? (hasWrk ? "wrk" : "autocannon");

/** @typedef {{ name: string, path: string, headers?: Record<string, string>, expect: number, base?: string, links?: boolean }} Target */
/** @typedef {{ rps: number, p50: number, p99: number, requests: number, bad: number }} Sample */

// Distinct links: drawn once per bench (BENCH_LINKS of them, default 60,000), read in order across the runs of
// the target so that no link comes twice (a server that kept any per-link result would not be measured warm).
const LINK_COUNT = Number(process.env.BENCH_LINKS ?? 60_000);
const linksState = { file: "", list: /** @type {string[]} */ ([]), next: 0, wrapped: false };
const LINKS_LUA = `-- one path a request from a file of paths, starting at an offset (bench.mjs)
local paths = {}
local i = 0
function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  i = tonumber(args[2])
end
function request()
  i = i + 1
  return wrk.format("GET", paths[(i - 1) % #paths + 1])
end
`;

/** Writes the links file and the wrk script into a temporary folder. @returns {string} the folder */
function prepareLinks() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-links-"));
  const made = spawnSync("npx", ["tsx", "scripts/bench-links.ts", String(LINK_COUNT)], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (made.status !== 0) throw new Error(`scripts/bench-links.ts failed:\n${made.stderr}`);
  linksState.list = made.stdout.trim().split("\n");
  linksState.file = path.join(dir, "links.txt");
  writeFileSync(linksState.file, linksState.list.join("\n") + "\n");
  writeFileSync(path.join(dir, "links.lua"), LINKS_LUA);
  return dir;
}

/** Moves the shared offset on by the requests a run made. @param {number} requests */
function consumeLinks(requests) {
  linksState.next += requests;
  if (linksState.next >= linksState.list.length) {
    linksState.wrapped = true;
    linksState.next %= linksState.list.length;
  }
}

/** "12.34ms" / "1.2s" / "800us" → ms. @param {string} s */
function toMs(s) {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(s.trim());
  if (!m) return NaN;
  const n = Number(m[1]);
  return m[2] === "us" ? n / 1000 : m[2] === "ms" ? n : m[2] === "s" ? n * 1000 : n * 60_000;
}

/** @param {string} url @param {Target} t @param {number} seconds @returns {Promise<Sample>} */
async function run(url, t, seconds) {
  if (TOOL === "wrk") {
    const args = ["-t1", `-c${CONNECTIONS}`, `-d${seconds}s`, "--latency", "--timeout", "10s"];
    for (const [k, v] of Object.entries(t.headers ?? {})) args.push("-H", `${k}: ${v}`);
    const target = t.links
      ? ["-s", path.join(path.dirname(linksState.file), "links.lua"), url, "--", linksState.file, String(linksState.next)]
      : [url + t.path];
    // Async, not spawnSync: a blocked event loop would leave fetch's pooled keep-alive sockets stale.
    const out = await new Promise((resolve) => {
      const child = spawn("wrk", [...args, ...target], { stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
      child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
      const timer = setTimeout(() => child.kill("SIGKILL"), (seconds + 20) * 1000);
      child.on("close", () => {
        clearTimeout(timer);
        resolve({ stdout, stderr });
      });
    });
    const text = out.stdout ?? "";
    const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(text)?.[1] ?? NaN);
    const p50 = toMs(/\n\s+50%\s+(\S+)/.exec(text)?.[1] ?? "");
    const p99 = toMs(/\n\s+99%\s+(\S+)/.exec(text)?.[1] ?? "");
    const requests = Number(/(\d+) requests in/.exec(text)?.[1] ?? NaN);
    const non = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(text)?.[1] ?? 0);
    const errs = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
    const bad = non + (errs ? errs.slice(1).reduce((n, x) => n + Number(x), 0) : 0);
    if (Number.isNaN(rps)) throw new Error(`wrk output not understood:\n${text}\n${out.stderr}`);
    if (t.links) consumeLinks(requests);
    return { rps, p50, p99, requests, bad };
  }
  /** @type {import("autocannon").Options["requests"]} */
  const requests = t.links
    ? [{ setupRequest: (req) => {
        const p = linksState.list[linksState.next % linksState.list.length];
        consumeLinks(1);
        return { ...req, path: p };
      } }]
    : undefined;
  const r = await cannon({ url: url + t.path, connections: CONNECTIONS, duration: seconds, headers: t.headers, timeout: 10, requests });
  const good = t.expect === 304 ? r["3xx"] : r["2xx"];
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, bad: r.requests.total - good + r.errors };
}

/**
 * Waits until a server has answered what a run left queued: when wrk stops, up to CONNECTIONS slow requests are
 * still being served, and the next target's round must not pay for them. A request to the baseline page is
 * answered after most of that queued work (the event loop takes it roughly in arrival order). @param {string} url
 */
async function drained(url) {
  const res = await fetch(url + "/bench/baseline", { signal: AbortSignal.timeout(120_000) });
  await res.arrayBuffer();
}

const median = (/** @type {number[]} */ xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function main() {
  const linksDir = prepareLinks();
  // A loaded machine can take more than the gates' 20 s to start a server: the bench waits up to a minute.
  const server = await startServer({ readyTimeoutMs: 60_000 });
  // A second server without the page cache: what a first render of a result costs (PAGE_CACHE_ENTRIES=0).
  const uncachedServer = await startServer({ env: { PAGE_CACHE_ENTRIES: "0" }, readyTimeoutMs: 60_000 }).catch(async (error) => {
    await server.stop();
    rmSync(linksDir, { recursive: true, force: true });
    throw error;
  });
  const base = server.ipURL;
  /** @type {Target[]} */
  const targets = [
    { name: "decision G1", path: `/decision?${G1}`, expect: 200 },
    { name: "api/decision G1", path: `/api/decision?${G1}`, expect: 200 },
    { name: "questionnaire", path: "/questionnaire", expect: 200 },
  ];
  /** @type {string[]} */
  const notes = [];
  let etag;
  try {
    // The 304 path: only with a real ETag from the server.
    const first = await fetch(base + `/decision?${G1}`);
    await first.arrayBuffer();
    etag = first.headers.get("etag");
    if (etag) {
      const again = await fetch(base + `/decision?${G1}`, { headers: { "If-None-Match": etag } });
      await again.arrayBuffer();
      if (again.status === 304) targets.push({ name: "decision G1 304", path: `/decision?${G1}`, headers: { "If-None-Match": etag }, expect: 304 });
      else notes.push(`ETag ${etag} present, but If-None-Match gave HTTP ${again.status}, not 304: 304 path not measured`);
    } else {
      notes.push("no ETag yet: /decision sends no ETag header, so the 304 path is not measured");
    }
    targets.push({ name: "baseline", path: "/bench/baseline", expect: 200 });
    targets.push({ name: "decision uncached", path: linksState.list[0] ?? "", expect: 200, base: uncachedServer.ipURL, links: true });
    targets.push({ name: "baseline (no cache)", path: "/bench/baseline", expect: 200, base: uncachedServer.ipURL });
    for (const t of targets) {
      const res = await fetch((t.base ?? base) + t.path, { headers: t.headers, redirect: "manual" });
      await res.arrayBuffer();
      if (res.status !== t.expect) throw new Error(`${t.name}: HTTP ${res.status}, expected ${t.expect} (is the build current?)`);
    }
    consumeLinks(1); // the first link was just requested by the check above
    console.log(`bench: ${TOOL}${TOOL === "wrk" ? " -t1" : ""}, ${CONNECTIONS} connections, ${ROUNDS} rounds × ${SECONDS} s per target, interleaved; server ${base}`);
    for (const n of notes) console.log(`note: ${n}`);
    console.log(
      `"decision uncached": a second server with PAGE_CACHE_ENTRIES=0, /decision with a different share link on every request (${linksState.list.length.toLocaleString("en")} distinct canonical links drawn at random from the whole answer space, random stack; scripts/bench-links.ts), against that server's baseline page`,
    );
    for (const t of targets) {
      await run(t.base ?? base, t, WARMUP_SECONDS);
      await drained(t.base ?? base);
    }

    /** @type {Map<string, Sample[]>} */
    const samples = new Map(targets.map((t) => [t.name, []]));
    for (let round = 1; round <= ROUNDS; round++) {
      for (const t of targets) {
        const s = await run(t.base ?? base, t, SECONDS);
        await drained(t.base ?? base);
        /** @type {Sample[]} */ (samples.get(t.name)).push(s);
        console.log(`round ${round} ${t.name.padEnd(18)} ${s.rps.toFixed(0).padStart(7)} req/s  p50 ${s.p50.toFixed(1)} ms  p99 ${s.p99.toFixed(1)} ms${s.bad ? `  (${s.bad} bad)` : ""}`);
      }
    }
    const med = targets.map((t) => {
      const list = /** @type {Sample[]} */ (samples.get(t.name));
      return { name: t.name, path: t.path, rps: median(list.map((s) => s.rps)), p50: median(list.map((s) => s.p50)), p99: median(list.map((s) => s.p99)), bad: list.reduce((n, s) => n + s.bad, 0), runs: list };
    });
    const baseline = /** @type {typeof med[number]} */ (med.find((m) => m.name === "baseline"));
    const baselineNoCache = /** @type {typeof med[number]} */ (med.find((m) => m.name === "baseline (no cache)"));
    // Each target against the baseline page of its own server.
    const baseOf = (/** @type {string} */ name) => (targets.find((t) => t.name === name)?.base ? baselineNoCache : baseline);
    console.log("\nmedians (ratios are target / the baseline page on the same server; goals: /decision ≥ 0.8 cached, ≥ 0.5 uncached)");
    printTable(
      ["target", "req/s", "p50 ms", "p99 ms", "req/s ratio", "p99 ratio", "bad responses"],
      med.map((m) => [m.name, m.rps.toFixed(0), m.p50.toFixed(1), m.p99.toFixed(1), (m.rps / baseOf(m.name).rps).toFixed(2), (m.p99 / baseOf(m.name).p99).toFixed(2), m.bad]),
    );
    if (linksState.wrapped) notes.push(`the ${linksState.list.length} distinct links ran out and some came twice: raise BENCH_LINKS`);
    else notes.push(`"decision uncached" requested ${linksState.next.toLocaleString("en")} links, each once`);
    for (const n of notes) console.log(`note: ${n}`);

    console.log("\npage weight (gzip -9 per file; JS = files loaded at start + inline scripts)");
    const weights = await measurePages(base, [...PAGES, { name: "bench baseline", path: "/bench/baseline" }]);
    printWeights(weights);

    mkdirSync(REPORTS_DIR, { recursive: true });
    const file = path.join(REPORTS_DIR, "bench.json");
    writeFileSync(
      file,
      JSON.stringify({ tool: TOOL, connections: CONNECTIONS, seconds: SECONDS, rounds: ROUNDS, etag, notes, medians: med.map((m) => ({ ...m, rpsRatio: m.rps / baseOf(m.name).rps, p99Ratio: m.p99 / baseOf(m.name).p99 })), weights }, null, 2) + "\n",
    );
    console.log(`\n→ ${path.relative(process.cwd(), file)}`);
  } finally {
    await server.stop();
    await uncachedServer.stop();
    rmSync(linksDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
