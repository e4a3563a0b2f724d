// evaluateDecision(answers) → the SPEC outcome: one approach, add-ons, a confidence and a state, the reasons for
// it (only rules that argue for it) and those that count against it, a plan per answered client, conflicts,
// what to find out, why each other approach lost, and the single definite answers that would change the approach.
// Pure: no I/O, the same in the server, the tests and a CLI.
import { derivedFacts, sourcesOfFact, type DerivedFactId } from "./derived";
import { firedRules, ruleById, runStage, type RuleTrace } from "./engine";
import { ADD_ONS, APPROACHES, SIMPLEST_FIRST, type AddOn, type Approach } from "./outcomes";
import { planFor, type ClientPlan } from "./plans";
import {
  DECIDING_QUESTIONS,
  UNSURE,
  isMultipleChoice,
  isSkipped,
  isConditional,
  isOptional,
  QUESTION_IDS,
  valuesOf,
  type Answers,
  type Client,
  type Localized,
  type QuestionId,
} from "./questions";
import { ruleText } from "./rule-text";
import { ruleset, type Effect, type RuleDef, type RuleId } from "./ruleset";
import { rulesetVersion } from "./version";
import { whyNotFor } from "./why-not";

export interface Because {
  question: QuestionId;
  answer: string;
}

export interface Reason {
  rule: RuleId;
  /** The approach or add-on of the outcome that this rule argues for. */
  supports: Approach | AddOn;
  strength?: number;
  /** The answers that made the rule fire. */
  because: Because[];
  /** Argument ids then source ids. */
  cites: string[];
}

export interface Alternative {
  approach: Approach;
  /** Its score among the approaches left, or null when a rule ruled it out. */
  score: number | null;
  ruledOutBy: RuleId[];
  /** Fired rules that counted against it. */
  opposedBy: RuleId[];
  /** Fired rules that counted for it. */
  supportedBy: RuleId[];
  /** Why it lost, in one sentence. */
  whyNot: Localized;
}

export interface Counterfactual {
  question: QuestionId;
  /** The changed answer; for `clients`, the whole new comma-joined list. */
  answer: string;
  approach: Approach;
}

/** What an "I'm not sure" answer would turn into, once found out. */
export interface Resolution {
  question: QuestionId;
  answer: string;
  approach: Approach;
  confidence: number;
}

/** How the result presents itself: a clear answer, one that rests on answers not yet known, or on answers in conflict. */
export type DecisionState = "confident" | "tentative" | "conflicting";

export interface Decision {
  approach: Approach;
  addOns: AddOn[];
  confidence: number;
  state: DecisionState;
  rulesetVersion: string;
  /** Per approach: its score, or null when ruled out. */
  scores: Record<Approach, number | null>;
  reasons: Reason[];
  /** Fired rules that argued against the chosen approach, kept for honesty. */
  against: RuleId[];
  /** Every conflict the answers raise, notes included. */
  conflicts: RuleId[];
  /** The conflicts that are only notes: a mismatch worth naming that does not put the result in doubt. */
  notes: RuleId[];
  findOut: QuestionId[];
  /** For each question to find out: the approach and confidence each definite answer would give. */
  resolutions: Resolution[];
  /** The other three approaches, the closest first; ruled-out ones last. */
  alternatives: Alternative[];
  counterfactuals: Counterfactual[];
  /** The plan for each answered client, in the order of the catalog. */
  perClient: Partial<Record<Client, ClientPlan>>;
  trace: RuleTrace[];
}

interface Tally {
  approach: Approach;
  scores: Record<Approach, number>;
  ruledOut: Record<Approach, RuleId[]>;
  fired: RuleDef[];
  trace: RuleTrace[];
}

/** What one rule counts for an approach: the sum of its supports and opposes, and whether it rules it out. */
export interface ApproachEffect {
  value: number;
  out: boolean;
}

/**
 * What a rule counts for each approach it names (approaches it does not name are absent). The tally below adds
 * these up; the result page's comparison table shows them row by row.
 */
