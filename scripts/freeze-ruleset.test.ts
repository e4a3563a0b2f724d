// The freeze script's encoding of an equal ruleset reproduces the first frozen version: re-encoding
// r-23d3afeee0's outcomes gives a file that reads back the same outcome for every answer set.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FROZEN } from "~/decision/frozen-versions";
import {
  freezeOutcomes,
  frozenAnswerSpace,
  readFrozen,
  type FrozenDiagram,
} from "~/decision/frozen-outcomes";
import { currentQuestions, registerFrozen, renderFrozenModule } from "./freeze-ruleset";

const DIR = path.resolve(".cache/freeze-ruleset-test");
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe("freeze-ruleset", () => {
  it("re-encodes r-23d3afeee0 into a file that reads back every outcome", async () => {
    const first = FROZEN["r-23d3afeee0"]!;
    const diagram = freezeOutcomes("r-23d3afeee0", first.questions, (a) => readFrozen(first, a)!);
    mkdirSync(DIR, { recursive: true });
    const file = path.join(DIR, "r-23d3afeee0.ts");
    writeFileSync(file, await renderFrozenModule(diagram));
    const { frozen } = (await import(/* @vite-ignore */ file)) as { frozen: FrozenDiagram };

    let count = 0;
    for (const answers of frozenAnswerSpace(first.questions)) {
      const then = readFrozen(first, answers);
      const again = readFrozen(frozen, answers);
      if (JSON.stringify(again) !== JSON.stringify(then))
        throw new Error(`${JSON.stringify(answers)}: ${JSON.stringify([then, again])}`);
      count++;
    }
    expect(count).toBe(19_440);
    // The diagram is a fraction of the flat table's two characters per answer set.
    const size = readFileSync(file, "utf8").length;
    expect(size).toBeLessThan(2 * count);
    console.log(
      `r-23d3afeee0: ${frozen.outcomes.length} outcomes, ${frozen.nodes.length} nodes, ${size} bytes`,
    );
  });

  it("describes today's answer space by the question list", () => {
    const questions = currentQuestions();
    expect(questions.map((q) => q.id)).toEqual([
      "arch",
      "domains",
      "sso",
      "idp",
      "tokens",
      "clients",
      "logout",
      "deploy",
      "store",
      "assurance",
    ]);
    expect(questions.find((q) => q.id === "clients")?.kind).toBe("multiple");
  });

  it("registers a version once, above the mark", () => {
    const index = readFileSync(path.resolve("app/decision/frozen-versions.ts"), "utf8");
    const once = registerFrozen(index, "r-0123456789");
    expect(once).toContain(`import { frozen as r0123456789 } from "./frozen/r-0123456789";`);
    expect(once).toMatch(
      /"r-0123456789": r0123456789,\n\s*\/\/ freeze-ruleset: new versions go above this line/,
    );
    expect(registerFrozen(once, "r-0123456789")).toBe(once);
  });
});
