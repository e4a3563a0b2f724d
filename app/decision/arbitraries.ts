// fast-check arbitraries for answers, derived from the question list (zod-fast-check does not support zod 4).
import * as fc from "fast-check";
import {
  QUESTION_IDS,
  isMultipleChoice,
  valuesOf,
  type Answers,
  type QuestionId,
} from "./questions";

/** Any answer of the contract: a value, or a non-empty subset kept in the list's order. */
function answerArb(id: QuestionId): fc.Arbitrary<unknown> {
  const values = valuesOf(id) as readonly string[];
  if (!isMultipleChoice(id)) return fc.constantFrom(...values);
  return fc
    .subarray([...values], { minLength: 1 })
    .map((list) => values.filter((v) => list.includes(v)));
}

export const answersArb = fc.record(
  Object.fromEntries(QUESTION_IDS.map((id) => [id, answerArb(id)])),
) as fc.Arbitrary<Answers>;
