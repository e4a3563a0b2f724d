#!/usr/bin/env node
// `npm test`: every check, in order, then one closing line "N passed, N failed, N skipped" computed from the
// runners' JSON reports (CI reads only that line). Exits non-zero if anything failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const reports = "reports";
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(cmd, args, env = {}) {
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return { ok: result.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

/** A check that is one test: it passes or fails as a whole. */
function check(name, cmd, args, env) {
  console.log(`\n── ${name} ──`);
  const { ok, seconds } = run(cmd, args, env);
  totals[ok ? "passed" : "failed"] += 1;
  lines.push(`${ok ? "ok  " : "FAIL"} ${name} (${seconds} s)`);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/** Vitest: count from its JSON report. */
function vitest(name, args, reportFile, wrapper = []) {
  console.log(`\n── ${name} ──`);
  const command = [
    ...wrapper,
    "npx",
    "vitest",
    "run",
    ...args,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${reportFile}`,
  ];
  const { ok, seconds } = run(command[0], command.slice(1));
  const report = readJson(reportFile);
  if (!report) {
    totals.failed += 1;
    lines.push(`FAIL ${name}: no report (${seconds} s)`);
    return;
  }
  const passed = report.numPassedTests ?? 0;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A file that fails to load has no test results of its own: count it as a failure too.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === "failed" && (file.assertionResults ?? []).length === 0,
  ).length;
  let failed = (report.numFailedTests ?? 0) + brokenFiles;
  if (!ok && failed === 0) failed = 1;
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(
    `${ok ? "ok  " : "FAIL"} ${name}: ${passed} passed, ${failed} failed, ${skipped} skipped (${seconds} s)`,
  );
}

/** A quality gate from scripts/quality: counts from its JSON report ({ passed, failed, skipped, checks }). */
function gate(name, script, env = {}) {
  console.log(`\n── ${name} ──`);
  const reportFile = `${reports}/${script.replace(/\.mjs$/, "")}.json`;
  const { ok, seconds } = run("node", [`scripts/quality/${script}`], { BUILD_DIR: QUALITY_BUILD, ...env });
  const report = readJson(reportFile);
  if (!report) {
    totals.failed += 1;
    lines.push(`FAIL ${name}: no report (${seconds} s)`);
    return;
  }
  const failed = (report.failed ?? 0) + (ok || report.failed > 0 ? 0 : 1);
  totals.passed += report.passed ?? 0;
  totals.failed += failed;
  totals.skipped += report.skipped ?? 0;
  lines.push(`${ok ? "ok  " : "FAIL"} ${name}: ${report.passed} passed, ${failed} failed, ${report.skipped ?? 0} skipped (${seconds} s)`);
}

const QUALITY_BUILD = ".builds/quality";

/** Playwright: count from its JSON report (reporter configured in playwright.config.ts). */
function playwright(name, args, reportFile, env) {
  console.log(`\n── ${name} ──`);
  const { ok, seconds } = run("npx", ["playwright", "test", ...args], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile,
    ...env,
  });
  const report = readJson(reportFile);
  if (!report?.stats) {
    totals.failed += 1;
    lines.push(`FAIL ${name}: no report (${seconds} s)`);
    return;
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  const errors = report.errors?.length ?? 0;
  totals.passed += expected;
  totals.failed += unexpected + flaky + errors + (ok || unexpected + flaky + errors > 0 ? 0 : 1);
  totals.skipped += skipped;
  lines.push(
    `${ok ? "ok  " : "FAIL"} ${name}: ${expected} passed, ${unexpected + flaky} failed, ${skipped} skipped (${seconds} s)`,
  );
}

check("content build (mdx-bundler, front matter schemas)", "npx", [
  "tsx",
  "scripts/build-content.ts",
]);
check("type-check (tsc)", "npx", ["tsc"]);
check("lint (eslint)", "npx", ["eslint", ".", "--max-warnings=0"]);
vitest("unit tests (vitest; storage suite on SQLite)", [], `${reports}/unit.json`);
// The same storage suite against a real PostgreSQL server started for the purpose.
vitest("storage suite on PostgreSQL", ["app/records"], `${reports}/postgres.json`, [
  "node",
  "scripts/with-postgres.mjs",
]);
vitest("team-round storage suite on PostgreSQL", ["app/rounds"], `${reports}/postgres-rounds.json`, [
  "node",
  "scripts/with-postgres.mjs",
]);
const built = check("production build", "npx", ["remix", "build"]);
if (built && existsSync("build/index.js")) {
  playwright("browser and HTTP tests (playwright, Chromium)", [], `${reports}/e2e.json`);
  check("two app instances on one PostgreSQL: save, read, edit, rotate across them; shared limits; no stale record; team-round races", "node", [
    "scripts/with-postgres.mjs",
    "node",
    "scripts/multi-instance.mjs",
  ]);
  check("crash test: SIGKILL during saves, 20 rounds (SQLite)", "node", [
    "scripts/crash-test.mjs",
    "--rounds",
    "20",
  ]);
  check("crash test: SIGKILL while a team round's members answer, then mid-settle and mid-save, 5 rounds (SQLite)", "node", [
    "scripts/rounds-crash.mjs",
    "--rounds",
    "5",
  ]);
  check("crash test: the same on PostgreSQL, 2 rounds", "node", [
    "scripts/with-postgres.mjs",
    "node",
    "scripts/rounds-crash.mjs",
    "--rounds",
    "2",
  ]);
  check("team round: 50 members answer at once (SQLite)", "node", ["scripts/rounds-load.mjs"]);
  check("team round: 50 members answer at once (PostgreSQL)", "node", [
    "scripts/with-postgres.mjs",
    "node",
    "scripts/rounds-load.mjs",
  ]);
  // The quality gates run against a build of their own, so that they never race the browser tests' server.
  if (check("build for the quality gates", "npx", ["remix", "build"], { BUILD_DIR: QUALITY_BUILD })) {
    gate("HTML validator (vnu), every page in both languages", "html-validate.mjs");
    gate("page weight budgets (JS and HTML)", "weight.mjs");
    gate("security headers (MDN HTTP Observatory)", "observatory.mjs");
    gate("malformed input and oversized bodies", "malformed.mjs");
    // The median of three runs per page: one run can land on a noisy moment of a 2-core machine.
    gate("Lighthouse (mobile)", "lighthouse.mjs", { LIGHTHOUSE_RUNS: "3" });
    gate("load: 30 s at 50 connections; SIGTERM during load", "load.mjs");
  }
} else {
  totals.failed += 1;
  lines.push("FAIL browser tests: not run, the build failed");
}

console.log("\n── summary ──");
for (const line of lines) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
