import { describe, expect, it } from "vitest";
import { GOLDEN, SCENARIOS } from "./golden";
import { approachFor, evaluateDecision } from "./evaluate";
import { formatShareLink, parseShareLink } from "./share-link";
import { rulesetVersion } from "./version";
import {
  PUBLISHED_VERSIONS,
  frozenOutcome,
  publishedVersion,
  versionsSince,
} from "./published-versions";
import { FROZEN } from "./frozen-versions";
import { frozenAnswerSpace, readFrozen } from "./frozen-outcomes";
import { ANSWER_SPACE_SIZE, answerSpaceIndex, answersAt } from "./answer-space";
import { signedTokenLifetime } from "./baseline";

async function decide(query: string) {
  const parsed = parseShareLink(query);
  if (!parsed.success) throw new Error(`link did not parse: ${JSON.stringify(parsed.errors)}`);
  return evaluateDecision(parsed.link.answers);
}

describe("golden (G1–G5) and expert (E1–E32) scenarios of SPEC", () => {
  it.each(Object.keys(SCENARIOS))("%s", async (id) => {
    const s = SCENARIOS[id]!;
    const d = await decide(s.query);
    expect(d.approach).toBe(s.approach);
    for (const a of s.add) expect(d.addOns, `${id} +${a}`).toContain(a);
    for (const a of s.absent ?? []) expect(d.addOns, `${id} −${a}`).not.toContain(a);
    if (s.exact) expect([...d.addOns].sort()).toEqual([...s.add].sort());
    if (s.conflict) expect(d.conflicts.length, `${id} names a conflict`).toBeGreaterThan(0);
    else expect(d.conflicts).toEqual([]);
    // A note names a mismatch without putting the result in doubt; any other conflict does.
    if (s.conflict) expect(d.notes.length > 0, `${id} note`).toBe(s.note === true);
    if (s.conflict) expect(d.state === "conflicting", `${id} state`).toBe(s.note !== true);
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
    ])
      expect(cited, argument).toContain(argument);
  });

  it("G1 rules stateless tokens out because logout must be immediate, and says why in a sentence", async () => {
    const decision = await decide(GOLDEN.G1);
    const stateless = decision.alternatives.find((a) => a.approach === "stateless-token")!;
    expect(stateless.ruledOutBy).toEqual(["immediate-revocation"]);
    expect(stateless.score).toBeNull();
    expect(stateless.whyNot.en).toMatch(/valid until it expires/);
  });

  it("G1 says why: each reason names the answers that made it fire, never its guard", async () => {
    const decision = await decide(GOLDEN.G1);
    const revocation = decision.reasons.find((r) => r.rule === "immediate-revocation");
    expect(revocation?.because).toEqual([{ question: "logout", answer: "immediate" }]);
    const trace = decision.trace.find((t) => t.rule === "shared-store-scales-out");
    expect(trace?.fired).toBe(true);
    expect(trace?.conditions.filter((c) => !c.guard)).toEqual([
      {
        fact: "storeReach",
        operator: "in",
        expected: ["yes", "eventual"],
        actual: "yes",
        held: true,
      },
    ]);
    // The derived fact is shown as the answers it was read from.
    expect(decision.reasons.find((r) => r.rule === "shared-store-scales-out")?.because).toEqual([
      { question: "deploy", answer: "multi" },
      { question: "store", answer: "yes" },
    ]);
  });

  it("G2 and E11 give the app a bearer token and the browser a cookie", async () => {
    for (const query of [GOLDEN.G2, SCENARIOS.E11!.query]) {
      const d = await decide(query);
      expect(d.perClient.browser?.sends.en).toMatch(/cookie/);
      expect(d.perClient.native?.sends.en).toMatch(/Authorization: Bearer/);
      expect(d.perClient.native?.holds.en).toMatch(/Keychain/);
    }
  });

  it("G4's reasons all argue for access and refresh tokens", async () => {
    const d = await decide(GOLDEN.G4);
    const forIt = d.reasons.filter((r) => r.supports === d.approach).map((r) => r.rule);
    expect(forIt).toEqual(["sign-in-already-centralised", "revocation-within-minutes"]);
    expect(d.against).toEqual([]);
  });

  it("E4's plan renews against the user database within the window", async () => {
    const d = await decide(SCENARIOS.E4!.query);
    expect(d.perClient.browser?.revocation.en).toMatch(/session version/);
    expect(d.perClient.browser?.lifetime.en).toContain(signedTokenLifetime("minutes").en);
  });

  it("E10 and E12 give partners OAuth: opaque tokens when revocation must be immediate", async () => {
    expect((await decide(SCENARIOS.E10!.query)).perClient["third-party"]?.lifetime.en).toMatch(
      /RFC 9068/,
    );
    expect((await decide(SCENARIOS.E12!.query)).perClient["third-party"]?.lifetime.en).toMatch(
      /introspection/,
    );
  });

  it("counterfactuals are single definite changes that really change the approach", async () => {
    const decision = await decide(GOLDEN.G1);
    expect(decision.counterfactuals.length).toBeGreaterThan(0);
    for (const c of decision.counterfactuals) {
      expect(c.answer).not.toBe("unsure");
      // Through a share link, as a reader would follow it (new keys such as idp are not in G1's link).
      const g1 = parseShareLink(GOLDEN.G1);
      if (!g1.success) throw new Error("G1");
      const answers = {
        ...g1.link.answers,
        [c.question]: c.question === "clients" ? c.answer.split(",") : c.answer,
      };
      const other = await decide(formatShareLink({ answers }));
      expect(other.approach).toBe(c.approach);
      expect(other.approach).not.toBe(decision.approach);
    }
  });

  it("an unsure answer lowers confidence and says what finding out would give", async () => {
    const known = await decide(GOLDEN.G1);
    const unsureStore = await decide(GOLDEN.G1.replace("store=yes", "store=unsure"));
    expect(unsureStore.approach).toBe("server-session");
    expect(unsureStore.state).toBe("tentative");
    expect(unsureStore.confidence).toBeLessThan(known.confidence);
    expect(unsureStore.findOut).toEqual(["store"]);
    expect(unsureStore.resolutions.map((r) => [r.answer, r.approach])).toEqual([
      ["yes", "server-session"],
      ["no", "server-session"],
      ["eventual", "server-session"],
    ]);
    for (const r of unsureStore.resolutions)
      expect(r.confidence).toBeGreaterThanOrEqual(unsureStore.confidence);
    expect(unsureStore.resolutions.find((r) => r.answer === "yes")!.confidence).toBe(
      known.confidence,
    );
  });
});

