// The one-question-a-page flow: which questions apply, in what order, and where Continue and Back lead.
// Answers travel in the URL; a question that cannot matter given earlier answers is skipped (its documented
// default applies), and a change that makes a new question apply asks it before returning to the check page.
import {
  ASK_ORDER,
  QUESTION_IDS,
  catalog,
  defaultAnswer,
  isOptional,
  isSkipped,
  type Answers,
  type QuestionId,
} from "./questions";

export type PartialAnswers = Partial<Answers>;

/** The questions that apply to these answers, in the order the flow asks them. */
export function applicableQuestions(answers: PartialAnswers): QuestionId[] {
  return ASK_ORDER.filter((id) => !isSkipped(id, answers));
}

function isAnswered(id: QuestionId, answers: PartialAnswers): boolean {
  const value = answers[id];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

/** The first applicable question that still needs an answer (optional questions never block). */
export function firstUnanswered(answers: PartialAnswers): QuestionId | undefined {
  return applicableQuestions(answers).find((id) => !isOptional(id) && !isAnswered(id, answers));
}

/**
 * Complete answers in which every question that does not apply takes its default: the one-page form sends every
 * question it shows, and an answer to one that does not apply must not travel on into the result.
 */
export function skippedAsDefault(answers: Answers): Answers {
  const out: Record<string, unknown> = { ...answers };
  for (const id of QUESTION_IDS) {
    const fallback = defaultAnswer(id);
    if (fallback !== undefined && isSkipped(id, out)) out[id] = fallback;
  }
  return out as Answers;
}

/** The conditional questions that are asked or not depending on `id`'s answer. */
export function followUpsOf(id: QuestionId): QuestionId[] {
  return QUESTION_IDS.filter(
    (q) => (catalog[q] as { askedWhen?: { question: string } }).askedWhen?.question === id,
  );
}

/**
 * The answers without those to questions that no longer apply: switching the provider back to our own sign-in
 * drops what our APIs accept, removing every browser client drops where they live. Asked again, they start empty.
 */
export function withoutSkipped(answers: PartialAnswers): PartialAnswers {
  const out: PartialAnswers = { ...answers };
  for (;;) {
    const gone = QUESTION_IDS.filter((id) => out[id] !== undefined && isSkipped(id, out));
    if (gone.length === 0) return out;
    for (const id of gone) delete out[id];
  }
}

export type FlowTarget = { kind: "question"; id: QuestionId } | { kind: "check" };

/**
 * Where Continue leads from `current`. Coming from the check page or the result page (`returning`), a newly
 * applicable question is asked first, then the page that was left ("check" stands for it); otherwise the next
 * applicable question, then the check page.
 */
export function nextStep(
  current: QuestionId,
  answers: PartialAnswers,
  returning: boolean,
): FlowTarget {
  const missing = firstUnanswered(answers);
  if (returning) {
    // A follow-up this answer has just made applicable is asked even when it is optional (what our APIs accept
    // after choosing a provider); then any required question still unanswered; then the page that was left.
    const followUp = applicableQuestions(answers).find(
      (id) => followUpsOf(current).includes(id) && !isAnswered(id, answers),
    );
    const ask = followUp ?? missing;
    return ask ? { kind: "question", id: ask } : { kind: "check" };
  }
  // The next applicable question after this one in asking order (this one may itself have been skipped).
  const next = applicableQuestions(answers).find(
    (id) => ASK_ORDER.indexOf(id) > ASK_ORDER.indexOf(current),
  );
  return next
    ? { kind: "question", id: next }
    : missing
      ? { kind: "question", id: missing }
      : { kind: "check" };
}

/** Where Back leads: the previous applicable question, or nothing on the first one. */
export function previousStep(current: QuestionId, answers: PartialAnswers): QuestionId | undefined {
  const order = applicableQuestions(answers);
  const i = order.indexOf(current);
  return i > 0 ? order[i - 1] : undefined;
}

/** "Question N of M" for the current question, given the answers so far. */
export function progress(current: QuestionId, answers: PartialAnswers): { n: number; m: number } {
  const order = applicableQuestions(answers);
  return { n: order.indexOf(current) + 1, m: order.length };
}
