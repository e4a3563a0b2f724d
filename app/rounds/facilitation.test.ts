import { describe, expect, test } from "vitest";
import { evaluateDecision, parseShareLink, type Answers, type QuestionId } from "~/decision";
import { GOLDEN } from "~/decision/golden";
import { dictionary } from "~/i18n";
import { facilitationView, impactOf } from "./facilitation.server";
import type { MemberAnswers } from "./model";

function answers(changes: Record<string, string>, drop: string[] = []): Answers {
  const params = new URLSearchParams(GOLDEN.G1);
  for (const [k, v] of Object.entries(changes)) params.set(k, v);
  for (const k of drop) params.delete(k);
  const parsed = parseShareLink(params.toString());
  if (!parsed.success) throw new Error("bad fixture");
  return parsed.link.answers;
}

// Aiko: G1 (Next.js). Member 2: logout at expiry, the framework left blank. Chie: microservices, minutes, Remix.
const members: MemberAnswers[] = [
  { seq: 1, name: "Aiko", answers: answers({}) },
  {
    seq: 2,
    name: "",
    answers: answers({ logout: "expiry" }, ["stack"]),
    unanswered: ["stack"] as QuestionId[],
  },
  {
    seq: 3,
    name: "Chie",
    answers: answers({ logout: "minutes", arch: "microservices", stack: "remix" }),
  },
];

const en = dictionary("en");

describe("facilitationView", () => {
  test("one card per disagreement; those that change the approach first", async () => {
    const view = await facilitationView(members, {}, "en");
    expect(view.cards.map((c) => c.question)).toEqual(["arch", "logout", "stack"]);
    expect(view.cards.map((c) => c.impact)).toEqual(["approach", "none", "none"]);
    const micro = await evaluateDecision(answers({ arch: "microservices" }));
    expect(view.cards[0]!.options.find((o) => o.value === "microservices")!.outcome!.approach).toBe(
      en.approaches[micro.approach].name,
    );
  });

  test("a blank is counted apart: never an option, never named, never a majority", async () => {
    const stack = (await facilitationView(members, {}, "en")).cards.find(
      (c) => c.question === "stack",
    )!;
    expect(stack.noAnswer).toBe(1);
    expect(stack.options.map((o) => o.value)).toEqual(["nextjs-authjs", "remix"]);
    expect(stack.options.flatMap((o) => o.names)).toEqual(["Aiko", "Chie"]);
    expect(stack.answered).toBe(2);
    expect(stack.majority).toBeUndefined();
    expect(stack.preselected).toBeUndefined();
  });

  test("a strict majority is preselected; a tie preselects nothing; a settled answer wins", async () => {
    const open = await facilitationView(members, {}, "en");
    const arch = open.cards.find((c) => c.question === "arch")!;
    expect(arch.majority).toMatchObject({ value: "monolith", count: 2 });
    expect(arch.preselected).toBe("monolith");
    expect(open.cards.find((c) => c.question === "logout")!.preselected).toBeUndefined();
    const settled = await facilitationView(
      members,
      { arch: { value: "microservices", note: "" }, logout: { value: "minutes", note: "n" } },
      "en",
    );
    expect(settled.cards.find((c) => c.question === "arch")!.preselected).toBe("microservices");
    expect(settled.cards.find((c) => c.question === "logout")!.settled).toMatchObject({
      value: "minutes",
      note: "n",
    });
  });

  test("the outcome card follows the settled answers; the settled link once all are settled", async () => {
    const open = await facilitationView(members, {}, "en");
    const g1 = await evaluateDecision(answers({}));
    expect(open.outcome.approach).toBe(en.approaches[g1.approach].name);
    expect(open.outcome).toMatchObject({ settled: 0, total: 3 });
    expect(open.settledLink).toBeUndefined();

    const settlements = {
      arch: { value: "microservices", note: "" },
      logout: { value: "minutes", note: "" },
    };
    const partly = await facilitationView(members, settlements, "en");
    const micro = await evaluateDecision(answers({ arch: "microservices", logout: "minutes" }));
    expect(partly.outcome.approach).toBe(en.approaches[micro.approach].name);
    expect(partly.outcome.stateLine).toContain(en.state[micro.state]);
    expect(partly.outcome).toMatchObject({ settled: 2, total: 3 });
    expect(partly.cards.map((c) => c.question)).toEqual(["arch", "logout", "stack"]);

    const done = await facilitationView(
      members,
      { ...settlements, stack: { value: "remix", note: "" } },
      "ja",
    );
    expect(done.outcome).toMatchObject({ settled: 3, total: 3 });
    expect(new URLSearchParams(done.settledLink).get("stack")).toBe("remix");
  });
});

describe("impactOf", () => {
  const o = (approach: string, addOns: string[] = []) => ({
    value: "",
    outcome: { approach, addOns, confidence: 0.5 },
  });
  test("approach, then add-ons (in any order), else none", () => {
    expect(impactOf([o("a"), o("b")])).toBe("approach");
    expect(impactOf([o("a", ["x"]), o("a", ["x", "y"])])).toBe("add-ons");
    expect(impactOf([o("a", ["y", "x"]), o("a", ["x", "y"])])).toBe("none");
  });
});
