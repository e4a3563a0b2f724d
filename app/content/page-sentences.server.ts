// Every sentence a decision page shows for an answer set, in one language: the plans, the why-nots, the
// confidence words, the reasons and conflicts, the approach's and add-ons' words, the diagram, the guides'
// summaries and checklists, the stack notes of every stack, and the cited argument cards. SPEC principle 16 is
// checked against exactly this list (sentences.test.ts).
import { sketch } from "~/result/diagrams";
import { valuesOf, type Decision, type Lang } from "~/decision";
import { confidenceInWords } from "~/decision/confidence-words";
import { ruleText } from "~/decision/rule-text";
import { en } from "~/i18n/en";
import { ja } from "~/i18n/ja";
import { rationaleContent } from "./rationale.server";

const DICT = { en, ja };

const visible = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/`/g, "");

/** Every sentence the decision page of `d` shows in `lang` (a checklist line or a plan field counts as one). */
export function pageSentences(d: Decision, lang: Lang): string[] {
  const out: string[] = [];
  for (const plan of Object.values(d.perClient)) {
    for (const field of ["summary", "holds", "sends", "lifetime", "revocation", "signIn"] as const)
      if (plan[field]) out.push(plan[field][lang]);
    for (const line of plan.baseline) out.push(line[lang]);
    for (const fact of plan.provider ?? []) out.push(fact.text[lang]);
  }
  for (const alt of d.alternatives) out.push(alt.whyNot[lang]);
  const words = confidenceInWords(d);
  out.push(words.label[lang], words.reason[lang]);
  for (const id of new Set([...d.reasons.map((r) => r.rule), ...d.conflicts, ...d.against]))
    out.push(ruleText[id].title[lang], ruleText[id].explanation[lang]);
  const dict = DICT[lang];
  out.push(dict.approaches[d.approach].summary, dict.approaches[d.approach].tradeOff);
  for (const addOn of d.addOns) out.push(dict.addOns[addOn].summary);
  out.push(sketch(d.approach, d.addOns, lang).desc);
  const content = rationaleContent(lang, d, "other");
  // A guide's lines stand under its title, so they are read with it ("Backend-for-frontend (BFF): …").
  for (const guide of [content.guide, ...content.addOnGuides])
    out.push(...[guide.summary, ...guide.checklist].map((line) => `${guide.title}: ${line}`));
  // The stack changes only these notes, never the decision: every stack's notes must be true for the answers.
  for (const stack of valuesOf("stack")) out.push(...rationaleContent(lang, d, stack).stack.notes);
  for (const card of Object.values(content.arguments))
    if (card) out.push(card.claim, card.answer, ...card.sources.map((s) => s.note));
  return out.map(visible);
}
