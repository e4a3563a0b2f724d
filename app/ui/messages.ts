import { questionText, type LinkField, type Localized, type QuestionId } from "~/decision";
import { dictionary, format, type Lang } from "~/i18n";
import { ruleText } from "~/decision/rule-text";
import type { RuleId } from "~/decision/ruleset";

/** The sentence for one field error, the same on the server, in the browser and in the API. */
export function fieldMessage(field: LinkField, code: "required" | "invalid", lang: Lang): string {
  const t = dictionary(lang);
  if (field === "lang") return t.errors.invalidLang;
  if (field === "v") return t.errors.invalidV;
  const q = questionText[field as QuestionId];
  return code === "required" ? q.error[lang] : format(t.errors.invalid, { label: q.label[lang] });
}

export function fieldMessages(
  errors: Partial<Record<LinkField, ("required" | "invalid")[]>>,
  lang: Lang,
): Partial<Record<LinkField, string[]>> {
  const out: Partial<Record<LinkField, string[]>> = {};
  for (const [field, codes] of Object.entries(errors) as [
    LinkField,
    ("required" | "invalid")[],
  ][]) {
    out[field] = codes.map((c) => fieldMessage(field, c, lang));
  }
  return out;
}

function optionLabel(question: QuestionId, value: string, lang: Lang): string {
  const options = questionText[question].options as Record<string, { label: Record<Lang, string> }>;
  return options[value]?.label[lang] ?? value;
}

/** The label of an answer in the page's language, e.g. ("logout", "immediate") → "Immediately". */
export function answerLabel(
  question: QuestionId,
  value: string | readonly string[],
  lang: Lang,
): string {
  const values = typeof value === "string" ? value.split(",") : value;
  return values.map((v) => optionLabel(question, v, lang)).join(dictionary(lang).punctuation.list);
}

/**
 * Why an approach lost, in one line: its why-not sentence. Records saved with an older ruleset have none; for
 * them, what ruled it out and what counted against it, else its score.
 */
export function whyNotLine(
  alt: {
    ruledOutBy: readonly RuleId[];
    opposedBy: readonly RuleId[];
    score: number | null;
    whyNot?: Localized;
  },
  lang: Lang,
): string {
  if (alt.whyNot) return alt.whyNot[lang];
  const t = dictionary(lang).decision;
  const parts = [
    ...alt.ruledOutBy.map((id) => format(t.ruledOutBy, { rules: ruleText[id].title[lang] })),
    ...alt.opposedBy.map((id) => ruleText[id].title[lang]),
  ];
  return parts.length > 0 ? parts.join("; ") : format(t.score, { score: alt.score ?? "–" });
}
