// Which answers a conflict is about: the questions its rule looked at, read from the trace evaluateDecision kept,
// so that the result page and the chat summary can say which answer to change.
import type { Decision, QuestionId, RuleId } from "~/decision";

export function conflictQuestions(decision: Pick<Decision, "trace">, rule: RuleId): QuestionId[] {
  const trace = decision.trace.find((t) => t.rule === rule);
  const out: QuestionId[] = [];
  for (const c of trace?.conditions ?? []) {
    if (!c.held || c.guard || c.fact === "approach") continue;
    if (!out.includes(c.fact)) out.push(c.fact);
  }
  return out;
}
