import { describe, expect, it } from "vitest";
import {
  freezeOutcomes,
  frozenAnswerSpace,
  readFrozen,
  type FrozenDiagram,
  type FrozenOutcome,
  type FrozenQuestion,
  type FrozenTable,
} from "./frozen-outcomes";
import { ADD_ONS, APPROACHES } from "./outcomes";

/** Every outcome this code can produce: each approach with each set of add-ons. */
const EVERY_OUTCOME: FrozenOutcome[] = APPROACHES.flatMap((approach) =>
  Array.from({ length: 2 ** ADD_ONS.length }, (_, mask) => ({
    approach,
    addOns: ADD_ONS.filter((_, bit) => mask & (1 << bit)),
  })),
);

describe("frozen outcomes", () => {
  it("keep every approach with every set of add-ons apart: the encoding has room for all of them", () => {
    // One single-choice question with a value per outcome, so that every outcome must be told apart.
    const questions: FrozenQuestion[] = [
      { id: "which", kind: "single", values: EVERY_OUTCOME.map((_, i) => `o${i}`) },
    ];
    const frozen = freezeOutcomes(
      "r-test",
      questions,
      (a) => EVERY_OUTCOME[Number(String(a.which).slice(1))]!,
    );
    expect(frozen.outcomes).toHaveLength(EVERY_OUTCOME.length);
    EVERY_OUTCOME.forEach((o, i) => expect(readFrozen(frozen, { which: `o${i}` })).toEqual(o));
  });

  it("read back what was frozen over single and multiple-choice questions, with identical parts shared", () => {
    const questions: FrozenQuestion[] = [
      { id: "a", kind: "single", values: ["x", "y", "z"] },
      { id: "m", kind: "multiple", values: ["p", "q", "r"] },
      { id: "b", kind: "single", values: ["u", "v"] },
    ];
    // `b` never matters and `a` only through "z": the diagram leaves both out where they do not.
    const outcomeAt = (a: Readonly<Record<string, unknown>>): FrozenOutcome => ({
      approach: a.a === "z" ? "gateway-token" : "server-session",
      addOns: (a.m as string[]).includes("q") ? ["csrf"] : [],
    });
    const frozen = freezeOutcomes("r-test", questions, outcomeAt);
    let count = 0;
    for (const answers of frozenAnswerSpace(questions)) {
      expect(readFrozen(frozen, answers)).toEqual(outcomeAt(answers));
      count++;
    }
    expect(count).toBe(3 * 7 * 2);
    expect(frozen.nodes.length).toBeLessThanOrEqual(3);
  });

  it("answer nothing for a value or an empty choice the version did not know", () => {
    const questions: FrozenQuestion[] = [{ id: "m", kind: "multiple", values: ["p", "q"] }];
    const frozen = freezeOutcomes("r-test", questions, () => EVERY_OUTCOME[0]!);
    expect(readFrozen(frozen, { m: ["p"] })).toEqual(EVERY_OUTCOME[0]);
    expect(readFrozen(frozen, { m: ["p", "new"] })).toBeUndefined();
    expect(readFrozen(frozen, { m: [] })).toBeUndefined();
  });

  it("fail loudly on an approach or add-on this code does not know", () => {
    const questions: FrozenQuestion[] = [{ id: "a", kind: "single", values: ["x"] }];
    const unknown = { approach: "fifth-approach", addOns: [] } as unknown as FrozenOutcome;
    expect(() => freezeOutcomes("r-test", questions, () => unknown)).toThrow(/fifth-approach/);
    const diagram: FrozenDiagram = {
      format: 2,
      version: "r-test",
      questions,
      outcomes: [{ approach: "server-session", addOns: ["new-add-on"] }],
      nodes: [],
      root: -1,
    };
    expect(() => readFrozen(diagram, { a: "x" })).toThrow(/new-add-on/);
  });

  it("fail loudly on a format-1 code that sets a bit no add-on of the table has", () => {
    const table: FrozenTable = {
      format: 1,
      questions: [{ id: "a", kind: "single", values: ["x", "y"] }],
      approaches: ["server-session", "gateway-token", "access-refresh", "stateless-token"],
      addOns: ["csrf"],
      // "EA": code 4 = csrf with server-session; "IA": code 8, a bit beyond the table's one add-on.
      table: "EAIA",
    };
    expect(readFrozen(table, { a: "x" })).toEqual({ approach: "server-session", addOns: ["csrf"] });
    expect(() => readFrozen(table, { a: "y" })).toThrow(/bit/);
  });
});
