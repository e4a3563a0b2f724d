#!/usr/bin/env node
// `npm test`: the full gate. First the system packages the stages need (installed when root with apt-get, else
// one line naming the install command and exit 1), then every stage, then one closing line
// "N passed, N failed, N skipped" computed from the runners' JSON reports (CI reads only that line). Stages that
// need different things run together: the checks before the browser tests, and after them the correctness checks
// in three lanes; the browser tests (they keep both cores busy), Lighthouse and the load test (they measure speed)
// run alone. Exits non-zero if anything failed.
//
// Two runs on one machine keep apart with TEST_PORTS (a range such as 3350-3399: the browser tests' server takes
// the first port, the crash tests the next two, the gates the rest), BUILD_DIR and E2E_DIR.
import { existsSync } from "node:fs";
import path from "node:path";
import { ensurePrerequisites } from "./prerequisites.mjs";
import {
  REPORTS,
  check,
  failWithout,
  freshReports,
  gate,
  playwright,
  summary,
  together,
  vitest,
} from "./stages.mjs";

if (!ensurePrerequisites()) process.exit(1);
freshReports();

const [firstPort = 3100, lastPort = 3299] = (process.env.TEST_PORTS ?? "3100-3299")
  .split("-")
  .map(Number);
// One build for the browser tests and the gates: the gates start after the browser tests' server has stopped.
const BUILD_DIR = process.env.BUILD_DIR || ".builds/test";
const E2E_PORT = process.env.E2E_PORT || String(firstPort);
const env = { BUILD_DIR, E2E_PORT, QUALITY_PORTS: `${firstPort + 3}-${lastPort}` };

await check("content build (mdx-bundler, front matter schemas)", "npx", [
  "tsx",
  "scripts/build-content.ts",
]);
// The production build and the PostgreSQL suites need only the content build, so they run beside the type-check,
// lint and unit tests instead of after them: the build and PostgreSQL's start-up leave the cores idle at times.
const [, , , built] = await together(
  check("type-check (tsc)", "npx", ["tsc"], { quiet: true }),
  check("lint (eslint)", "npx", ["eslint", ".", "--max-warnings=0"], { quiet: true }),
  // The answer space is split over four files (app/decision/principles-*.test.ts): two workers share them.
  vitest(
    "unit tests (vitest; storage suites on SQLite)",
    ["--maxWorkers=2"],
    `${REPORTS}/unit.json`,
    {
      quiet: true,
    },
  ),
  check("production build", "npx", ["remix", "build"], { env, quiet: true }),
  // Only the storage tests differ on PostgreSQL; every other test in these files ran in the unit stage.
  vitest(
    "storage suites on PostgreSQL (records, team rounds, concurrent migrations)",
    [
      "app/records/records.test.ts",
      "app/rounds/rounds.test.ts",
      "app/records/migration-lock.test.ts",
      "--testNamePattern=on 'postgres'|PostgreSQL",
    ],
    `${REPORTS}/postgres.json`,
    { wrapper: ["node", "scripts/with-postgres.mjs"], notRun: "the unit stage", quiet: true },
  ),
);
if (built && existsSync(path.join(BUILD_DIR, "index.js"))) {
  await playwright("browser and HTTP tests (playwright, Chromium)", [], `${REPORTS}/e2e.json`, {
    env,
  });
  // The correctness checks after the browser tests spend most of their time waiting for servers to start, stop
  // and be killed (measured under load: 233 CPU-seconds in 1,720 s of wall time run one after another), so they
  // run in three lanes at once: the PostgreSQL checks (one throwaway cluster at a time), the SQLite crash tests,
  // and the gates that only read pages. Each starts its own servers on its own ports. Lighthouse and the load test
  // measure speed, so they run afterwards, alone.
  const lane = async (/** @type {(() => Promise<unknown>)[]} */ ...stages) => {
    for (const stage of stages) await stage();
  };
  const quietEnv = { env, quiet: true };
  await together(
    lane(
      () =>
        check(
          "two app instances on one PostgreSQL: save, read, edit, rotate across them; shared limits; no stale record; team-round races",
          "node",
          ["scripts/with-postgres.mjs", "node", "scripts/multi-instance.mjs"],
          quietEnv,
        ),
      () =>
        check(
          "crash test: the same on PostgreSQL, 2 rounds",
          "node",
          ["scripts/with-postgres.mjs", "node", "scripts/rounds-crash.mjs", "--rounds", "2"],
          quietEnv,
        ),
      () =>
        check(
          "team round: 50 members answer at once (PostgreSQL)",
          "node",
          ["scripts/with-postgres.mjs", "node", "scripts/rounds-load.mjs"],
          quietEnv,
        ),
    ),
    lane(
      () =>
        check(
          "crash test: SIGKILL during saves, 20 rounds (SQLite)",
          "node",
          ["scripts/crash-test.mjs", "--rounds", "20", "--base-port", String(firstPort + 1)],
          quietEnv,
        ),
      () =>
        check(
          "crash test: SIGKILL while a team round's members answer, then mid-settle and mid-save, 5 rounds (SQLite)",
          "node",
          ["scripts/rounds-crash.mjs", "--rounds", "5"],
          quietEnv,
        ),
    ),
    lane(
      () =>
        check(
          "team round: 50 members answer at once (SQLite)",
          "node",
          ["scripts/rounds-load.mjs"],
          quietEnv,
        ),
      () =>
        gate("HTML validator (vnu), every page in both languages", "html-validate.mjs", quietEnv),
      () => gate("page weight budgets (JS and HTML)", "weight.mjs", quietEnv),
      () => gate("security headers (MDN HTTP Observatory)", "observatory.mjs", quietEnv),
      () => gate("malformed input and oversized bodies", "malformed.mjs", quietEnv),
    ),
  );
  // One run a page; a page below the threshold is measured twice more and the best run judged (noise only adds time).
  await gate("Lighthouse (mobile)", "lighthouse.mjs", { env });
  await gate("load: 30 s at 50 connections; SIGTERM during load", "load.mjs", { env });
} else {
  failWithout("browser tests and gates: not run, the build failed");
}

process.exit(summary());