export function approachEffects(rule: RuleDef): Partial<Record<Approach, ApproachEffect>> {
  const out: Partial<Record<Approach, ApproachEffect>> = {};
  for (const effect of rule.effects as readonly Effect[]) {
    if (effect.kind !== "supports" && effect.kind !== "opposes" && effect.kind !== "rules-out")
      continue;
    const cell = (out[effect.approach] ??= { value: 0, out: false });
    if (effect.kind === "supports") cell.value += effect.strength;
    if (effect.kind === "opposes") cell.value -= effect.strength;
    if (effect.kind === "rules-out") cell.out = true;
  }
  return out;
}

/** The highest score among the approaches not ruled out wins; a tie goes to the simpler one. */
function tally(trace: RuleTrace[]): Tally {
  const scores = Object.fromEntries(APPROACHES.map((a) => [a, 0])) as Record<Approach, number>;
  const ruledOut = Object.fromEntries(APPROACHES.map((a) => [a, []])) as unknown as Record<
    Approach,
    RuleId[]
  >;
  const fired = trace.filter((t) => t.fired).map((t) => ruleById(t.rule));
  for (const rule of fired) {
    for (const [approach, cell] of Object.entries(approachEffects(rule)) as [
      Approach,
      ApproachEffect,
    ][]) {
      scores[approach] += cell.value;
      if (cell.out) ruledOut[approach].push(rule.id as RuleId);
    }
  }
  const open = SIMPLEST_FIRST.filter((a) => ruledOut[a].length === 0);
  // The ruleset never rules out all four (a property test checks it); if it did, nothing would be hidden.
  const candidates = open.length > 0 ? open : SIMPLEST_FIRST;
  let approach = candidates[0]!;
  for (const a of candidates) if (scores[a] > scores[approach]) approach = a;
  return { approach, scores, ruledOut, fired, trace };
}

function facts(answers: Answers): Record<string, unknown> {
  return { ...answers, clients: [...answers.clients], ...derivedFacts(answers) };
}

function decideApproach(answers: Answers): Tally {
  return tally(runStage("approach", facts(answers)));
}

/** The same tally without a trace (fired rules only): for outlines, counterfactuals and answer-space checks. */
function quickTally(answers: Answers): Tally {
  const fired = firedRules("approach", facts(answers));
  return tally(
    fired.map((r) => ({ rule: r.id as RuleId, fired: true, combinator: "all", conditions: [] })),
  );
}

/** What confidences and counterfactuals need of an answer set's approach stage. */
interface Outline {
  approach: Approach;
  confidence: number;
}

/**
 * Outlines of neighbouring and completed answer sets, cached: counterfactuals and "I'm not sure" completions
 * look at the same few thousand answer sets again and again. Bounded by the answer space itself (every key is
 * one combination of the deciding answers), a few hundred bytes each.
 */
const outlines = new Map<string, Outline>();

/** Outlines kept at most: enough for any page's neighbours, bounded for a walk over the whole answer space. */
const OUTLINE_CACHE_LIMIT = 200_000;

function outline(answers: Answers): Outline {
  const key = DECIDING_QUESTIONS.map((q) => String(answers[q])).join("|");
  const hit = outlines.get(key);
  if (hit) return hit;
  const t = quickTally(answers);
  const o = { approach: t.approach, confidence: definiteConfidence(t) };
  if (outlines.size >= OUTLINE_CACHE_LIMIT) outlines.clear();
  outlines.set(key, o);
  return o;
}

/** The approach alone, as the approach stage decides it (what a counterfactual or a resolution claims). */
export function approachOf(answers: Answers): Approach {
  return outline(answers).approach;
}

/** The same, as a promise (kept for callers written against the asynchronous engine). */
export async function approachFor(answers: Answers): Promise<Approach> {
  return approachOf(answers);
}

/** The questions answered "I'm not sure" that the answers do not skip. */
function unsureQuestions(answers: Answers): QuestionId[] {
  return DECIDING_QUESTIONS.filter((q) => answers[q] === UNSURE && !isSkipped(q, answers));
}

