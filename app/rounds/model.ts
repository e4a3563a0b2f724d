// The team round's pure logic: from the members' answers to the reveal (questions ordered by disagreement, the
// spread of each, what each answer in play would recommend) and from the facilitator's choices to the settled
// answers. No I/O: the same in the server and in the tests.
import {
  QUESTION_IDS,
  evaluateDecision,
  formatShareLink,
  isMultipleChoice,
  defaultAnswer,
  isOptional,
  isSkipped,
  validateAnswers,
  type Answers,
  type QuestionId,
} from "~/decision";

/** The only parts of a decision a round shows; the rest of the decision object is not relied on. */
export interface Outcome {
  approach: string;
  addOns: string[];
  confidence: number;
}

export interface MemberAnswers {
  /** 1, 2, 3 … in the order members joined; stands in for the name when none was given. */
  seq: number;
  name: string;
  /** Undefined until the member has answered. */
  answers?: Answers;
  /**
   * Optional questions the member left blank. Their answers then hold the documented default, which is not
   * theirs: a blank is counted apart, never as a vote for the default.
   */
  unanswered?: readonly QuestionId[];
}

export interface SpreadEntry {
  /** The answer as it appears in a share link (`clients` comma-joined). */
  value: string;
  /** Members who gave it, in joining order. */
  members: { seq: number; name: string }[];
}

export interface QuestionSpread {
  question: QuestionId;
  /** Answers in play, most given first, then in catalog order. */
  entries: SpreadEntry[];
  /** Members who left this (optional) question blank: never an answer in play, never a majority. */
  noAnswer: { seq: number; name: string }[];
  agreed: boolean;
  /** 0 when everyone agrees; 1 − (share of the most given answer), so a 2:2 split ranks above 3:1. */
  disagreement: number;
}

export interface Alternative {
  value: string;
  outcome: Outcome;
}

export interface Disagreement extends QuestionSpread {
  /** What the recommendation would be with this answer and the other questions as settled (or as most said). */
  alternatives: Alternative[];
  settled?: Settlement;
}

export interface Settlement {
  value: string;
  note: string;
}

export type Settlements = Partial<Record<QuestionId, Settlement>>;

export interface Reveal {
  answered: number;
  /** Questions ordered: disagreements first (most divided first), then agreed questions in catalog order. */
  questions: QuestionSpread[];
  disagreements: Disagreement[];
  agreedCount: number;
  questionCount: number;
  /** What each member's own answers alone would recommend. */
  members: { seq: number; name: string; outcome: Outcome; link: string }[];
  /** The answers the disagreements are evaluated against: settled values, else the most given answer. */
  base: Answers;
  /** Complete when every disagreement is settled: the settled answers and their share link. */
  settledAnswers?: Answers;
  settledLink?: string;
  /** What the settled answers recommend: the team's result, once every disagreement is settled. */
  settledOutcome?: Outcome;
}

/** An answer as one comparable string: the share-link spelling (`clients` sorted and comma-joined). */
export function answerValue(answers: Answers, id: QuestionId): string {
  const value = answers[id];
  return Array.isArray(value) ? value.join(",") : String(value);
}

function catalogRank(id: QuestionId): number {
  return QUESTION_IDS.indexOf(id);
}

/** The answer an optional question takes when left blank (a skipped conditional one is not blank). */
function optionalDefault(id: QuestionId): string | undefined {
  return isOptional(id) ? defaultAnswer(id) : undefined;
}

/** Optional questions absent from a submitted form or query: left blank, whatever their default. */
export function unansweredOptional(params: URLSearchParams): QuestionId[] {
  // What the form says, blanks read as their defaults: a follow-up that does not apply (tokens without an
  // OpenID Connect provider) was never asked, so it is not a blank either.
  const given: Partial<Record<QuestionId, unknown>> = {};
  for (const id of QUESTION_IDS) {
    const values = params.getAll(id).flatMap((v) => v.split(",")).filter(Boolean);
    given[id] = isMultipleChoice(id) ? values : (values[0] ?? optionalDefault(id));
  }
  return QUESTION_IDS.filter(
    (id) =>
      optionalDefault(id) !== undefined &&
      (params.get(id) ?? "") === "" &&
      !isSkipped(id, given),
  );
}

