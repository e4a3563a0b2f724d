// SPEC's decision model (principles 1–8) as properties over the whole answer space: every combination of the
// deciding answers (stack only changes implementation notes), each evaluated in full. The space is checked in
// PRINCIPLE_PARTS interleaved parts, one test file each (principles-N.test.ts), so that the runner spreads them
// over the cores. ANSWER_SPACE_SAMPLE=n (set by `npm run check`) checks one answer set in n instead of all.
import { expect, it } from "vitest";
import { approachFor, evaluateDecision, type Decision } from "./evaluate";
import { APPROACHES, type AddOn, type Approach } from "./outcomes";
import { UNSURE, isSkipped, type Answers, type QuestionId } from "./questions";
import { ruleById } from "./engine";
import { ANSWER_SPACE_SIZE, answersAt } from "./answer-space";

const FIRST_PARTY = ["browser", "spa", "native"] as const;
const has = (a: Answers, c: string) => (a.clients as readonly string[]).includes(c);
const hasFirstParty = (a: Answers) => FIRST_PARTY.some((c) => has(a, c));
const storeReachable = (a: Answers) => a.deploy === "single" || a.store !== "no";
const sameOutcome = (x: Decision, y: Decision) =>
  x.approach === y.approach && x.addOns.join() === y.addOns.join();

/** How SPEC principle 6 reads an "I'm not sure": the simplest case consistent with the other answers. */
function simplest(q: QuestionId, a: Answers): string {
  if (q === "arch") return "monolith";
  if (q === "domains") return has(a, "spa") ? "same-site" : "one-origin";
  return "yes";
}

type Check = (a: Answers, d: Decision) => Promise<string | undefined> | string | undefined;

