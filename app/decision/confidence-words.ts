// Confidence in words (SPEC principle 15): how clearly the answers point at the result, in one fixed vocabulary
// with a one-sentence reason in both languages. The number stays in the API; these words are what a reader sees.
// Order of precedence: a result that is not settled (an unsure answer, a conflict, or a tie so close that the
// state is tentative) is tentative, so the words never contradict the state line; a result forced by what the
// team lacks (no shared store) is "the only workable option", never a strong recommendation; a result whose
// rivals all fail a hard limit of the answers (the textbook session: one application, immediate logout) is
// clear; otherwise the lead over the best approach left decides between clear and close call.
import { FORCED_BY, type Decision } from "./evaluate";
import { APPROACHES } from "./outcomes";
import type { Localized } from "./questions";

export const CONFIDENCE_KINDS = ["clear", "close-call", "only-option", "tentative"] as const;
export type ConfidenceKind = (typeof CONFIDENCE_KINDS)[number];

export interface ConfidenceInWords {
  kind: ConfidenceKind;
  label: Localized;
  reason: Localized;
}

/**
 * A lead of this many points over the best approach left is clear. With the confidence formula in evaluate.ts
 * it is the point where the number reaches 65 %: the article's textbook session (G1) sits exactly there.
 */
export const CLEAR_MARGIN = 3;

export const CONFIDENCE_LABEL: Record<ConfidenceKind, Localized> = {
  clear: { en: "Clear", ja: "明確" },
  "close-call": { en: "Close call", ja: "僅差" },
  "only-option": { en: "The only workable option", ja: "実行できる唯一の選択肢" },
  tentative: { en: "Tentative", ja: "暫定" },
};

const REASON = {
  unsure: {
    en: "It rests on an answer you are not sure of, so find that out before you build on it.",
    ja: "確信のない回答を前提にしているので、作り始める前にその点を確認してください。",
  },
  conflict: {
    en: "Some of your answers cannot all hold, so it stands only once the conflict shown below is settled.",
    ja: "同時には成り立たない回答があるので、下に示す矛盾が解消されて初めて成り立ちます。",
  },
  onlyOption: {
    en: "Your constraints rule out every other approach, so this is the one that can run rather than a preference over the others.",
    ja: "制約がほかの方式をすべて除外しているので、ほかより優れているというより、実行できるのがこれだけという結果です。",
  },
  closeCall: {
    en: "The runner-up (first under why not the others) scores nearly as well, so one changed answer could tip the result.",
    ja: "次点の方式（「ほかの方式を選ばない理由」の先頭）もほぼ同じ評価なので、回答が一つ変われば結果が入れ替わりえます。",
  },
  tooClose: {
    en: "Another approach scores about as well, so the answers alone do not settle it; read why the others lost before you choose.",
    ja: "ほかの方式もほぼ同じ評価で、回答だけでは決まりません。選ぶ前に、ほかの方式を選ばない理由を読んでください。",
  },
  clear: {
    en: "Your answers favour it over every approach left open by a clear margin.",
    ja: "回答は、除外されていないどの方式よりもはっきりとこの方式を支持しています。",
  },
  clearByLimits: {
    en: "Every other approach fails a hard limit of your answers, and this one fits them as they are.",
    ja: "ほかの方式はすべて回答から決まる条件を満たさず、この方式は回答どおりの状況にそのまま合っています。",
  },
} satisfies Record<string, Localized>;

/** The lead of the chosen approach over the best approach not ruled out, or null when none is left. */
export function marginOverRunnerUp(d: Pick<Decision, "approach" | "scores">): number | null {
  const mine = d.scores[d.approach] ?? 0;
  const rivals = APPROACHES.filter((a) => a !== d.approach)
    .map((a) => d.scores[a])
    .filter((s): s is number => s !== null);
  return rivals.length === 0 ? null : mine - Math.max(...rivals);
}

type Inputs = Pick<
  Decision,
  "approach" | "scores" | "conflicts" | "findOut" | "state" | "alternatives"
> &
  Partial<Pick<Decision, "notes">>;

function kindOf(d: Inputs): { kind: ConfidenceKind; reason: Localized } {
  if (d.findOut.length > 0) return { kind: "tentative", reason: REASON.unsure };
  // A note (an SPA on a subdomain of its API) names a mismatch without putting the result in doubt.
  if (d.conflicts.length > (d.notes?.length ?? 0))
    return { kind: "tentative", reason: REASON.conflict };
  if (d.state !== "confident") return { kind: "tentative", reason: REASON.tooClose };
  if (d.alternatives.some((alt) => alt.ruledOutBy.some((id) => FORCED_BY.includes(id))))
    return { kind: "only-option", reason: REASON.onlyOption };
  const margin = marginOverRunnerUp(d);
  if (margin === null) return { kind: "clear", reason: REASON.clearByLimits };
  if (margin < CLEAR_MARGIN) return { kind: "close-call", reason: REASON.closeCall };
  return { kind: "clear", reason: REASON.clear };
}

export function confidenceInWords(d: Inputs): ConfidenceInWords {
  const { kind, reason } = kindOf(d);
  return { kind, label: CONFIDENCE_LABEL[kind], reason };
}

/** The number, explained in one sentence wherever it is shown. */
export const CONFIDENCE_NUMBER_NOTE: Localized = {
  en: "The percentage measures the lead over the best approach left open, lowered for each conflict and each “I'm not sure”; it is not a probability.",
  ja: "パーセントは除外されていない次点の方式との差を表し、矛盾や「わからない」の回答があるたびに下がります。確率ではありません。",
};