/**
 * A member's answers as stored: the share link (defaults omitted) plus every optional question answered with
 * its default spelled out, so that reading it back tells a chosen default from a blank.
 */
export function storedAnswers(answers: Answers, unanswered: readonly QuestionId[]): string {
  const link = new URLSearchParams(formatShareLink({ answers }));
  for (const id of QUESTION_IDS) {
    const fallback = optionalDefault(id);
    if (fallback !== undefined && !unanswered.includes(id) && !link.has(id)) link.set(id, fallback);
  }
  return link.toString();
}

/** The optional questions a stored answer leaves blank (see storedAnswers). */
export function unansweredInStored(stored: string): QuestionId[] {
  return unansweredOptional(new URLSearchParams(stored));
}

function leftBlank(m: MemberAnswers, question: QuestionId): boolean {
  return m.unanswered?.includes(question) ?? false;
}

/** The spread of every question over the members who answered, ordered by disagreement. */
export function spreads(members: readonly MemberAnswers[]): QuestionSpread[] {
  const everyone = members.filter((m) => m.answers !== undefined);
  // A question that did not apply to a member (tokens without an OpenID Connect provider, the store on one
  // server) was never asked: it is neither their answer nor a blank, and one asked of nobody is not listed.
  const asked = (m: MemberAnswers, question: QuestionId) => !isSkipped(question, m.answers!);
  const applying = QUESTION_IDS.filter((q) => everyone.some((m) => asked(m, q)));
  const out = applying.map((question): QuestionSpread => {
    const answered = everyone.filter((m) => asked(m, question) && !leftBlank(m, question));
    const total = answered.length;
    const byValue = new Map<string, SpreadEntry>();
    for (const m of answered) {
      const value = answerValue(m.answers!, question);
      const entry = byValue.get(value) ?? { value, members: [] };
      entry.members.push({ seq: m.seq, name: m.name });
      byValue.set(value, entry);
    }
    const first = new Map<string, number>();
    answered.forEach((m, i) => {
      const v = answerValue(m.answers!, question);
      if (!first.has(v)) first.set(v, i);
    });
    const entries = [...byValue.values()].sort(
      (a, b) => b.members.length - a.members.length || first.get(a.value)! - first.get(b.value)!,
    );
    const top = entries[0]?.members.length ?? 0;
    return {
      question,
      entries,
      noAnswer: everyone
        .filter((m) => asked(m, question) && leftBlank(m, question))
        .map((m) => ({ seq: m.seq, name: m.name })),
      agreed: entries.length <= 1,
      disagreement: total === 0 ? 0 : 1 - top / total,
    };
  });
  return out.sort(
    (a, b) =>
      Number(a.agreed) - Number(b.agreed) ||
      b.disagreement - a.disagreement ||
      b.entries.length - a.entries.length ||
      catalogRank(a.question) - catalogRank(b.question),
  );
}

/** Raw values per question → validated answers (conditional and optional defaults applied), or undefined. */
export function toAnswers(values: Partial<Record<QuestionId, string>>): Answers | undefined {
  const input: Record<string, unknown> = {};
  for (const id of QUESTION_IDS) {
    const v = values[id];
    if (v === undefined) continue;
    input[id] = isMultipleChoice(id) ? v.split(",") : v;
  }
  const result = validateAnswers(input);
  return result.success ? result.answers : undefined;
}

async function outcomeOf(answers: Answers): Promise<Outcome> {
  const d = await evaluateDecision(answers);
  return { approach: d.approach, addOns: [...d.addOns], confidence: d.confidence };
}

