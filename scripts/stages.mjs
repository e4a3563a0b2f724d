// @ts-check
// Test stages for `npm test` and `npm run check`: each stage runs a command, reads its runner's JSON report and
// adds its counts to one tally, which ends in the closing line "N passed, N failed, N skipped". Stages may run at
// the same time (`together`): their output is then held back and printed as one block when each ends.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";

export const REPORTS = "reports";

/** Starts with an empty reports folder (the gates and runners write their JSON there). */
export function freshReports() {
  rmSync(REPORTS, { recursive: true, force: true });
  mkdirSync(REPORTS, { recursive: true });
}

const totals = { passed: 0, failed: 0, skipped: 0 };
/** @type {string[]} */
const lines = [];

/**
 * @typedef {{ env?: Record<string, string>, quiet?: boolean }} RunOptions
 *   quiet: hold the output back and print it in one block at the end (for stages running together)
 */

/**
 * @param {string} name @param {string} cmd @param {string[]} args @param {RunOptions} options
 * @returns {Promise<{ ok: boolean, seconds: string, output: string }>}
 */
function run(name, cmd, args, { env = {}, quiet = false } = {}) {
  const started = Date.now();
  if (!quiet) console.log(`\n── ${name} ──`);
  const child = spawn(cmd, args, {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  let output = "";
  /** @param {NodeJS.WriteStream} stream */
  const collect = (stream) => (/** @type {Buffer} */ chunk) => {
    if (!quiet) stream.write(chunk);
    output += chunk;
    // A stage printed as it runs keeps only its tail, for the summary's "why" lines.
    if (!quiet && output.length > 64_000) output = output.slice(-16_000);
  };
  child.stdout?.on("data", collect(process.stdout));
  child.stderr?.on("data", collect(process.stderr));
  return new Promise((resolve) => {
    const finish = (/** @type {number | null} */ code) => {
      if (quiet) console.log(`\n── ${name} ──\n${output.trimEnd()}`);
      resolve({ ok: code === 0, seconds: ((Date.now() - started) / 1000).toFixed(1), output });
    };
    child.on("error", (error) => {
      output += String(error);
      finish(null);
    });
    child.on("close", finish);
  });
}

/**
 * Under a failed stage's summary line: what failed, at most eight lines, so that a log that keeps only its tail
 * (as CI's does) still names the failing tests. @param {string[]} why
 */
function explain(why) {
  for (const line of why.slice(0, 8))
    lines.push(`       ✘ ${line.replace(/\s+/g, " ").slice(0, 200)}`);
  if (why.length > 8) lines.push(`       … and ${why.length - 8} more`);
}

/** The last lines of a failed command's output that say why. @param {string} output */
function lastLines(output) {
  return output
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(-4);
}

/** @param {string} file */
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/**
 * Adds a stage's counts; a stage whose command failed counts at least one failure.
 * @param {string} name @param {boolean} ok @param {string} seconds
 * @param {{ passed: number, failed: number, skipped: number }} counts @param {string} [note]
 */
function record(name, ok, seconds, counts, note = "") {
  const failed = counts.failed + (ok || counts.failed > 0 ? 0 : 1);
  totals.passed += counts.passed;
  totals.failed += failed;
  totals.skipped += counts.skipped;
  lines.push(
    `${ok ? "ok  " : "FAIL"} ${name}: ${counts.passed} passed, ${failed} failed, ${counts.skipped} skipped${note} (${seconds} s)`,
  );
}

/**
 * A check that is one test: it passes or fails as a whole.
 * @param {string} name @param {string} cmd @param {string[]} args @param {RunOptions} [options]
 */
export async function check(name, cmd, args, options) {
  const { ok, seconds, output } = await run(name, cmd, args, options);
  totals[ok ? "passed" : "failed"] += 1;
  lines.push(`${ok ? "ok  " : "FAIL"} ${name} (${seconds} s)`);
  if (!ok) explain(lastLines(output));
  return ok;
}

/**
 * Vitest: counts from its JSON report. `wrapper` runs vitest inside another command (with-postgres).
 * `notRun` names the tests the stage leaves to another one (a -t filter): they are not counted as skipped.
 * @param {string} name @param {string[]} args @param {string} reportFile
 * @param {RunOptions & { wrapper?: string[], notRun?: string }} [options]
 */
export async function vitest(name, args, reportFile, { wrapper = [], notRun, ...options } = {}) {
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
  const { ok, seconds } = await run(name, command[0] ?? "npx", command.slice(1), options);
  const report = readJson(reportFile);
  if (!report)
    return record(name, false, seconds, { passed: 0, failed: 0, skipped: 0 }, ": no report");
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A file that fails to load has no test results of its own: count it as a failure too.
  const brokenFiles = (report.testResults ?? []).filter(
    (/** @type {any} */ file) =>
      file.status === "failed" && (file.assertionResults ?? []).length === 0,
  ).length;
  const counts = {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: notRun ? 0 : skipped,
  };
  // A filter that matches nothing (a renamed suite) must not pass quietly.
  if (notRun && counts.passed + counts.failed === 0) {
    return record(name, false, seconds, { ...counts, failed: 1 }, ": no test matched the filter");
  }
  record(name, ok, seconds, counts, notRun ? ` (${skipped} left to ${notRun})` : "");
  /** @type {string[]} */
  const why = [];
  for (const file of report.testResults ?? []) {
    const where = String(file.name ?? "").replace(`${process.cwd()}/`, "");
    if (file.status === "failed" && (file.assertionResults ?? []).length === 0)
      why.push(`${where}: ${String(file.message ?? "did not load").split("\n")[0]}`);
    for (const test of file.assertionResults ?? [])
      if (test.status === "failed") why.push(`${where} › ${test.fullName}`);
  }
  explain(why);
}

/**
 * Playwright: counts from its JSON report (reporter configured in playwright.config.ts).
 * @param {string} name @param {string[]} args @param {string} reportFile @param {RunOptions} [options]
 */
export async function playwright(name, args, reportFile, options = {}) {
  const env = { PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile, ...options.env };
  const { ok, seconds, output } = await run(name, "npx", ["playwright", "test", ...args], {
    ...options,
    env,
  });
  const report = readJson(reportFile);
  if (!report?.stats) {
    record(name, false, seconds, { passed: 0, failed: 0, skipped: 0 }, ": no report");
    return explain(lastLines(output));
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  const failed = unexpected + flaky + (report.errors?.length ?? 0);
  record(name, ok, seconds, { passed: expected, failed, skipped });
  /** @type {string[]} */
  const why = (report.errors ?? []).map(
    (/** @type {any} */ e) => String(e.message ?? e).split("\n")[0],
  );
  /** @param {any} suite */
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? [])
        if (test.status === "unexpected" || test.status === "flaky") {
          const error = (test.results ?? []).find((/** @type {any} */ r) => r.error)?.error;
          const first = String(error?.message ?? "")
            // Terminal colour codes out.
            .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g"), "")
            .split("\n")[0];
          why.push(
            `${spec.file}:${spec.line} ${spec.title} [${test.projectName}]${first ? `: ${first}` : ""}`,
          );
        }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  explain(why);
}

/**
 * A quality gate from scripts/quality: counts from its JSON report ({ passed, failed, skipped, checks }).
 * @param {string} name @param {string} script @param {RunOptions} [options]
 */
export async function gate(name, script, options = {}) {
  const reportFile = `${REPORTS}/${script.replace(/\.mjs$/, "")}.json`;
  const { ok, seconds, output } = await run(name, "node", [`scripts/quality/${script}`], options);
  const report = readJson(reportFile);
  if (!report) {
    record(name, false, seconds, { passed: 0, failed: 0, skipped: 0 }, ": no report");
    return explain(lastLines(output));
  }
  record(name, ok, seconds, {
    passed: report.passed ?? 0,
    failed: report.failed ?? 0,
    skipped: report.skipped ?? 0,
  });
  if (ok && !(report.failed > 0)) return;
  explain(
    (report.checks ?? [])
      .filter((/** @type {any} */ c) => c.ok === false)
      .map((/** @type {any} */ c) => `${c.name}: ${c.detail ?? ""}`),
  );
}

/** Counts a stage that could not run as one failure. @param {string} line */
export function failWithout(line) {
  totals.failed += 1;
  lines.push(`FAIL ${line}`);
}

/** Stages that run at the same time, each printing its output in one block when it ends. */
export function together(/** @type {Promise<unknown>[]} */ ...stages) {
  return Promise.all(stages);
}

/**
 * Prints every stage's line and the closing line; returns the exit code.
 * @param {string} [closing] words after the counts (e.g. what was sampled)
 */
export function summary(closing = "") {
  console.log("\n── summary ──");
  for (const line of lines) console.log(line);
  console.log(
    `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped${closing}`,
  );
  return totals.failed > 0 ? 1 : 0;
}
