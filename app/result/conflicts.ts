// Which answers a conflict is about: the questions its rule looked at, read from the trace evaluateDecision kept,
// so that the result page and the chat summary can say which answer to change.
import type { Decision, QuestionId, RuleId } from "~/decision";
import { FACT_QUESTIONS, type DerivedFactId } from "~/decision/derived";

export function conflictQuestions(decision: Pick<Decision, "trace">, rule: RuleId): QuestionId[] {
  const trace = decision.trace.find((t) => t.rule === rule);
  const out: QuestionId[] = [];
  for (const c of trace?.conditions ?? []) {
    if (!c.held || c.guard || c.fact === "approach") continue;
    // A derived fact (the provider's role, what the store answer means) names the answers it is read from.
    const questions =
      c.fact in FACT_QUESTIONS ? FACT_QUESTIONS[c.fact as DerivedFactId] : [c.fact as QuestionId];
    for (const q of questions) if (!out.includes(q)) out.push(q);
  }
  return out;
}
