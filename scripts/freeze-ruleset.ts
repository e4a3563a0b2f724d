// npm run freeze-ruleset: keeps today's ruleset version's outcomes after its rules change. It evaluates every
// answer set, writes app/decision/frozen/<version>.ts (format 2, app/decision/frozen-outcomes.ts) and registers
// it in app/decision/frozen-versions.ts. Publishing a new version is then: freeze, change the rules, add the new
// version's change note to app/decision/published-versions.ts (docs/decisions/0013-question-list-and-frozen-rulesets.md).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as prettier from "prettier";
import { ANSWER_SPACE_SIZE, answerSpace, answerSpaceIndex } from "~/decision/answer-space";
import { evaluateDecision, outcomeOf } from "~/decision/evaluate";
import {
  freezeOutcomes,
  type FrozenDiagram,
  type FrozenOutcome,
  type FrozenQuestion,
} from "~/decision/frozen-outcomes";
import { publishedVersion } from "~/decision/published-versions";
import { DECIDING_QUESTIONS, catalog, type Answers } from "~/decision/questions";
import { rulesetVersion } from "~/decision/version";

const FROZEN_DIR = path.resolve("app/decision/frozen");
const REGISTER_MARK = "  // freeze-ruleset: new versions go above this line";

/** Today's answer space as a frozen file describes it: the deciding questions with their values. */
export function currentQuestions(): FrozenQuestion[] {
  return DECIDING_QUESTIONS.map((id) => ({
    id,
    kind: catalog[id].kind,
    values: [...catalog[id].values],
  }));
}

/** One in how many answer sets the freeze also evaluates in full, to check the fast path it freezes with. */
export const VERIFY_STRIDE = 101;

/**
 * Today's outcome for every answer set, by position in the answer space. Each comes from `outcomeOf`, the
 * evaluator's fast path without a trace (about 0.1 ms an answer set against about 0.7 ms for a full decision,
 * so ruleset 3's 5.2 million sets take minutes, not an hour); every VERIFY_STRIDE-th set is also evaluated in
 * full, and any difference stops the freeze. Equal outcomes share one object.
 */
export async function evaluateSpace(
  progress: (done: number) => void = () => {},
): Promise<FrozenOutcome[]> {
  const out: FrozenOutcome[] = new Array(ANSWER_SPACE_SIZE);
  const shared = new Map<string, FrozenOutcome>();
  let n = 0;
  for (const answers of answerSpace()) {
    const o = outcomeOf(answers);
    const key = `${o.approach}|${[...o.addOns].sort().join(",")}`;
    let outcome = shared.get(key);
    if (!outcome) shared.set(key, (outcome = { approach: o.approach, addOns: [...o.addOns] }));
    if (n % VERIFY_STRIDE === 0) {
      const d = await evaluateDecision(answers);
      if (d.approach !== o.approach || [...d.addOns].sort().join() !== [...o.addOns].sort().join())
        throw new Error(
          `outcomeOf and evaluateDecision differ for ${JSON.stringify(answers)}: ${key} against ${d.approach}|${[...d.addOns].sort().join(",")}`,
        );
    }
    out[answerSpaceIndex(answers)] = outcome;
    if (++n % 500_000 === 0) progress(n);
  }
  return out;
}

/** Formatted as `npm run format` would, so that formatting the tree leaves generated files as written. */
async function formatted(text: string, filepath: string): Promise<string> {
  const options = await prettier.resolveConfig(filepath);
  return prettier.format(text, { ...options, filepath });
}

/** A frozen version's module text. */
export async function renderFrozenModule(frozen: FrozenDiagram): Promise<string> {
  const text = `// The outcomes of ruleset ${frozen.version} for every answer set, frozen by \`npm run freeze-ruleset\`
// when newer rules replaced it. Generated: do not edit. Read with ../frozen-outcomes.ts (format 2); the
// registry (../frozen-versions.ts) checks its type.
export const frozen = ${JSON.stringify(frozen)} as const;
`;
  return formatted(text, path.join(FROZEN_DIR, `${frozen.version}.ts`));
}

/** The registry with one more version (its import and its entry); unchanged if it is there already. */
export function registerFrozen(indexSource: string, version: string): string {
  const name = version.replace(/[^A-Za-z0-9]/g, "");
  if (indexSource.includes(`"${version}":`)) return indexSource;
  if (!indexSource.includes(REGISTER_MARK))
    throw new Error("frozen-versions.ts: the register mark is gone");
  const lines = indexSource.split("\n");
  const lastImport = lines.map((l) => l.startsWith("import ")).lastIndexOf(true);
  lines.splice(lastImport + 1, 0, `import { frozen as ${name} } from "./frozen/${version}";`);
  return lines.join("\n").replace(REGISTER_MARK, `  "${version}": ${name},\n${REGISTER_MARK}`);
}

async function main() {
  const force = process.argv.includes("--force");
  const out = path.join(FROZEN_DIR, `${rulesetVersion}.ts`);
  if (!publishedVersion(rulesetVersion))
    throw new Error(
      `${rulesetVersion} was never published: add its change note to published-versions.ts first`,
    );
  if (existsSync(out) && !force) throw new Error(`${out} exists (--force rewrites it)`);
  const started = Date.now();
  const table = await evaluateSpace((done) =>
    console.log(`${rulesetVersion}: ${done} of ${ANSWER_SPACE_SIZE} answer sets`),
  );
  const frozen = freezeOutcomes(
    rulesetVersion,
    currentQuestions(),
    (a) => table[answerSpaceIndex(a as Answers)]!,
  );
  const text = await renderFrozenModule(frozen);
  mkdirSync(FROZEN_DIR, { recursive: true });
  writeFileSync(out, text);
  const index = path.resolve("app/decision/frozen-versions.ts");
  writeFileSync(
    index,
    await formatted(registerFrozen(readFileSync(index, "utf8"), rulesetVersion), index),
  );
  console.log(
    `${rulesetVersion}: ${ANSWER_SPACE_SIZE} answer sets → ${frozen.outcomes.length} outcomes, ` +
      `${frozen.nodes.length} nodes, ${text.length} bytes in ${path.relative(".", out)} ` +
      `(${((Date.now() - started) / 1000).toFixed(1)} s); registered in ${path.relative(".", index)}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