/** Every way of replacing the "I'm not sure" answers with definite ones. */
function completions(answers: Answers, open: readonly QuestionId[]): Answers[] {
  let out: Answers[] = [answers];
  for (const q of open) {
    out = out.flatMap((a) =>
      valuesOf(q)
        .filter((v) => v !== UNSURE)
        .map((v) => ({ ...a, [q]: v }) as Answers),
    );
  }
  return out;
}

/** Conflicts that put the result in doubt (notes do not). */
function countConflicts(t: Tally): number {
  return t.fired.filter((r) =>
    (r.effects as readonly Effect[]).some((e) => e.kind === "conflict" && !e.note),
  ).length;
}

/**
 * Rules that rule approaches out because the team lacks something, not because they do not fit: what they leave
 * is the only workable option (principle 15), never shown as a strong recommendation.
 */
export const FORCED_BY: readonly RuleId[] = ["no-shared-store"];

/** The number for "the only workable option": it can run, which is not the same as being a clear choice. */
export const ONLY_OPTION_CONFIDENCE = 0.6;

/** How clearly definite answers favour their approach: the margin over the best rival left, less per conflict. */
function definiteConfidence(t: Tally): number {
  const rivals = APPROACHES.filter((a) => a !== t.approach && t.ruledOut[a].length === 0);
  const forced = APPROACHES.some((a) => t.ruledOut[a].some((id) => FORCED_BY.includes(id)));
  const base =
    rivals.length === 0
      ? forced
        ? ONLY_OPTION_CONFIDENCE
        : 0.95
      : (() => {
          const margin = Math.max(
            0,
            t.scores[t.approach] - Math.max(...rivals.map((a) => t.scores[a])),
          );
          // A clear margin approaches 0.95; a tie sits at 0.35.
          return 0.35 + 0.6 * (margin / (margin + 3));
        })();
  return base * Math.pow(0.8, countConflicts(t));
}

const UNSURE_FACTOR = 0.85;

/**
 * Not knowing is never more certain than the least certain way of knowing: the confidence of answers with
 * "I'm not sure" in them is the lowest confidence among their definite completions, less per open question.
 * So a "find out" line can never show a definite answer as less certain than not knowing.
 */
function confidenceOf(answers: Answers): number {
  const open = unsureQuestions(answers);
  let lowest = 1;
  for (const c of completions(answers, open)) lowest = Math.min(lowest, outline(c).confidence);
  return Math.round(lowest * Math.pow(UNSURE_FACTOR, open.length) * 100) / 100;
}

/** Every answer set that differs from `answers` in exactly one deciding question, with a definite answer. */
/** A required conditional question skipped by `before` that `after` asks (its answer is not known). */
function asksAnotherRequired(before: Answers, after: Answers): boolean {
  return QUESTION_IDS.some(
    (id) => isConditional(id) && !isOptional(id) && isSkipped(id, before) && !isSkipped(id, after),
  );
}

export function neighbours(
  answers: Answers,
): { question: QuestionId; answer: string; answers: Answers }[] {
  const out: { question: QuestionId; answer: string; answers: Answers }[] = [];
  for (const q of DECIDING_QUESTIONS) {
    // A skipped question (store on a single server) has no say; changing it changes nothing.
    if (isSkipped(q, answers)) continue;
    if (isMultipleChoice(q)) {
      // One value added or taken away (never all of them).
      const values = valuesOf(q) as readonly string[];
      const chosen = answers[q] as readonly string[];
      for (const value of values) {
        const next = chosen.includes(value)
          ? chosen.filter((c) => c !== value)
          : values.filter((c) => c === value || chosen.includes(c));
        if (next.length === 0) continue;
        const changed = { ...answers, [q]: next } as Answers;
        // Adding a browser to a link without one also asks where the browser-facing parts live: that is two
        // answers, not one, and the link would be incomplete. Such a change is not a counterfactual.
        if (asksAnotherRequired(answers, changed)) continue;
        out.push({ question: q, answer: next.join(","), answers: changed });
      }
      continue;
    }
    for (const value of valuesOf(q)) {
      if (value === answers[q] || value === UNSURE) continue;
      const changed = { ...answers, [q]: value } as Answers;
      if (asksAnotherRequired(answers, changed)) continue;
      out.push({ question: q, answer: value, answers: changed });
    }
  }
  return out;
}

