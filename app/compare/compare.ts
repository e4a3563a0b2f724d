// Two results side by side: the answers that differ and which of those differences, on their own, change the
// recommendation (from either side): its approach or its add-ons. Pure: uses evaluateDecision's approach, add-ons
// and confidence only, never a tally of its own.
import { QUESTION_IDS, type Answers, type QuestionId } from "~/decision";
import { answerValue, toAnswers, type Outcome } from "~/rounds/model";
import { evaluateDecision } from "~/decision";

/** Longest pasted link the compare page reads. */
export const MAX_LINK = 2000;

/** How one side's recommendation changes when it takes a single answer from the other side. */
export interface Change {
  /** The approach it would recommend instead, when that differs. */
  approach?: string;
  /** Add-ons it would need that it does not need now, and add-ons it would no longer need. */
  addOnsAdded: string[];
  addOnsRemoved: string[];
}

export interface Difference {
  question: QuestionId;
  a: string;
  b: string;
  /** The first link with only this answer taken from the second, when that changes its recommendation. */
  aChange?: Change;
  /** The second link with only this answer taken from the first, when that changes its recommendation. */
  bChange?: Change;
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

/** What changes from one outcome to another; undefined when the approach and the add-ons stay the same. */
export function changeBetween(before: Outcome, after: Outcome): Change | undefined {
  const addOnsAdded = after.addOns.filter((x) => !before.addOns.includes(x));
  const addOnsRemoved = before.addOns.filter((x) => !after.addOns.includes(x));
  const approachChanged = after.approach !== before.approach;
  if (!approachChanged && addOnsAdded.length === 0 && addOnsRemoved.length === 0) return undefined;
  return { ...(approachChanged && { approach: after.approach }), addOnsAdded, addOnsRemoved };
}

/** The outcome of `answers` with one answer replaced; the same outcome when the mix is not a valid answer set. */
async function outcomeWith(
  answers: Answers,
  id: QuestionId,
  value: string,
  unchanged: Outcome,
): Promise<Outcome> {
  const mixed = toAnswers({ ...values(answers), [id]: value });
  return mixed ? outcome(mixed) : unchanged;
}

export async function compareAnswers(a: Answers, b: Answers): Promise<Comparison> {
  const [oa, ob] = [await outcome(a), await outcome(b)];
  const differences: Difference[] = [];
  for (const id of QUESTION_IDS) {
    const [va, vb] = [answerValue(a, id), answerValue(b, id)];
    if (va === vb) continue;
    const aChange = changeBetween(oa, await outcomeWith(a, id, vb, oa));
    const bChange = changeBetween(ob, await outcomeWith(b, id, va, ob));
    differences.push({
      question: id,
      a: va,
      b: vb,
      ...(aChange && { aChange }),
      ...(bChange && { bChange }),
    });
  }
  return { a: oa, b: ob, differences };
}
