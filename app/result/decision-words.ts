// A decision's words in one language, worked out once: the confidence in words, the plan per client, the
// conflicts with the answers each is about, why each other approach lost. The result page, its chat summary and
// GET /api/decision all read these (the API's JSON shape is its own; see api.decision.ts).
import type { Alternative, Client, Decision, QuestionId, RuleId } from "~/decision";
import type { PlanFact } from "~/decision/plan-provider";
import { CONFIDENCE_NUMBER_NOTE, confidenceInWords } from "~/decision/confidence-words";
import { ruleText } from "~/decision/rule-text";
import type { Lang } from "~/i18n";
import { conflictQuestions } from "./conflicts";

export interface PlanWords {
  summary: string;
  holds: string;
  sends: string;
  lifetime: string;
  revocation: string;
  signIn?: string;
  baseline: string[];
  provider?: (Omit<PlanFact, "text"> & { text: string })[];
}

export interface ConflictWords {
  id: RuleId;
  /** Only a note: a mismatch worth naming that does not put the result in doubt. */
  note: boolean;
  title: string;
  text: string;
  /** The answers it is about (to change one of them resolves it). */
  questions: QuestionId[];
}

export interface DecisionWords {
  confidence: { kind: string; label: string; reason: string };
  /** What the confidence number means (and does not). */
  confidenceNote: string;
  /** The plan of each answered client, in the order evaluateDecision keeps them. */
  plans: Partial<Record<Client, PlanWords>>;
  conflicts: ConflictWords[];
  alternatives: (Omit<Alternative, "whyNot"> & { whyNot: string })[];
}

export function decisionWords(decision: Decision, lang: Lang): DecisionWords {
  const words = confidenceInWords(decision);
  const plans: Partial<Record<Client, PlanWords>> = {};
  for (const [client, plan] of Object.entries(decision.perClient) as [
    Client,
    NonNullable<Decision["perClient"][Client]>,
  ][]) {
    plans[client] = {
      summary: plan.summary[lang],
      holds: plan.holds[lang],
      sends: plan.sends[lang],
      lifetime: plan.lifetime[lang],
      revocation: plan.revocation[lang],
      ...(plan.signIn && { signIn: plan.signIn[lang] }),
      baseline: plan.baseline.map((b) => b[lang]),
      ...(plan.provider && {
        provider: plan.provider.map((f) => ({
          status: f.status,
          text: f.text[lang],
          sources: f.sources,
          checked: f.checked,
        })),
      }),
    };
  }
  return {
    confidence: { kind: words.kind, label: words.label[lang], reason: words.reason[lang] },
    confidenceNote: CONFIDENCE_NUMBER_NOTE[lang],
    plans,
    conflicts: decision.conflicts.map((id) => ({
      id,
      note: decision.notes.includes(id),
      title: ruleText[id].title[lang],
      text: ruleText[id].explanation[lang],
      questions: conflictQuestions(decision, id),
    })),
    alternatives: decision.alternatives.map((a) => ({ ...a, whyNot: a.whyNot[lang] })),
  };
}
