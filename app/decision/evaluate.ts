// evaluateDecision(answers) → the SPEC outcome: one approach, add-ons, a confidence, the reasons with their
// trace, conflicts, what to find out, why the other approaches lost, and the single answers that would
// change the approach. Pure: no I/O, the same in the server, the tests and a CLI.
import { ADD_ONS, APPROACHES, type AddOn, type Approach } from "./outcomes";
import { DECIDING_QUESTIONS, valuesOf, type Answers, type QuestionId } from "./questions";
import { ruleById, runStage, type RuleTrace } from "./engine";
import { ruleset, type Effect, type RuleDef, type RuleId } from "./ruleset";
import { rulesetVersion } from "./version";

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
  score: number;
  ruledOutBy: RuleId[];
  /** Fired rules that counted against it. */
  opposedBy: RuleId[];
  /** Fired rules that counted for it. */
  supportedBy: RuleId[];
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

export interface Decision {
  approach: Approach;
  addOns: AddOn[];
  confidence: number;
  rulesetVersion: string;
  scores: Record<Approach, number>;
  reasons: Reason[];
  /** Fired rules that argued against the chosen approach, kept for honesty. */
  against: RuleId[];
  conflicts: RuleId[];
  findOut: QuestionId[];
  /** For each question to find out: the approach and confidence each definite answer would give. */
  resolutions: Resolution[];
  alternatives: Alternative[];
  counterfactuals: Counterfactual[];
  trace: RuleTrace[];
}

interface Tally {
  approach: Approach;
  scores: Record<Approach, number>;
  ruledOut: Record<Approach, RuleId[]>;
  fired: RuleDef[];
  trace: RuleTrace[];
}

/** Ties go to the simpler, more revocable approach: the order of APPROACHES. */
function tally(trace: RuleTrace[]): Tally {
  const scores = Object.fromEntries(APPROACHES.map((a) => [a, 0])) as Record<Approach, number>;
  const ruledOut = Object.fromEntries(APPROACHES.map((a) => [a, []])) as unknown as Record<
    Approach,
    RuleId[]
  >;
  const fired = trace.filter((t) => t.fired).map((t) => ruleById(t.rule));
  for (const rule of fired) {
    for (const effect of rule.effects as readonly Effect[]) {
      if (effect.kind === "supports") scores[effect.approach] += effect.strength;
      if (effect.kind === "opposes") scores[effect.approach] -= effect.strength;
      if (effect.kind === "rules-out") ruledOut[effect.approach].push(rule.id as RuleId);
    }
  }
  const open = APPROACHES.filter((a) => ruledOut[a].length === 0);
  const candidates = open.length > 0 ? open : [...APPROACHES];
  let approach = candidates[0]!;
  for (const a of candidates) if (scores[a] > scores[approach]) approach = a;
  return { approach, scores, ruledOut, fired, trace };
}

function facts(answers: Answers): Record<string, unknown> {
  return { ...answers, clients: [...answers.clients] };
}

async function decideApproach(answers: Answers): Promise<Tally> {
  return tally(await runStage("approach", facts(answers)));
}

/** Only the approach, for counterfactuals: cached, since neighbouring answers repeat across requests. */
const approachCache = new Map<string, Approach>();
const CACHE_LIMIT = 4096;

async function approachOf(answers: Answers): Promise<Approach> {
  const key = DECIDING_QUESTIONS.map((q) => String(answers[q])).join("|");
  const hit = approachCache.get(key);
  if (hit) return hit;
  const { approach } = await decideApproach(answers);
  if (approachCache.size >= CACHE_LIMIT) approachCache.clear();
  approachCache.set(key, approach);
  return approach;
}

/** Every answer set that differs from `answers` in exactly one deciding question. */
export function neighbours(
  answers: Answers,
): { question: QuestionId; answer: string; answers: Answers }[] {
  const out: { question: QuestionId; answer: string; answers: Answers }[] = [];
  for (const q of DECIDING_QUESTIONS) {
    if (q === "clients") {
      for (const client of valuesOf("clients")) {
        const has = answers.clients.includes(client);
        const next = has
          ? answers.clients.filter((c) => c !== client)
          : valuesOf("clients").filter((c) => c === client || answers.clients.includes(c));
        if (next.length === 0) continue;
        out.push({ question: q, answer: next.join(","), answers: { ...answers, clients: next } });
      }
      continue;
    }
    for (const value of valuesOf(q)) {
      if (value === answers[q]) continue;
      out.push({ question: q, answer: value, answers: { ...answers, [q]: value } });
    }
  }
  return out;
}

function because(trace: RuleTrace | undefined): Because[] {
  if (!trace) return [];
  const out: Because[] = [];
  for (const c of trace.conditions) {
    if (!c.held || c.fact === "approach" || c.fact === "addOns") continue;
    const question = c.fact;
    // For a list answer the reason is the element the rule looked for, not the whole list.
    const answer = Array.isArray(c.actual) ? String(c.expected) : String(c.actual);
    if (!out.some((b) => b.question === question && b.answer === answer))
      out.push({ question, answer });
  }
  return out;
}

function citesOf(rule: RuleDef): string[] {
  return [...rule.cites.arguments, ...rule.cites.sources];
}

