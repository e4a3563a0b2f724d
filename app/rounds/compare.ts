// Two results side by side: the answers that differ and which of those differences, on their own, change the
// recommendation (from either side). Pure: uses evaluateDecision's approach, add-ons and confidence only.
import { QUESTION_IDS, type Answers, type QuestionId } from "~/decision";
import { answerValue, toAnswers, type Outcome } from "./model";
import { evaluateDecision } from "~/decision";

/** Longest pasted link the compare page reads. */
export const MAX_LINK = 2000;

export interface Difference {
  question: QuestionId;
  a: string;
  b: string;
  /** The first link's approach with only this answer taken from the second, when that changes it. */
  aChangesTo?: string;
  /** The second link's approach with only this answer taken from the first, when that changes it. */
  bChangesTo?: string;
}

export interface Comparison {
  a: Outcome;
  b: Outcome;
  differences: Difference[];
}

async function outcome(answers: Answers): Promise<Outcome> {
  const d = await evaluateDecision(answers);
  return { approach: d.approach, addOns: [...d.addOns], confidence: d.confidence };
}

function values(answers: Answers): Partial<Record<QuestionId, string>> {
  return Object.fromEntries(QUESTION_IDS.map((id) => [id, answerValue(answers, id)]));
}

export async function compareAnswers(a: Answers, b: Answers): Promise<Comparison> {
  const [oa, ob] = [await outcome(a), await outcome(b)];
  const differences: Difference[] = [];
  for (const id of QUESTION_IDS) {
    const [va, vb] = [answerValue(a, id), answerValue(b, id)];
    if (va === vb) continue;
    const aWithB = toAnswers({ ...values(a), [id]: vb });
    const bWithA = toAnswers({ ...values(b), [id]: va });
    const aTo = aWithB ? (await outcome(aWithB)).approach : oa.approach;
    const bTo = bWithA ? (await outcome(bWithA)).approach : ob.approach;
    differences.push({
      question: id,
      a: va,
      b: vb,
      ...(aTo !== oa.approach && { aChangesTo: aTo }),
      ...(bTo !== ob.approach && { bChangesTo: bTo }),
    });
  }
  return { a: oa, b: ob, differences };
}