const DERIVED: readonly string[] = ["idpRole", "storeReach", "providerIntrospection"];

function because(trace: RuleTrace | undefined, answers: Answers): Because[] {
  if (!trace) return [];
  const out: Because[] = [];
  const add = (question: QuestionId, answer: string) => {
    if (!out.some((b) => b.question === question && b.answer === answer))
      out.push({ question, answer });
  };
  for (const c of trace.conditions) {
    if (!c.held || c.guard || c.fact === "approach") continue;
    // A derived fact is shown as the answers it was read from.
    if (DERIVED.includes(c.fact)) {
      for (const q of sourcesOfFact(c.fact as DerivedFactId, answers)) {
        const value = answers[q];
        add(q, Array.isArray(value) ? value.join(",") : String(value));
      }
      continue;
    }
    const question = c.fact as QuestionId;
    // For a list answer the reason is the element the rule looked for; for "does not contain", the list itself.
    const answer = Array.isArray(c.actual)
      ? c.operator === "contains"
        ? String(c.expected)
        : (c.actual as unknown[]).join(",")
      : String(c.actual);
    if (!out.some((b) => b.question === question && b.answer === answer))
      out.push({ question, answer });
  }
  return out;
}

function citesOf(rule: RuleDef): string[] {
  return [...rule.cites.arguments, ...rule.cites.sources];
}

function whyNot(loser: Approach, winner: Approach, ruledOutBy: RuleId[], a: Answers): Localized {
  for (const id of ruledOutBy) {
    const sentence = ruleText[id].whyNot?.[loser];
    if (sentence) return sentence;
  }
  return whyNotFor(loser, winner, a);
}

/** What the answer-space checks need of a decision, without trace, plans, sentences or counterfactuals. */
export interface Outcome {
  approach: Approach;
  addOns: AddOn[];
  conflicts: RuleId[];
  notes: RuleId[];
  findOut: QuestionId[];
  confidence: number;
  /** Approaches ruled out, with the rules that did it. */
  ruledOut: Record<Approach, RuleId[]>;
}

/** The outcome of the answers: the same rules and the same result as decide(), about 50 times faster. */
export function outcomeOf(answers: Answers): Outcome {
  const f = facts(answers);
  const first = quickTally(answers);
  const second = firedRules("add-on", { ...f, approach: first.approach });
  const addOnSet = new Set<AddOn>();
  const conflicts: RuleId[] = [];
  const notes: RuleId[] = [];
  const findOut: QuestionId[] = [];
  for (const rule of [...first.fired, ...second]) {
    for (const effect of rule.effects as readonly Effect[]) {
      if (effect.kind === "add-on") addOnSet.add(effect.addOn);
      if (effect.kind === "conflict") conflicts.push(rule.id as RuleId);
      if (effect.kind === "conflict" && effect.note) notes.push(rule.id as RuleId);
      if (effect.kind === "find-out") findOut.push(effect.question);
    }
  }
  return {
    approach: first.approach,
    addOns: ADD_ONS.filter((a) => addOnSet.has(a)),
    conflicts,
    notes,
    findOut,
    confidence: confidenceOf(answers),
    ruledOut: first.ruledOut,
  };
}