/**
 * Checks the facilitator's choices against the spreads: only a disagreement can be settled, and only with an
 * answer in play there. Returns the accepted settlements, or the questions that were refused.
 */
export function checkSettlements(
  questions: readonly QuestionSpread[],
  choices: Settlements,
): { ok: true; settlements: Settlements } | { ok: false; refused: QuestionId[] } {
  const refused: QuestionId[] = [];
  const settlements: Settlements = {};
  for (const [id, s] of Object.entries(choices) as [QuestionId, Settlement][]) {
    const spread = questions.find((q) => q.question === id);
    if (!spread || spread.agreed || !spread.entries.some((e) => e.value === s.value)) {
      refused.push(id);
      continue;
    }
    settlements[id] = s;
  }
  return refused.length > 0 ? { ok: false, refused } : { ok: true, settlements };
}

/** Everything the reveal page shows. Members who never answered are left out of the spreads. */
export async function reveal(
  members: readonly MemberAnswers[],
  settlements: Settlements = {},
): Promise<Reveal> {
  const questions = spreads(members);
  const answered = members.filter((m) => m.answers !== undefined);
  const baseValues: Partial<Record<QuestionId, string>> = {};
  for (const q of questions) {
    const top = q.entries[0];
    if (top === undefined) continue;
    const settled = settlements[q.question];
    baseValues[q.question] =
      !q.agreed && settled && q.entries.some((e) => e.value === settled.value)
        ? settled.value
        : top.value;
  }
  // With nobody answered there is nothing to reveal; `base` then stays the first member's shape (unused).
  const base = toAnswers(baseValues) ?? (answered[0]?.answers as Answers);

  const disagreements: Disagreement[] = [];
  for (const q of questions) {
    if (q.agreed) continue;
    const alternatives: Alternative[] = [];
    for (const entry of q.entries) {
      const answers = toAnswers({ ...baseValues, [q.question]: entry.value });
      if (answers) alternatives.push({ value: entry.value, outcome: await outcomeOf(answers) });
    }
    const settled = settlements[q.question];
    disagreements.push({
      ...q,
      alternatives,
      ...(settled && q.entries.some((e) => e.value === settled.value) && { settled }),
    });
  }

  const memberOutcomes = [];
  for (const m of answered) {
    memberOutcomes.push({
      seq: m.seq,
      name: m.name,
      outcome: await outcomeOf(m.answers!),
      link: formatShareLink({ answers: m.answers! }),
    });
  }

  const allSettled = answered.length > 0 && disagreements.every((d) => d.settled !== undefined);
  const settledAnswers = allSettled ? toAnswers(baseValues) : undefined;
  return {
    answered: answered.length,
    questions,
    disagreements,
    agreedCount: questions.filter((q) => q.agreed).length,
    questionCount: questions.length,
    members: memberOutcomes,
    base,
    ...(settledAnswers && {
      settledAnswers,
      settledLink: formatShareLink({ answers: settledAnswers }),
      settledOutcome: await outcomeOf(settledAnswers),
    }),
  };
}

/** How a round's disagreements were settled, as stored with a record made from the round. */
export interface SettledDisagreement {
  question: QuestionId;
  /** Each answer in play and how many members gave it. */
  spread: { value: string; count: number }[];
  /** Members who left the question blank, when any did. */
  noAnswer?: number;
  settled: string;
  note: string;
}

export function settledDisagreements(r: Reveal): SettledDisagreement[] {
  return r.disagreements.flatMap((d) =>
    d.settled
      ? [
          {
            question: d.question,
            spread: d.entries.map((e) => ({ value: e.value, count: e.members.length })),
            ...(d.noAnswer.length > 0 && { noAnswer: d.noAnswer.length }),
            settled: d.settled.value,
            note: d.settled.note,
          },
        ]
      : [],
  );
}