describe("published ruleset versions", () => {
  it("today's ruleset is published with a change note in both languages", () => {
    const today = PUBLISHED_VERSIONS.at(-1)!;
    expect(today.version, "add a change note for the new ruleset version").toBe(rulesetVersion);
    for (const v of PUBLISHED_VERSIONS) {
      expect(v.notes.length).toBeGreaterThan(0);
      for (const n of v.notes) expect(n.en && n.ja).toBeTruthy();
    }
  });

  it("every older version keeps one frozen outcome per answer set of its own", () => {
    for (const v of PUBLISHED_VERSIONS.slice(0, -1)) {
      const frozen = FROZEN[v.version];
      expect(
        frozen,
        `run npm run freeze-ruleset before changing the rules of ${v.version}`,
      ).toBeDefined();
      let missing = 0;
      for (const answers of frozenAnswerSpace(frozen!.questions))
        if (!readFrozen(frozen!, answers)) missing++;
      expect(missing, v.version).toBe(0);
    }
    for (const version of Object.keys(FROZEN))
      expect(publishedVersion(version), version).toBeDefined();
  });

  it("ruleset 2 stays frozen over its own questions: an old link shows then and now, a new key has no then", () => {
    const previous = "r-b01e5446f6";
    const g4 = parseShareLink(GOLDEN.G4);
    const e25 = parseShareLink(SCENARIOS.E25!.query);
    const e21 = parseShareLink(SCENARIOS.E21!.query);
    if (!g4.success || !e25.success || !e21.success) throw new Error("parse");
    expect(frozenOutcome(previous, g4.link.answers)?.approach).toBe("access-refresh");
    // Microservices, browsers only, logout within minutes: ruleset 2's answer was the same gateway.
    expect(frozenOutcome(previous, e25.link.answers)?.approach).toBe("gateway-token");
    // A command-line client did not exist in ruleset 2: there is nothing to show as "then".
    expect(frozenOutcome(previous, e21.link.answers)).toBeUndefined();
    expect(frozenOutcome(previous, { ...g4.link.answers, idp: "clerk" })).toBeUndefined();
  });

  it("numbers the answer space one to one", () => {
    for (const i of [0, 1, 777, ANSWER_SPACE_SIZE - 1])
      expect(answerSpaceIndex(answersAt(i))).toBe(i);
  });

  it("knows what the first version said: G1 the same, a partner API access tokens", async () => {
    const first = PUBLISHED_VERSIONS[0]!.version;
    const g1 = parseShareLink(GOLDEN.G1);
    const e1 = parseShareLink(SCENARIOS.E1!.query);
    if (!g1.success || !e1.success) throw new Error("parse");
    expect(frozenOutcome(first, g1.link.answers)).toEqual({
      approach: "server-session",
      addOns: ["csrf"],
    });
    expect(frozenOutcome(first, e1.link.answers)?.approach).toBe("access-refresh");
    expect(await approachFor(e1.link.answers)).toBe("server-session");
    expect(versionsSince(first).map((v) => v.version)).toEqual(
      PUBLISHED_VERSIONS.slice(1).map((v) => v.version),
    );
    expect(PUBLISHED_VERSIONS.at(-1)!.version).toBe(rulesetVersion);
    expect(frozenOutcome(rulesetVersion, g1.link.answers)).toBeUndefined();
  });
});
