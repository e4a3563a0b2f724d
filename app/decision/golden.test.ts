import { describe, expect, it } from "vitest";
import { GOLDEN, GOLDEN_APPROACH, type GoldenId } from "./golden";
import { evaluateDecision } from "./evaluate";
import { parseShareLink } from "./share-link";

async function decide(query: string) {
  const parsed = parseShareLink(query);
  if (!parsed.success)
    throw new Error(`golden link did not parse: ${JSON.stringify(parsed.errors)}`);
  return evaluateDecision(parsed.link.answers);
}

const EXPECTED_ADD_ONS: Record<GoldenId, { includes: string[]; excludes: string[] }> = {
  G1: { includes: ["csrf"], excludes: ["denylist", "oidc"] },
  G2: { includes: ["csrf"], excludes: ["denylist"] },
  G3: { includes: ["csrf"], excludes: ["denylist"] },
  G4: { includes: ["oidc", "pkce-native"], excludes: ["denylist"] },
  G5: { includes: ["csrf"], excludes: ["denylist"] },
};

describe("golden scenarios (SPEC)", () => {
  it.each(Object.keys(GOLDEN) as GoldenId[])("%s gives its approach and add-ons", async (id) => {
    const decision = await decide(GOLDEN[id]);
    expect(decision.approach).toBe(GOLDEN_APPROACH[id]);
    for (const a of EXPECTED_ADD_ONS[id].includes) expect(decision.addOns).toContain(a);
    for (const a of EXPECTED_ADD_ONS[id].excludes) expect(decision.addOns).not.toContain(a);
    expect(decision.confidence).toBeGreaterThan(0.5);
  });

  it("G1's rationale cites the five arguments SPEC lists", async () => {
    const decision = await decide(GOLDEN.G1);
    const cited = new Set(
      decision.reasons.filter((r) => r.supports === "server-session").flatMap((r) => r.cites),
    );
    for (const argument of [
      "stateless-scale-out",
      "stolen-token",
      "expiry-without-jwt",
      "logout-is-hard",
      "no-microservices-no-benefit",
    ]) {
      expect(cited, argument).toContain(argument);
    }
  });

  it("G1 rules stateless tokens out because logout must be immediate", async () => {
    const decision = await decide(GOLDEN.G1);
    const stateless = decision.alternatives.find((a) => a.approach === "stateless-token");
    expect(stateless?.ruledOutBy).toEqual(["immediate-revocation"]);
  });

  it("G1 says why: each reason names the answers that made it fire", async () => {
    const decision = await decide(GOLDEN.G1);
    const revocation = decision.reasons.find((r) => r.rule === "immediate-revocation");
    expect(revocation?.because).toEqual([{ question: "logout", answer: "immediate" }]);
    const trace = decision.trace.find((t) => t.rule === "shared-store-scales-out");
    expect(trace?.fired).toBe(true);
    expect(trace?.conditions).toEqual([
      { fact: "deploy", operator: "equal", expected: "multi", actual: "multi", held: true },
      { fact: "store", operator: "equal", expected: "yes", actual: "yes", held: true },
    ]);
  });

  it("G2 stays a server-side session: native apps store a credential either way", async () => {
    const decision = await decide(GOLDEN.G2);
    expect(decision.reasons.map((r) => r.rule)).toContain("native-clients");
  });

  it("a conflict is said in words: immediate logout with no shared store", async () => {
    const decision = await decide(GOLDEN.G5.replace("logout=expiry", "logout=immediate"));
    expect(decision.conflicts).toContain("immediate-logout-without-store");
  });

  it("counterfactuals are single changes that really change the approach", async () => {
    const decision = await decide(GOLDEN.G1);
    expect(decision.counterfactuals.length).toBeGreaterThan(0);
    for (const c of decision.counterfactuals) {
      const changed = GOLDEN.G1.replace(
        new RegExp(`${c.question}=[^&]*`),
        `${c.question}=${c.answer}`,
      );
      const other = await decide(changed);
      expect(other.approach).toBe(c.approach);
      expect(other.approach).not.toBe(decision.approach);
    }
  });

  it("confidence falls when an answer that matters is unsure", async () => {
    const known = await decide(GOLDEN.G1);
    const unsureStore = await decide(GOLDEN.G1.replace("store=yes", "store=unsure"));
    const unsureArch = await decide(GOLDEN.G1.replace("arch=monolith", "arch=unsure"));
    expect(unsureStore.confidence).toBeLessThan(known.confidence);
    expect(unsureArch.confidence).toBeLessThan(known.confidence);
    expect(unsureStore.findOut).toEqual(["store"]);
    // Finding out says how the result and the confidence would change.
    expect(unsureStore.resolutions.map((r) => [r.answer, r.approach])).toEqual([
      ["yes", "server-session"],
      ["no", "server-session"],
    ]);
    const yes = unsureStore.resolutions.find((r) => r.answer === "yes")!;
    expect(yes.confidence).toBe(known.confidence);
  });
});
