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
    expect(d.aChange?.approach).toBe(
      aWithB.approach === base.approach ? undefined : aWithB.approach,
    );
    expect(d.bChange?.approach).toBe(
      bWithA.approach === other.approach ? undefined : bWithA.approach,
    );
  }
  // The framework never decides the approach.
  expect(c.differences.find((d) => d.question === "stack")).toEqual({
    question: "stack",
    a: "nextjs-authjs",
    b: "other",
  });
});

test("a difference that only adds an add-on is a change, named by what it adds", async () => {
  // G1 with federated sign-in keeps the server-side session but needs OpenID Connect.
  const a = with_({});
  const b = with_({ sso: "federated" });
  const [da, db] = [await evaluateDecision(a), await evaluateDecision(b)];
  expect(db.approach).toBe(da.approach);
  expect(db.addOns).toContain("oidc");
  const c = await compareAnswers(a, b);
  const sso = c.differences.find((d) => d.question === "sso")!;
  expect(sso.aChange).toEqual({ addOnsAdded: ["oidc"], addOnsRemoved: [] });
  expect(sso.bChange).toEqual({ addOnsAdded: [], addOnsRemoved: ["oidc"] });
});

test("a difference that changes nothing has no change on either side", async () => {
  const c = await compareAnswers(with_({}), with_({ stack: "other" }));
  const stack = c.differences.find((d) => d.question === "stack")!;
  expect(stack.aChange).toBeUndefined();
  expect(stack.bChange).toBeUndefined();
});