/** Each principle: a name and a check that returns a problem, or nothing. */
const principles: Record<string, Check> = {
  "1. each answered client has its own plan, with the baseline": (a, d) => {
    const planned = Object.keys(d.perClient).sort().join();
    if (planned !== [...a.clients].sort().join()) return `plans for ${planned}`;
    for (const [client, plan] of Object.entries(d.perClient)) {
      for (const field of ["summary", "holds", "sends", "lifetime", "revocation"] as const)
        for (const lang of ["en", "ja"] as const)
          if (!plan[field][lang]) return `${client}.${field}.${lang} empty`;
      const baseline = plan.baseline.map((b) => b.en).join(" ");
      if (!baseline.includes("new session ID or token")) return `${client}: no new credential`;
      if (!baseline.includes("absolute timeouts")) return `${client}: no timeouts`;
      const cookie = client === "browser" || client === "spa";
      if (cookie !== baseline.includes("__Host-")) return `${client}: cookie prefix`;
      if (client === "native" && !plan.sends.en.includes("Bearer")) return "native: not a bearer";
      const nativeWords = (plan.holds.en + plan.sends.en).replace(
        /\(not a cookie\)|\(and the browser's session only from its cookie\)/g,
        "",
      );
      if (client === "native" && /cookie/i.test(nativeWords))
        return "native plan speaks of a cookie";
      if (client === "third-party" && !plan.summary.en.includes("OAuth"))
        return "partners: no OAuth";
      const jwt = /JWT|signed (internal )?token|signed \(or encrypted\) token/.test(
        Object.values(plan)
          .filter((v) => typeof v === "object" && v && "en" in v)
          .map((v) => (v as { en: string }).en)
          .join(" "),
      );
      if (jwt && !baseline.includes("RFC 8725")) return `${client}: a JWT without RFC 8725 checks`;
    }
  },
  "2. partners do not decide how your users sign in": async (a, d) => {
    if (has(a, "third-party") && !d.addOns.includes("oauth-server")) return "no oauth-server";
    if (!hasFirstParty(a)) return d.approach === "access-refresh" ? undefined : "partners only";
    const other = has(a, "third-party")
      ? a.clients.filter((c) => c !== "third-party")
      : [...a.clients, "third-party" as const];
    if ((await approachFor({ ...a, clients: other })) !== d.approach)
      return "adding or removing partners changes the approach";
  },
  "3. single sign-on changes how users sign in, not how each app keeps them": async (a, d) => {
    if ((a.sso !== "none") !== d.addOns.includes("oidc")) return "oidc does not follow sso";
    if (a.sso !== "none" && (await approachFor({ ...a, sso: "none" })) !== d.approach)
      return "sso changes the approach";
    const web = d.perClient.browser ?? d.perClient.spa;
    if (
      a.sso !== "none" &&
      a.logout !== "expiry" &&
      web &&
      !web.signIn?.en.includes("back-channel")
    )
      return "no back-channel logout in the plan";
  },
  "4. no microservices, no JWT machinery": (a, d) => {
    if (d.approach === "gateway-token" && a.arch !== "microservices")
      return "gateway without microservices";
    if (
      a.arch !== "microservices" &&
      hasFirstParty(a) &&
      !["server-session", "stateless-token"].includes(d.approach)
    )
      return `${d.approach} without microservices`;
  },
  "5. never silently recommend what the team cannot run": async (a, d) => {
    if (d.addOns.includes("denylist") && !storeReachable(a)) return "denylist without a store";
    if (!storeReachable(a) && hasFirstParty(a)) {
      if (a.logout === "immediate") {
        if (!d.conflicts.includes("immediate-logout-without-store")) return "conflict not named";
      } else {
        if (d.approach !== "stateless-token") return `${d.approach} without a store`;
        for (const plan of Object.values(d.perClient))
          if (plan.client !== "third-party" && !plan.revocation.en.includes("session version"))
            return `${plan.client}: renewal does not re-check the user`;
      }
    }
    if (a.deploy === "single" && a.store === "yes") {
      for (const store of ["no", "unsure"] as const) {
        const other = await evaluateDecision({ ...a, store });
        if (!sameOutcome(other, d)) return `store=${store} matters on a single server`;
      }
    }
  },
  '6. "I\'m not sure" never makes the design more complex': async (a, d) => {
    for (const c of d.counterfactuals)
      if (c.answer === UNSURE) return "counterfactual proposes unsure";
    for (const r of d.resolutions)
      if (r.confidence < d.confidence)
        return `finding out ${r.question}=${r.answer} is less certain`;
    for (const q of ["arch", "domains", "store"] as const) {
      if (a[q] !== UNSURE || isSkipped(q, a)) continue;
      if (!d.findOut.includes(q)) return `no find-out for ${q}`;
      const known = await evaluateDecision({ ...a, [q]: simplest(q, a) } as Answers);
      if (!sameOutcome(known, d)) return `${q}=unsure is not read as ${simplest(q, a)}`;
      if (!(d.confidence < known.confidence)) return `${q}=unsure does not lower confidence`;
    }
    // A tie goes to the simpler approach: the winner's score is never below an open rival's, and equal only
    // when the winner is the simpler one.
    for (const alt of d.alternatives) {
      const mine = d.scores[d.approach]!;
      if (alt.score !== null && alt.score > mine) return `${alt.approach} scored higher`;
    }
  },
  "7. add-ons follow the answers": (a, d) => {
    const web = has(a, "browser") || has(a, "spa");
    const want: Record<AddOn, boolean | undefined> = {
      oidc: a.sso !== "none",
      csrf: web,
      bff:
        (has(a, "spa") && a.domains !== "one-origin") || (d.approach === "access-refresh" && web),
      "pkce-native": has(a, "native") && (a.sso !== "none" || d.approach === "access-refresh"),
      "oauth-server": has(a, "third-party"),
      denylist: undefined, // only where a store is reachable: checked under principle 5
      "sender-constrained": undefined,
    };
    for (const [addOn, expected] of Object.entries(want) as [AddOn, boolean | undefined][])
      if (expected !== undefined && expected !== d.addOns.includes(addOn))
        return `${addOn} ${expected ? "missing" : "present"}`;
    if (has(a, "spa") && a.domains === "one-origin" && !d.conflicts.includes("spa-on-one-origin"))
      return "spa on one origin not named";
  },
  "8. reasons are honest": (a, d) => {
    const forApproach = d.reasons.filter((r) => r.supports === d.approach);
    if (forApproach.length === 0) return "no reason for the approach";
    for (const r of d.reasons) {
      const effects = ruleById(r.rule).effects;
      const argues = effects.some(
        (e) =>
          (e.kind === "supports" && e.approach === r.supports) ||
          (e.kind === "add-on" && e.addOn === r.supports),
      );
      if (!argues) return `${r.rule} shown for ${r.supports} does not argue for it`;
      if (
        r.supports === d.approach &&
        effects.some(
          (e) => (e.kind === "opposes" || e.kind === "rules-out") && e.approach === d.approach,
        )
      )
        return `${r.rule} both for and against`;
    }
    for (const id of d.against) {
      const effects = ruleById(id).effects;
      if (
        !effects.some(
          (e) => (e.kind === "opposes" || e.kind === "rules-out") && e.approach === d.approach,
        )
      )
        return `${id} listed against without opposing`;
    }
    if (d.alternatives.length !== 3) return "not three alternatives";
    for (const alt of d.alternatives) {
      if (!alt.whyNot.en || !alt.whyNot.ja) return `${alt.approach} has no why-not`;
      if (alt.ruledOutBy.length > 0 !== (alt.score === null))
        return `${alt.approach} ruled out with a score`;
    }
    if (
      APPROACHES.every((x) => x !== d.approach && d.scores[x] === null) &&
      d.scores[d.approach] === null
    )
      return "every approach ruled out";
    const uncertain = d.conflicts.length > 0 || d.findOut.length > 0 || d.confidence < 0.5;
    if (uncertain === (d.state === "confident")) return `state ${d.state} at ${d.confidence}`;
  },
};

/** How many test files share the answer space (principles-1.test.ts … principles-4.test.ts). */
export const PRINCIPLE_PARTS = 4;

/** One in how many answer sets is checked: 1 (all of them) unless ANSWER_SPACE_SAMPLE says otherwise. */
function sampleStride(): number {
  const stride = Number(process.env.ANSWER_SPACE_SAMPLE ?? 1);
  if (!Number.isInteger(stride) || stride < 1)
    throw new Error(`ANSWER_SPACE_SAMPLE must be a positive integer, not ${stride}`);
  return stride;
}

/**
 * The answer-space positions of one part: every stride-th position (a prime stride such as 23 reaches every
 * value of every question), dealt round-robin to the parts so that each part sees every region of the space.
 */
function positionsOf(part: number, stride: number): number[] {
  const positions: number[] = [];
  for (let i = 0, n = 0; i < ANSWER_SPACE_SIZE; i += stride, n++)
    if (n % PRINCIPLE_PARTS === part - 1) positions.push(i);
  return positions;
}

/** Registers the test of one part (1-based) of the answer space; part 1 also checks how the space is dealt. */
export function describePrinciplesPart(part: number) {
  if (part === 1)
    it("the parts together hold every answer set exactly once", () => {
      const dealt = Array.from({ length: PRINCIPLE_PARTS }, (_, p) => positionsOf(p + 1, 1)).flat();
      expect(new Set(dealt).size).toBe(ANSWER_SPACE_SIZE);
      expect(dealt.length).toBe(ANSWER_SPACE_SIZE);
    });
  const stride = sampleStride();
  const positions = positionsOf(part, stride);
  const scope =
    stride === 1
      ? `all ${positions.length} answer sets of part ${part}/${PRINCIPLE_PARTS} (whole space: ${ANSWER_SPACE_SIZE})`
      : `SAMPLED: ${positions.length} answer sets of part ${part}/${PRINCIPLE_PARTS}, one in ${stride} (whole space: ${ANSWER_SPACE_SIZE})`;
  it(`SPEC's decision model holds for ${scope}`, async () => {
    const started = performance.now();
    const failures: Record<string, string[]> = {};
    const byApproach: Partial<Record<Approach, number>> = {};
    for (const position of positions) {
      const answers = answersAt(position);
      const d = await evaluateDecision(answers);
      byApproach[d.approach] = (byApproach[d.approach] ?? 0) + 1;
      if (!(d.confidence > 0 && d.confidence <= 1))
        (failures.confidence ??= []).push(JSON.stringify(answers));
      // Every counterfactual, applied, gives what it claims.
      for (const c of d.counterfactuals) {
        const changed = {
          ...answers,
          [c.question]: c.question === "clients" ? c.answer.split(",") : c.answer,
        } as Answers;
        if ((await approachFor(changed)) !== c.approach || c.approach === d.approach)
          (failures.counterfactuals ??= []).push(
            `${JSON.stringify(answers)} ${c.question}=${c.answer}`,
          );
      }
      for (const [name, check] of Object.entries(principles)) {
        const problem = await check(answers, d);
        if (problem) {
          const list = (failures[name] ??= []);
          if (list.length < 5)
            list.push(`${problem}: ${new URLSearchParams(answers as never).toString()}`);
        }
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `principles: ${scope} in ${seconds.toFixed(1)} s; approaches: ${JSON.stringify(byApproach)}`,
    );
    expect(failures).toEqual({});
    for (const a of APPROACHES) expect(byApproach[a], a).toBeGreaterThan(0);
  }, 900_000);
}
