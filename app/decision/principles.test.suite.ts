// SPEC's decision model where it is about whole decisions — plans per client (1), counterfactuals and "find out"
// (6), honest reasons and why-nots (8) — checked on full evaluations. Ruleset 3's space (5 million combinations of
// the question list's values) is too large to evaluate in full with sentences and counterfactuals, so this part is
// SAMPLED: one answer set in DEFAULT_STRIDE (a prime; times ANSWER_SPACE_SAMPLE under `npm run check`), and its
// test says so. The
// principles about outcomes (2–16) run over the whole factorised space in principles-space.test.suite.ts.
import { expect, it } from "vitest";
import { approachFor, evaluateDecision, type Decision } from "./evaluate";
import { APPROACHES, type Approach } from "./outcomes";
import { UNSURE, type Answers } from "./questions";
import { idpRole, storeReach } from "./derived";
import { ruleById } from "./engine";
import { ANSWER_SPACE_SIZE, answersAt } from "./answer-space";

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
      // Ruleset 3: machines sign nobody in (client credentials: the plan's lifetime line holds the token's
      // lifetime); behind an identity-aware proxy the proxy's session limits are the baseline; a platform's
      // browser SDK names its own cookie, so the __Host- prefix is promised only where the app sets the cookie.
      const role = idpRole(a);
      const proxied = role === "proxy" && (client === "browser" || client === "spa");
      // An app or CLI behind the proxy holds the proxy's programmatic credential, one per device.
      const proxyDevice = role === "proxy" && (client === "native" || client === "cli");
      if (client !== "service") {
        const fresh = proxied
          ? "issues a new session at every sign-in"
          : proxyDevice
            ? "a new one at every sign-in"
            : "new session ID or token";
        if (!baseline.includes(fresh)) return `${client}: no new credential`;
        // Where a provider keeps the session, its idle and absolute limits are the baseline (or the API's own
        // absolute limit by the sign-in time): "absolute limits" rather than timeouts the app enforces.
        if (!(proxied || proxyDevice ? /absolute/ : /absolute (timeouts|limits)/).test(baseline))
          return `${client}: no timeouts`;
      }
      const cookie =
        (client === "browser" || client === "spa") &&
        role !== "proxy" &&
        !(role === "platform" && !d.addOns.includes("bff"));
      if (cookie !== baseline.includes("__Host-")) return `${client}: cookie prefix`;
      // Behind an identity-aware proxy the app sends what the proxy's programmatic path asks for (a named conflict).
      if (client === "native" && role !== "proxy" && !plan.sends.en.includes("Bearer"))
        return "native: not a bearer";
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
  "5. a signed token without a store renews against the user database": (a, d) => {
    const role = idpRole(a);
    if (role !== "own" && role !== "sign-in") return;
    if (d.approach !== "stateless-token" || storeReach(a) !== "no") return;
    for (const plan of Object.values(d.perClient))
      if (
        ["browser", "spa", "native"].includes(plan.client) &&
        !plan.revocation.en.includes("session version")
      )
        return `${plan.client}: renewal does not re-check the user`;
  },
  '6. "I\'m not sure" never makes the design more complex': async (a, d) => {
    for (const c of d.counterfactuals)
      if (c.answer === UNSURE) return "counterfactual proposes unsure";
    for (const r of d.resolutions)
      if (r.confidence < d.confidence)
        return `finding out ${r.question}=${r.answer} is less certain`;
    // A tie goes to the simpler approach: the winner's score is never below an open rival's, and equal only
    // when the winner is the simpler one.
    for (const alt of d.alternatives) {
      const mine = d.scores[d.approach]!;
      if (alt.score !== null && alt.score > mine) return `${alt.approach} scored higher`;
    }
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
    // A note (an SPA on a subdomain of its API) names a mismatch without putting the result in doubt.
    const uncertain =
      d.conflicts.length > d.notes.length || d.findOut.length > 0 || d.confidence < 0.5;
    if (uncertain === (d.state === "confident")) return `state ${d.state} at ${d.confidence}`;
  },
};

/**
 * Principles 1, 5 (plans), 6 and 8 for one full decision, and its counterfactuals applied: the problems found,
 * by principle. Also run over the factorised space of the page-sentence walk (app/content/sentences.test.ts).
 */
export async function wholeDecisionProblems(
  answers: Answers,
  d: Decision,
): Promise<Record<string, string>> {
  const problems: Record<string, string> = {};
  if (!(d.confidence > 0 && d.confidence <= 1)) problems.confidence = String(d.confidence);
  // Every counterfactual, applied, gives what it claims.
  for (const c of d.counterfactuals) {
    const changed = {
      ...answers,
      [c.question]: c.question === "clients" ? c.answer.split(",") : c.answer,
    } as Answers;
    if ((await approachFor(changed)) !== c.approach || c.approach === d.approach) {
      problems.counterfactuals = `${c.question}=${c.answer}`;
      break;
    }
  }
  for (const [name, check] of Object.entries(principles)) {
    const problem = await check(answers, d);
    if (problem) problems[name] = problem;
  }
  return problems;
}

/** How many test files share the answer space (principles-1.test.ts … principles-4.test.ts). */
export const PRINCIPLE_PARTS = 4;

/** One in how many answer sets is checked: 1 (all of them) unless ANSWER_SPACE_SAMPLE says otherwise. */
/** The default sampling stride over the 5,225,472 positions of the product space: about 5,000 full decisions. */
export const DEFAULT_STRIDE = 1009;

function sampleStride(): number {
  // `npm run check` sets ANSWER_SPACE_SAMPLE=n: one in n of this sample again.
  const n = Number(process.env.ANSWER_SPACE_SAMPLE ?? 1);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`ANSWER_SPACE_SAMPLE must be a positive integer, not ${n}`);
  return DEFAULT_STRIDE * n;
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
  it(`SPEC's principles 1, 5 (plans), 6 and 8 hold for ${scope}`, async () => {
    const started = performance.now();
    const failures: Record<string, string[]> = {};
    const byApproach: Partial<Record<Approach, number>> = {};
    for (const position of positions) {
      const answers = answersAt(position);
      const d = await evaluateDecision(answers);
      byApproach[d.approach] = (byApproach[d.approach] ?? 0) + 1;
      for (const [name, problem] of Object.entries(await wholeDecisionProblems(answers, d))) {
        const list = (failures[name] ??= []);
        if (list.length < 5)
          list.push(`${problem}: ${new URLSearchParams(answers as never).toString()}`);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `principles: ${scope} in ${seconds.toFixed(1)} s; approaches: ${JSON.stringify(byApproach)}`,
    );
    expect(failures).toEqual({});
    // Every approach is met in the default sample; `npm run check`'s thinner one may miss one.
    if (stride === DEFAULT_STRIDE)
      for (const a of APPROACHES) expect(byApproach[a], a).toBeGreaterThan(0);
  }, 900_000);
}