/** evaluateDecision, synchronously (the engine is synchronous; the answer-space checks call this directly). */
export function decide(answers: Answers): Decision {
  const first = decideApproach(answers);
  const approach = first.approach;
  const second = runStage("add-on", { ...facts(answers), approach });
  const trace = [...first.trace, ...second];
  const traceOf = (id: string) => trace.find((t) => t.rule === id);
  const fired = [...first.fired, ...second.filter((t) => t.fired).map((t) => ruleById(t.rule))];

  const addOnRules = new Map<AddOn, RuleDef[]>();
  const conflicts: RuleId[] = [];
  const notes: RuleId[] = [];
  const findOut: QuestionId[] = [];
  for (const rule of fired) {
    for (const effect of rule.effects as readonly Effect[]) {
      if (effect.kind === "add-on")
        addOnRules.set(effect.addOn, [...(addOnRules.get(effect.addOn) ?? []), rule]);
      if (effect.kind === "conflict") conflicts.push(rule.id as RuleId);
      if (effect.kind === "conflict" && effect.note) notes.push(rule.id as RuleId);
      if (effect.kind === "find-out") findOut.push(effect.question);
    }
  }
  const addOns = ADD_ONS.filter((a) => addOnRules.has(a));

  const reasons: Reason[] = [];
  const against: RuleId[] = [];
  for (const rule of first.fired) {
    for (const effect of rule.effects as readonly Effect[]) {
      if (effect.kind === "supports" && effect.approach === approach) {
        reasons.push({
          rule: rule.id as RuleId,
          supports: approach,
          strength: effect.strength,
          because: because(traceOf(rule.id), answers),
          cites: citesOf(rule),
        });
      }
      if (
        (effect.kind === "opposes" || effect.kind === "rules-out") &&
        effect.approach === approach
      )
        against.push(rule.id as RuleId);
    }
  }
  reasons.sort((a, b) => (b.strength ?? 0) - (a.strength ?? 0));
  for (const addOn of addOns) {
    for (const rule of addOnRules.get(addOn) ?? []) {
      reasons.push({
        rule: rule.id as RuleId,
        supports: addOn,
        because: because(traceOf(rule.id), answers),
        cites: citesOf(rule),
      });
    }
  }

  const scores = Object.fromEntries(
    APPROACHES.map((a) => [a, first.ruledOut[a].length > 0 ? null : first.scores[a]]),
  ) as Record<Approach, number | null>;
  const alternatives: Alternative[] = APPROACHES.filter((a) => a !== approach)
    .map((a) => ({
      approach: a,
      score: scores[a],
      ruledOutBy: first.ruledOut[a],
      opposedBy: first.fired
        .filter((r) => r.effects.some((e) => e.kind === "opposes" && e.approach === a))
        .map((r) => r.id as RuleId),
      supportedBy: first.fired
        .filter((r) => r.effects.some((e) => e.kind === "supports" && e.approach === a))
        .map((r) => r.id as RuleId),
      whyNot: whyNot(a, approach, first.ruledOut[a], answers),
    }))
    .sort(
      (a, b) =>
        Number(a.score === null) - Number(b.score === null) ||
        (b.score ?? 0) - (a.score ?? 0) ||
        SIMPLEST_FIRST.indexOf(a.approach) - SIMPLEST_FIRST.indexOf(b.approach),
    );

  const counterfactuals: Counterfactual[] = [];
  for (const n of neighbours(answers)) {
    const other = outline(n.answers).approach;
    if (other !== approach)
      counterfactuals.push({ question: n.question, answer: n.answer, approach: other });
  }

  const resolutions: Resolution[] = [];
  for (const question of findOut) {
    for (const answer of valuesOf(question)) {
      if (answer === UNSURE) continue;
      const resolved = { ...answers, [question]: answer } as Answers;
      resolutions.push({
        question,
        answer,
        approach: outline(resolved).approach,
        confidence: confidenceOf(resolved),
      });
    }
  }

  const confidence = confidenceOf(answers);
  const state: DecisionState =
    conflicts.length > notes.length
      ? "conflicting"
      : findOut.length > 0 || confidence < 0.5
        ? "tentative"
        : "confident";

  const perClient = Object.fromEntries(
    answers.clients.map((c) => [c, planFor(c, approach, answers, addOns)]),
  ) as Partial<Record<Client, ClientPlan>>;

  return {
    approach,
    addOns,
    confidence,
    state,
    rulesetVersion,
    scores,
    reasons,
    against,
    conflicts,
    notes,
    findOut,
    resolutions,
    alternatives,
    counterfactuals,
    perClient,
    trace,
  };
}

export async function evaluateDecision(answers: Answers): Promise<Decision> {
  return decide(answers);
}

export { ruleset };
