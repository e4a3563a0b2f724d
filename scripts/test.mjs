#!/usr/bin/env node
// `npm test`: the full gate. First the system packages the stages need (installed when root with apt-get, else
// one line naming the install command and exit 1), then every stage, then one closing line
// "N passed, N failed, N skipped" computed from the runners' JSON reports (CI reads only that line). Stages that
// need different things run together; the browser tests, crash and load tests, and the gates run one at a time
// because they measure or race real servers. Exits non-zero if anything failed.
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
await together(
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
);
const [built] = await together(
  check("production build", "npx", ["remix", "build"], { env, quiet: true }),
  // Only the storage tests differ on PostgreSQL; every other test in these files ran in the unit stage.
  vitest(
    "storage suites on PostgreSQL (records, team rounds, concurrent migrations)",
    [
      "app/records/records.test.ts",
      "app/rounds/rounds.test.ts",
      "app/platform/migration-lock.test.ts",
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
  await check(
    "two app instances on one PostgreSQL: save, read, edit, rotate across them; shared limits; no stale record; team-round races",
    "node",
    ["scripts/with-postgres.mjs", "node", "scripts/multi-instance.mjs"],
    { env },
  );
  await check(
    "crash test: SIGKILL during saves, 20 rounds (SQLite)",
    "node",
    ["scripts/crash-test.mjs", "--rounds", "20", "--base-port", String(firstPort + 1)],
    { env },
  );
  await check(
    "crash test: SIGKILL while a team round's members answer, then mid-settle and mid-save, 5 rounds; SIGTERM while 50 members poll exits within the grace (SQLite)",
    "node",
    ["scripts/rounds-crash.mjs", "--rounds", "5"],
    { env },
  );
  await check(
    "crash test: the same on PostgreSQL, 2 rounds",
    "node",
    ["scripts/with-postgres.mjs", "node", "scripts/rounds-crash.mjs", "--rounds", "2"],
    { env },
  );
  await check(
    "team round: 50 members answer at once (SQLite)",
    "node",
    ["scripts/rounds-load.mjs"],
    {
      env,
    },
  );
  await check(
    "team round: 50 members answer at once (PostgreSQL)",
    "node",
    ["scripts/with-postgres.mjs", "node", "scripts/rounds-load.mjs"],
    { env },
  );
  await gate("HTML validator (vnu), every page in both languages", "html-validate.mjs", { env });
  await gate("page weight budgets (JS and HTML)", "weight.mjs", { env });
  await gate("security headers (MDN HTTP Observatory)", "observatory.mjs", { env });
  await gate("malformed input and oversized bodies", "malformed.mjs", { env });
  // One run a page; a page below the threshold is measured twice more and the best run judged (noise only adds time).
  await gate("Lighthouse (mobile)", "lighthouse.mjs", { env });
  await gate("load: 30 s at 50 connections; SIGTERM during load", "load.mjs", { env });
} else {
  failWithout("browser tests and gates: not run, the build failed");
}

process.exit(summary());
