// The one view model of a result: everything the result page, its printed record, the chat summary and the link
// preview need, with the words resolved for one language, built once per request (decision.tsx's loader).
// The page reads it during the server render only (render-context.tsx): it never travels as loader JSON.
// GET /api/decision reads the same words (decision-words.ts) without the page's extras.
import type { Approach, Decision, RuleId, ShareLink } from "~/decision";
import { APPROACHES, questionText, ruleset, rulesetVersion, type RuleDef } from "~/decision";
import { approachEffects, type ApproachEffect } from "~/decision/evaluate";
import { shareLink } from "~/http/links";
import { ruleText } from "~/decision/rule-text";
import { contentHash } from "~/content/content.server";
import { rationaleContent, type RationaleContent } from "~/content/rationale.server";
import { dictionary, format, type Lang } from "~/i18n";
import type { PreviewImage } from "~/result/og-image";
import { phrases } from "~/result/phrases.server";
import { resultImage } from "~/result/preview-image";
import { qrShape, type QrShape } from "~/result/qr.server";
import { decisionDocument, plainTitle, type DecisionDocument } from "~/records/document";
import { renderSlot } from "~/http/render-context";
import { chatSummary, decidingAnswersText } from "./chat-summary";
import { decisionWords, type DecisionWords } from "./decision-words";
import { versionNotice } from "./version-notice.server";
import type { VersionNoticeData } from "./version-notice";

/** The comparison table and bars: what each fired approach rule counted, and the totals evaluateDecision kept. */
export interface ComparisonView {
  rows: { rule: RuleId; title: string; cells: Record<Approach, ApproachEffect> }[];
  /** Per approach, as the bars show it: a ruled-out approach draws no bar, whatever it scored. */
  bars: { approach: Approach; score: number; out: boolean }[];
}

export interface ResultView {
  lang: Lang;
  /** The language the person chose explicitly, carried by internal links. */
  chosenLang?: Lang;
  link: ShareLink;
  decision: Decision;
  /** The canonical answers query (no language). */
  canonical: string;
  /** The absolute link to share: no language, each reader sees their own. */
  shareUrl: string;
  /** The page's and the preview's title; the preview's text and image. */
  title: string;
  description: string;
  image?: PreviewImage;
  words: DecisionWords;
  /** The answers behind the strongest reasons, as one line. */
  deciding: string;
  chatText: string;
  /** Phrase boundaries of the approach name (Japanese line breaking). */
  namePhrases: string[];
  version?: VersionNoticeData;
  content: RationaleContent;
  comparison: ComparisonView;
  /** The printed record: the same document model as the Markdown export and the saved record. */
  document: DecisionDocument;
  qr: QrShape;
  /** The Markdown export's address, printed under the record. */
  markdownUrl: string;
}

export interface ResultInput {
  lang: Lang;
  link: ShareLink;
  decision: Decision;
  canonical: string;
  /** A link made with another ruleset version. */
  stale: boolean;
  /** The site's origin (absolute links). */
  origin: string;
  /** The day the record is printed, YYYY-MM-DD. */
  date: string;
}

/** The page's render reads the view from here (decision.tsx puts it in; render-context.tsx). */
export const resultViewSlot = renderSlot<ResultView>("result view");

/** The page's and the preview's title: a result that is not settled says so before the approach. */
function resultTitle(lang: Lang, decision: Decision, approach: string): string {
  const t = dictionary(lang);
  const template = {
    confident: t.decision.title,
    tentative: t.decision.titleTentative,
    conflicting: t.decision.titleConflicting,
  }[decision.state];
  return format(template, { approach });
}

/** The preview's text: the state, what to find out first (if anything), the deciding answers, the approach. */
function previewDescription(
  lang: Lang,
  decision: Decision,
  deciding: string,
  summary: string,
): string {
  const t = dictionary(lang);
  const { colon, stop } = t.punctuation;
  const findOut = decision.findOut.length
    ? `${t.decision.findOut}${colon}${decision.findOut.map((q) => questionText[q].label[lang]).join(t.punctuation.list)}${stop}`
    : "";
  return `${t.state[decision.state]} — ${findOut}${deciding}${stop}${summary}`;
}

/** Reads evaluateDecision's trace and the rules' own effects: no second tally. */
function comparisonView(decision: Decision, lang: Lang): ComparisonView {
  const fired = new Set(decision.trace.filter((t) => t.fired).map((t) => t.rule));
  const rows: ComparisonView["rows"] = [];
  for (const rule of ruleset as readonly RuleDef[]) {
    if (!fired.has(rule.id as RuleId) || rule.stage !== "approach") continue;
    const effects = approachEffects(rule);
    if (Object.keys(effects).length === 0) continue;
    const cells = Object.fromEntries(
      APPROACHES.map((a) => [a, effects[a] ?? { value: 0, out: false }]),
    ) as Record<Approach, ApproachEffect>;
    rows.push({ rule: rule.id as RuleId, title: ruleText[rule.id as RuleId].title[lang], cells });
  }
  const bars = APPROACHES.map((a) => {
    const score = decision.scores[a];
    return { approach: a, score: score ?? 0, out: score === null };
  });
  return { rows, bars };
}

/** The printed record's model: an unsaved decision, status "proposed". */
function printedDocument(input: ResultInput, content: RationaleContent, permalink: string) {
  const argumentTitles: Record<string, { title: string; section?: string }> = {};
  for (const [id, card] of Object.entries(content.arguments)) {
    if (card)
      argumentTitles[id] = {
        title: plainTitle(card.title),
        ...(card.section && { section: card.section }),
      };
  }
  const { trace: _trace, ...snapshot } = input.decision;
  return decisionDocument(
    {
      title: "",
      status: "proposed",
      date: input.date,
      answers: input.link.answers,
      decision: snapshot,
      rulesetVersion: input.decision.rulesetVersion,
      contentHash,
      link: permalink,
      argumentTitles,
    },
    input.lang,
  );
}

/** The decision page's Markdown address: /decision?… → /decision/markdown?… */
function markdownLink(permalink: string): string {
  const url = new URL(permalink);
  url.pathname = `${url.pathname}/markdown`;
  return url.toString();
}

export function resultView(input: ResultInput): ResultView {
  const { lang, link, decision } = input;
  const words = decisionWords(decision, lang, input.link.answers);
  const shareUrl = `${input.origin}${shareLink(link.answers, rulesetVersion)}`;
  const content = rationaleContent(lang, decision, link.answers.stack);
  const deciding = decidingAnswersText(decision, lang);
  return {
    lang,
    ...(link.lang && { chosenLang: link.lang }),
    link,
    decision,
    canonical: input.canonical,
    shareUrl,
    title: resultTitle(lang, decision, words.approach.name),
    description: previewDescription(lang, decision, deciding, words.approach.summary),
    image: resultImage(input.origin, lang, decision.approach, decision.state),
    words,
    deciding,
    chatText: chatSummary(decision, link.answers, lang, shareUrl, words),
    namePhrases: phrases(words.approach.name, lang),
    ...(input.stale && { version: versionNotice(link, decision, lang) }),
    content,
    comparison: comparisonView(decision, lang),
    document: printedDocument(input, content, shareUrl),
    qr: qrShape(shareUrl),
    markdownUrl: markdownLink(shareUrl),
  };
}
