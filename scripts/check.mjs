#!/usr/bin/env node
// `npm run check`: the fast inner loop, about two minutes on a 2-core machine. Type-check, lint and every unit
// test (golden and expert scenarios, codec, content, storage on SQLite) run at the same time; the SPEC principle
// tests check a SAMPLED answer space (one answer set in ANSWER_SPACE_SAMPLE, 23 by default) where `npm test`
// checks all of it. No browser, no PostgreSQL, no gates: those are `npm test`'s. Ends with one closing line.
import { mkdirSync } from "node:fs";
import { REPORTS, check, summary, together, vitest } from "./stages.mjs";

const SAMPLE = process.env.ANSWER_SPACE_SAMPLE || "23";
mkdirSync(REPORTS, { recursive: true });

await together(
  check("lint (eslint)", "npx", ["eslint", ".", "--max-warnings=0"], { quiet: true }),
  // The type-check and the unit tests read the generated content manifest and og-image list.
  check("content build", "npx", ["tsx", "scripts/build-content.ts"], { quiet: true }).then(() =>
    together(
      check("type-check (tsc)", "npx", ["tsc"], { quiet: true }),
      vitest(
        `unit tests (vitest; answer space SAMPLED, one in ${SAMPLE})`,
        ["--maxWorkers=2"],
        `${REPORTS}/check-unit.json`,
        { env: { ANSWER_SPACE_SAMPLE: SAMPLE }, quiet: true },
      ),
    ),
  ),
);

process.exit(summary(` (answer space sampled: one in ${SAMPLE}; npm test checks all of it)`));
