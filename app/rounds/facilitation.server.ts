// The facilitator's view after the reveal, as a planning-poker table: one card per disagreement with the answers
// (counts and names; blanks counted apart), what each answer would recommend, whether the question changes the
// approach, and the settle controls; a live outcome card from the answers settled so far. Built from the pure
// model and the decision core; no I/O, so the tests call it with members' answers directly.
import { evaluateDecision, type QuestionId } from "~/decision";
import { confidenceInWords } from "~/decision/confidence-words";
import { dictionary, format, type Lang, roundText } from "~/i18n";
import { reveal, type Alternative, type MemberAnswers, type Settlements } from "./model";
import { outcomeView, revealView, type OutcomeView, type RevealView } from "./view.server";

/** What a disagreement does to the recommendation across its answers in play. */
export type Impact = "approach" | "add-ons" | "none";

export function impactOf(alternatives: readonly Alternative[]): Impact {
  const approaches = new Set(alternatives.map((a) => a.outcome.approach));
  if (approaches.size > 1) return "approach";
  const addOns = new Set(alternatives.map((a) => [...a.outcome.addOns].sort().join(",")));
  return addOns.size > 1 ? "add-ons" : "none";
}

const IMPACT_RANK: Record<Impact, number> = { approach: 0, "add-ons": 1, none: 2 };

export interface SettleOption {
  value: string;
  label: string;
  count: number;
  names: string[];
  /** The recommendation with this answer (the other questions as settled, else as most answered). */
  outcome?: OutcomeView;
}

export interface SettleCard {
  question: QuestionId;
  title: string;
  impact: Impact;
  options: SettleOption[];
  /** Members who left this optional question blank: a count only, never a name, never an answer. */
  noAnswer: number;
  /** Members who gave an answer here (blanks excluded). */
  answered: number;
  /** The answer given by more members than any other, when there is one. */
  majority?: { value: string; label: string; count: number };
  settled?: { value: string; label: string; note: string };
  /** The answer the form starts with: the settled one, else the majority. */
  preselected?: string;
}

export interface TeamOutcome extends OutcomeView {
  /** The state and the confidence in words, e.g. "Recommended · Clear". */
  stateLine: string;
  settled: number;
  total: number;
}

export interface FacilitationView {
  outcome: TeamOutcome;
  cards: SettleCard[];
  agreed: RevealView["agreed"];
  agreedLine: string;
  members: RevealView["members"];
  settledLink?: string;
}

/**
 * The facilitation view. Cards are ordered by what the question does to the recommendation with the majority's
 * answers (approach first, then add-ons, then neither; within each, the model's order, most divided first), so
 * that settling one question never moves the others around on the page.
 */
export async function facilitationView(
  members: readonly MemberAnswers[],
  settlements: Settlements,
  lang: Lang,
): Promise<FacilitationView> {
  const r = await reveal(members, settlements);
  const unsettled = Object.keys(settlements).length === 0 ? r : await reveal(members);
  const rank = new Map(
    unsettled.disagreements.map((d, i) => [
      d.question,
      IMPACT_RANK[impactOf(d.alternatives)] * 100 + i,
    ]),
  );
  const view = revealView(r, lang);
  const cards = view.disagreements.map((d): SettleCard => {
    const model = r.disagreements.find((x) => x.question === d.question)!;
    const [top, second] = d.entries;
    const majority =
      top && (!second || top.count > second.count)
        ? { value: top.value, label: top.label, count: top.count }
        : undefined;
    return {
      question: d.question,
      title: d.title,
      impact: impactOf(model.alternatives),
      options: d.entries.map((e) => {
        const alt = d.alternatives.find((a) => a.value === e.value);
        return {
          value: e.value,
          label: e.label,
          count: e.count,
          names: e.names,
          ...(alt && { outcome: alt.outcome }),
        };
      }),
      noAnswer: d.noAnswer.count,
      answered: d.entries.reduce((n, e) => n + e.count, 0),
      ...(majority && { majority }),
      ...(d.settled && { settled: d.settled }),
      ...((d.settled ?? majority) && { preselected: (d.settled ?? majority)!.value }),
    };
  });
  cards.sort((a, b) => rank.get(a.question)! - rank.get(b.question)!);

  const decision = await evaluateDecision(r.base);
  const words = confidenceInWords(decision);
  const t = roundText(lang);
  return {
    outcome: {
      ...outcomeView(
        {
          approach: decision.approach,
          addOns: [...decision.addOns],
          confidence: decision.confidence,
        },
        lang,
      ),
      stateLine: format(t.facilitate.state, {
        state: dictionary(lang).state[decision.state],
        confidence: words.label[lang],
      }),
      settled: cards.filter((c) => c.settled).length,
      total: cards.length,
    },
    cards,
    agreed: view.agreed,
    agreedLine: view.agreedLine,
    members: view.members,
    ...(view.settledLink && { settledLink: view.settledLink }),
  };
}
