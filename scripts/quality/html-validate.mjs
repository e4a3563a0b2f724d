#!/usr/bin/env node
// @ts-check
// Gate: the Nu HTML Checker (vnu) reports 0 errors on every page of pages.mjs (whatever its status: the 400 and
// 404 pages are pages too). Warnings are listed, not failed. vnu refuses loopback URLs, so the HTML is saved
// under reports/html/ and the files are checked. Needs Java (Debian: default-jre-headless).
// Run alone: BUILD_DIR=.builds/quality npx remix build && node scripts/quality/html-validate.mjs
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PAGES } from "./pages.mjs";
import { REPORTS_DIR, ROOT, startServer, writeReport } from "./server.mjs";

const VNU = path.join(ROOT, "node_modules/vnu-jar/build/dist/vnu.jar");

/** @param {string} name */
export function slug(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/**
 * Runs vnu on files; returns its messages grouped by file path.
 * @param {string[]} files
 * @returns {Map<string, { type: string, subType?: string, message: string, lastLine?: number, extract?: string }[]>}
 */
export function vnu(files) {
  const result = spawnSync("java", ["-jar", VNU, "--format", "json", "--stdout", "--exit-zero-always", ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (result.error) throw new Error(`could not run vnu (is Java installed?): ${result.error.message}`);
  let parsed;
  try {
    parsed = JSON.parse(result.stdout);
  } catch {
    throw new Error(`vnu did not print JSON (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  /** @type {Map<string, any[]>} */
  const byFile = new Map(files.map((f) => [f, []]));
  for (const m of parsed.messages ?? []) {
    const file = m.url ? decodeURIComponent(new URL(m.url).pathname) : "";
    const list = byFile.get(file) ?? byFile.get(path.resolve(file));
    if (list) list.push(m);
    else for (const l of byFile.values()) l.push(m); // a message without a file concerns them all
  }
  return byFile;
}

async function main() {
  const dir = path.join(REPORTS_DIR, "html");
  mkdirSync(dir, { recursive: true });
  const server = await startServer();
  /** @type {{ page: typeof PAGES[number], file: string, status: number }[]} */
  const saved = [];
  try {
    for (const page of PAGES) {
      const res = await fetch(server.ipURL + page.path, { redirect: "manual", signal: AbortSignal.timeout(15_000) });
      const html = await res.text();
      const file = path.join(dir, `${slug(page.name)}.html`);
      writeFileSync(file, html);
      saved.push({ page, file, status: res.status });
    }
  } finally {
    await server.stop();
  }

  const messages = vnu(saved.map((s) => s.file));
  /** @type {import("./server.mjs").Check[]} */
  const checks = [];
  for (const { page, file, status } of saved) {
    const list = messages.get(file) ?? [];
    const errors = list.filter((m) => m.type === "error" || m.type === "non-document-error" || m.subType === "fatal");
    const warnings = list.filter((m) => m.type === "info" && m.subType === "warning");
    const describe = (/** @type {any} */ m) => `line ${m.lastLine ?? "?"}: ${m.message}${m.extract ? ` [${m.extract.trim().slice(0, 80)}]` : ""}`;
    const parts = [`HTTP ${status}`, `${errors.length} errors`, `${warnings.length} warnings`];
    if (errors.length) parts.push(errors.map(describe).join(" | "));
    if (warnings.length) parts.push("warnings: " + warnings.map(describe).join(" | "));
    checks.push({
      name: `vnu ${page.name} (${page.path.length > 40 ? page.path.slice(0, 37) + "…" : page.path})`,
      ok: errors.length === 0,
      detail: parts.join("; ") + `; file ${path.relative(ROOT, file)}`,
    });
  }
  process.exitCode = writeReport("html-validate", checks);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error) => {
    console.error(error);
    writeReport("html-validate", [{ name: "html-validate ran", ok: false, detail: String(error?.message ?? error) }]);
    process.exitCode = 1;
  });
}
