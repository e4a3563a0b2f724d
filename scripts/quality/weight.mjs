#!/usr/bin/env node
// @ts-check
// Gate: page weight. For every page of pages.mjs: HTML bytes (raw, gzip -9) and the JavaScript the page loads at
// start — <script src>, <link rel="modulepreload">, the imports (static and import()) of inline module scripts,
// and, transitively, the static imports inside those files — each gzipped on its own at level 9 (as sent).
// Inline scripts are counted as JavaScript too (their bytes are also part of the HTML figure).
// Budgets (issue 6): document pages ≤ 20 KB gzip of JS, questionnaire pages ≤ 120 KB since react-hook-form
// (ADR 0016; pages.mjs: jsBudget).
// Run alone: BUILD_DIR=.builds/quality npx remix build && node scripts/quality/weight.mjs
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { PAGES, jsBudget } from "./pages.mjs";
import { ASSETS_DIR, ROOT, printTable, startServer, writeReport } from "./server.mjs";

/** @param {string | Uint8Array} data */
export const gzipSize = (data) => gzipSync(data, { level: 9 }).length;
export const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1);

/** @param {string} tag @param {string} name */
function attr(tag, name) {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i"));
  return m ? (m[1] ?? m[2] ?? m[3] ?? "").replace(/&amp;/g, "&") : undefined;
}

/** Module specifiers imported by a piece of JS. @param {string} code @param {boolean} dynamic */
export function importsOf(code, dynamic) {
  const out = new Set();
  // import x from "a"; import {a} from"a"; export * from "a"; import "a"
  for (const m of code.matchAll(/\b(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) out.add(m[1]);
  if (dynamic) for (const m of code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)) out.add(m[1]);
  return [...out];
}

/**
 * The scripts a page's HTML loads.
 * @param {string} html
 * @returns {{ urls: string[], inline: string[] }}
 */
export function scriptsOf(html) {
  const urls = new Set();
  /** @type {string[]} */
  const inline = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const tag = `<script ${m[1]}>`;
    const src = attr(tag, "src");
    const type = (attr(tag, "type") ?? "").toLowerCase();
    if (type && !["module", "text/javascript", "application/javascript"].includes(type)) continue; // JSON data etc.
    if (src) urls.add(src);
    else if (m[2].trim()) {
      inline.push(m[2]);
      if (type === "module") for (const spec of importsOf(m[2], true)) urls.add(spec);
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], "rel") ?? "").toLowerCase().split(/\s+/);
    const href = attr(m[0], "href");
    if (href && rel.includes("modulepreload")) urls.add(href);
    if (href && rel.includes("preload") && (attr(m[0], "as") ?? "") === "script") urls.add(href);
  }
  return { urls: [...urls], inline };
}

/**
 * Reads a same-origin script: from the build's public/build for /build/…, from public/ otherwise, else over HTTP.
 * @param {string} baseURL @param {string} pathname
 */
async function loadScript(baseURL, pathname) {
  const candidates = pathname.startsWith("/build/")
    ? [path.join(ASSETS_DIR, pathname.slice("/build/".length))]
    : [path.join(ROOT, "public", pathname)];
  for (const file of candidates) if (existsSync(file)) return { bytes: readFileSync(file), from: path.relative(ROOT, file) };
  const res = await fetch(baseURL + pathname, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`script ${pathname}: HTTP ${res.status}`);
  return { bytes: Buffer.from(await res.arrayBuffer()), from: "http" };
}

/**
 * @typedef {{ name: string, path: string, status: number, htmlRaw: number, htmlGzip: number,
 *   files: { url: string, raw: number, gzip: number }[], inlineRaw: number, inlineGzip: number,
 *   jsRaw: number, jsGzip: number }} Weight
 */

/**
 * Measures one page served at baseURL.
 * @param {string} baseURL @param {{ name: string, path: string }} page @returns {Promise<Weight>}
 */