export function confidenceOf(
  t: Pick<Tally, "approach" | "scores" | "ruledOut">,
  conflicts: number,
  unsure: number,
): number {
  const rivals = APPROACHES.filter((a) => a !== t.approach && t.ruledOut[a].length === 0);
  const runnerUp =
    rivals.length > 0 ? Math.max(...rivals.map((a) => t.scores[a])) : t.scores[t.approach] - 6;
  const margin = Math.max(0, t.scores[t.approach] - runnerUp);
  // A clear margin approaches 0.95; a tie sits at 0.35. Every conflict and every "unsure" that matters costs.
  const base = 0.35 + 0.6 * (margin / (margin + 3));
  const value = base * Math.pow(0.8, conflicts) * Math.pow(0.85, unsure);
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

/** Approach and confidence only (no add-ons, no counterfactuals). */
async function outcomeOf(answers: Answers): Promise<{ approach: Approach; confidence: number }> {
  const t = await decideApproach(answers);
  const count = (kind: Effect["kind"]) =>
    t.fired.filter((r) => (r.effects as readonly Effect[]).some((e) => e.kind === kind)).length;
  return {
    approach: t.approach,
    confidence: confidenceOf(t, count("conflict"), count("find-out")),
  };
}

export async function evaluateDecision(answers: Answers): Promise<Decision> {
  const first = await decideApproach(answers);
  const addOnSet = new Set<AddOn>();
  const conflicts: RuleId[] = [];
  const findOut: QuestionId[] = [];
  const addOnRule = new Map<AddOn, RuleDef[]>();
  const noteAddOn = (rule: RuleDef, addOn: AddOn) => {
    addOnSet.add(addOn);
    addOnRule.set(addOn, [...(addOnRule.get(addOn) ?? []), rule]);
  };
  for (const rule of first.fired) {
    for (const effect of rule.effects as readonly Effect[]) {
      if (effect.kind === "add-on") noteAddOn(rule, effect.addOn);
      if (effect.kind === "conflict") conflicts.push(rule.id as RuleId);
      if (effect.kind === "find-out") findOut.push(effect.question);
    }
  }
  const second = await runStage("add-on", {
    ...facts(answers),
    approach: first.approach,
    addOns: [...addOnSet],
  });
  for (const t of second.filter((s) => s.fired)) {
    const rule = ruleById(t.rule);
    for (const effect of rule.effects as readonly Effect[]) {
      if (effect.kind === "add-on") noteAddOn(rule, effect.addOn);
    }
  }
  const trace = [...first.trace, ...second];
  const traceOf = (id: string) => trace.find((t) => t.rule === id);

  const reasons: Reason[] = [];
  const against: RuleId[] = [];
  for (const rule of first.fired) {
    for (const effect of rule.effects as readonly Effect[]) {
      if (effect.kind === "supports" && effect.approach === first.approach) {
        reasons.push({
          rule: rule.id as RuleId,
          supports: first.approach,
          strength: effect.strength,
          because: because(traceOf(rule.id)),
          cites: citesOf(rule),
        });
      }
      if (effect.kind === "opposes" && effect.approach === first.approach)
        against.push(rule.id as RuleId);
    }
  }
  reasons.sort((a, b) => (b.strength ?? 0) - (a.strength ?? 0));
  const addOns = ADD_ONS.filter((a) => addOnSet.has(a));
  for (const addOn of addOns) {
    for (const rule of addOnRule.get(addOn) ?? []) {
      reasons.push({
        rule: rule.id as RuleId,
        supports: addOn,
        because: because(traceOf(rule.id)),
        cites: citesOf(rule),
      });
    }
  }

  const alternatives: Alternative[] = APPROACHES.filter((a) => a !== first.approach)
    .map((approach) => ({
      approach,
      score: first.scores[approach],
      ruledOutBy: first.ruledOut[approach],
      opposedBy: first.fired
        .filter((r) => r.effects.some((e) => e.kind === "opposes" && e.approach === approach))
        .map((r) => r.id as RuleId),
      supportedBy: first.fired
        .filter((r) => r.effects.some((e) => e.kind === "supports" && e.approach === approach))
        .map((r) => r.id as RuleId),
    }))
    .sort(
      (a, b) =>
        Number(a.ruledOutBy.length > 0) - Number(b.ruledOutBy.length > 0) || b.score - a.score,
    );

  const counterfactuals: Counterfactual[] = [];
  for (const n of neighbours(answers)) {
    const approach = await approachOf(n.answers);
    if (approach !== first.approach)
      counterfactuals.push({ question: n.question, answer: n.answer, approach });
  }

  const resolutions: Resolution[] = [];
  for (const question of findOut) {
    for (const answer of valuesOf(question)) {
      if (answer === "unsure") continue;
      const outcome = await outcomeOf({ ...answers, [question]: answer } as Answers);
      resolutions.push({ question, answer, ...outcome });
    }
  }

  return {
    approach: first.approach,
    addOns,
    confidence: confidenceOf(first, conflicts.length, findOut.length),
    rulesetVersion,
    scores: first.scores,
    reasons,
    against,
    conflicts,
    findOut,
    resolutions,
    alternatives,
    counterfactuals,
    trace,
  };
}

export { ruleset };
