// The answer space as a numbered list: one entry per combination of the deciding answers (questions that only
// change implementation notes take their default). The principle tests walk it; the order follows the question
// list, the last question varying fastest.
import {
  DECIDING_QUESTIONS,
  QUESTION_IDS,
  defaultAnswer,
  isMultipleChoice,
  valuesOf,
  type Answers,
  type QuestionId,
} from "./questions";

/** How many answers a question has: its values, or for a multiple-choice question every non-empty subset. */
function sizeOf(id: QuestionId): number {
  const n = valuesOf(id).length;
  return isMultipleChoice(id) ? 2 ** n - 1 : n;
}

const SIZES = DECIDING_QUESTIONS.map(sizeOf);

export const ANSWER_SPACE_SIZE = SIZES.reduce((a, b) => a * b, 1);

function digit(id: QuestionId, answer: unknown): number {
  const values = valuesOf(id) as readonly string[];
  if (!isMultipleChoice(id)) return values.indexOf(answer as string);
  let mask = 0;
  for (const value of answer as string[]) mask |= 1 << values.indexOf(value);
  return mask - 1;
}

function answerOf(id: QuestionId, d: number): unknown {
  const values = valuesOf(id) as readonly string[];
  return isMultipleChoice(id) ? values.filter((_, bit) => (d + 1) & (1 << bit)) : values[d];
}

/** The position of a set of answers in the answer space. */
export function answerSpaceIndex(answers: Answers): number {
  let index = 0;
  DECIDING_QUESTIONS.forEach((id, i) => (index = index * SIZES[i]! + digit(id, answers[id])));
  return index;
}

/** The answers at a position (questions outside the space take their default). */
export function answersAt(index: number): Answers {
  const out: Record<string, unknown> = {};
  for (const id of QUESTION_IDS) out[id] = defaultAnswer(id);
  for (let i = DECIDING_QUESTIONS.length - 1; i >= 0; i--) {
    out[DECIDING_QUESTIONS[i]!] = answerOf(DECIDING_QUESTIONS[i]!, index % SIZES[i]!);
    index = Math.floor(index / SIZES[i]!);
  }
  return out as Answers;
}

/** Every answer set, in index order. */
export function* answerSpace(): Generator<Answers> {
  for (let i = 0; i < ANSWER_SPACE_SIZE; i++) yield answersAt(i);
}
