// The one-question-a-page flow: which questions apply, in what order, and where Continue and Back lead.
// Answers travel in the URL; a question that cannot matter given earlier answers is skipped (its documented
// default applies), and a change that makes a new question apply asks it before returning to the check page.
import {
  QUESTION_IDS,
  isSkipped,
  optionalDefault,
  type Answers,
  type QuestionId,
} from "./questions";

export type PartialAnswers = Partial<Answers>;

/** The questions that apply to these answers, in order. */
export function applicableQuestions(answers: PartialAnswers): QuestionId[] {
  return QUESTION_IDS.filter((id) => !isSkipped(id, answers));
}

function isAnswered(id: QuestionId, answers: PartialAnswers): boolean {
  const value = answers[id];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

/** The first applicable question that still needs an answer (optional questions never block). */
export function firstUnanswered(answers: PartialAnswers): QuestionId | undefined {
  return applicableQuestions(answers).find(
    (id) => optionalDefault(id) === undefined && !isAnswered(id, answers),
  );
}

export type FlowTarget = { kind: "question"; id: QuestionId } | { kind: "check" };

/**
 * Where Continue leads from `current`. Coming from the check page, a newly applicable question is asked first,
 * then the check page again; otherwise the next applicable question, then the check page.
 */
export function nextStep(
  current: QuestionId,
  answers: PartialAnswers,
  returningToCheck: boolean,
): FlowTarget {
  const missing = firstUnanswered(answers);
  if (returningToCheck) return missing ? { kind: "question", id: missing } : { kind: "check" };
  // The next applicable question after this one in catalog order (this one may itself have been skipped).
  const next = applicableQuestions(answers).find(
    (id) => QUESTION_IDS.indexOf(id) > QUESTION_IDS.indexOf(current),
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
