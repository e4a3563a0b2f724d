import { evaluateDecision, parseShareLink, type Answers } from "~/decision";
import { compareAnswers } from "./compare";
import { GOLDEN } from "~/decision/golden";

const { G1 } = GOLDEN;

function with_(changes: Record<string, string>): Answers {
  const params = new URLSearchParams(G1);
  for (const [k, v] of Object.entries(changes)) params.set(k, v);
  const parsed = parseShareLink(params);
  if (!parsed.success) throw new Error("bad fixture");
  return parsed.link.answers;
}

test("the same answers: no differences", async () => {
  const c = await compareAnswers(with_({}), with_({}));
  expect(c.differences).toEqual([]);
  expect(c.a).toEqual(c.b);
});

test("each difference says whether, on its own, it changes either side's approach", async () => {
  const a = with_({});
  const b = with_({ arch: "microservices", stack: "other", clients: "browser,native" });
  const c = await compareAnswers(a, b);
  expect(c.differences.map((d) => d.question)).toEqual(["arch", "clients", "stack"]);
  const base = await evaluateDecision(a);
  const other = await evaluateDecision(b);
  expect(c.a).toEqual({
    approach: base.approach,
    addOns: base.addOns,
    confidence: base.confidence,
  });
  expect(c.b.approach).toBe(other.approach);
  for (const d of c.differences) {
    const aWithB = await evaluateDecision(with_({ [d.question]: d.b }));
    const bWithA = await evaluateDecision({ ...b, [d.question]: a[d.question] } as Answers);
    expect(d.aChangesTo).toBe(aWithB.approach === base.approach ? undefined : aWithB.approach);
    expect(d.bChangesTo).toBe(bWithA.approach === other.approach ? undefined : bWithA.approach);
  }
  // The framework never decides the approach.
  expect(c.differences.find((d) => d.question === "stack")).toEqual({
    question: "stack",
    a: "nextjs-authjs",
    b: "other",
  });
});