export async function measurePage(baseURL, page) {
  const res = await fetch(baseURL + page.path, { redirect: "manual", signal: AbortSignal.timeout(15_000) });
  const html = Buffer.from(await res.arrayBuffer());
  const { urls, inline } = scriptsOf(html.toString("utf8"));
  const pageURL = new URL(page.path, baseURL);
  /** @type {Map<string, { url: string, raw: number, gzip: number }>} */
  const files = new Map();
  const queue = urls.map((u) => new URL(u, pageURL));
  while (queue.length > 0) {
    const url = /** @type {URL} */ (queue.shift());
    if (url.origin !== pageURL.origin) throw new Error(`${page.name}: third-party script ${url.href}`);
    if (files.has(url.pathname)) continue;
    const { bytes } = await loadScript(baseURL, url.pathname);
    files.set(url.pathname, { url: url.pathname, raw: bytes.length, gzip: gzipSize(bytes) });
    for (const spec of importsOf(bytes.toString("utf8"), false)) {
      if (spec.startsWith(".") || spec.startsWith("/")) queue.push(new URL(spec, url));
    }
  }
  const list = [...files.values()];
  const inlineRaw = inline.reduce((n, s) => n + Buffer.byteLength(s), 0);
  const inlineGzip = inline.reduce((n, s) => n + gzipSize(s), 0);
  return {
    name: page.name,
    path: page.path,
    status: res.status,
    htmlRaw: html.length,
    htmlGzip: gzipSize(html),
    files: list,
    inlineRaw,
    inlineGzip,
    jsRaw: list.reduce((n, f) => n + f.raw, 0) + inlineRaw,
    jsGzip: list.reduce((n, f) => n + f.gzip, 0) + inlineGzip,
  };
}

/** @param {string} baseURL @param {{ name: string, path: string }[]} pages */
export async function measurePages(baseURL, pages) {
  /** @type {Weight[]} */
  const out = [];
  for (const page of pages) out.push(await measurePage(baseURL, page));
  return out;
}

/** Prints the JS/HTML bytes table. @param {(Weight & { budget?: number })[]} weights */
export function printWeights(weights) {
  printTable(
    ["page", "HTTP", "HTML KB", "HTML gz KB", "JS files", "inline JS gz KB", "JS KB", "JS gz KB", "budget gz KB"],
    weights.map((w) => [
      w.name,
      w.status,
      kb(w.htmlRaw),
      kb(w.htmlGzip),
      w.files.length,
      kb(w.inlineGzip),
      kb(w.jsRaw),
      kb(w.jsGzip),
      w.budget === undefined ? "" : kb(w.budget),
    ]),
  );
}

async function main() {
  const server = await startServer();
  /** @type {(Weight & { budget: number })[]} */
  let weights;
  try {
    weights = (await measurePages(server.ipURL, PAGES)).map((w, i) => ({ ...w, budget: jsBudget(PAGES[i]) }));
  } finally {
    await server.stop();
  }
  printWeights(weights);
  const checks = weights.map((w) => ({
    name: `JS budget ${w.name}`,
    ok: w.jsGzip <= w.budget,
    detail:
      `JS ${kb(w.jsGzip)} KB gzip (${kb(w.jsRaw)} KB raw, ${w.files.length} files + ${kb(w.inlineGzip)} KB gz inline) ` +
      `≤ ${kb(w.budget)} KB; HTML ${kb(w.htmlRaw)} KB raw / ${kb(w.htmlGzip)} KB gzip; HTTP ${w.status}` +
      (w.files.length ? `; files: ${w.files.map((f) => `${path.basename(f.url)} ${kb(f.gzip)}`).join(", ")}` : ""),
  }));
  process.exitCode = writeReport("weight", checks, { pages: weights });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error) => {
    console.error(error);
    writeReport("weight", [{ name: "weight ran", ok: false, detail: String(error?.message ?? error) }]);
    process.exitCode = 1;
  });
}
