import type { Answers, Decision } from "~/decision";
import type { RationaleContent } from "~/content/types";
import type { QrShape } from "~/result/qr.server";
import type { Lang } from "~/i18n";
import { decisionDocument, plainTitle } from "~/records/document";
import { DecisionDocumentView } from "~/result/decision-document";
import { MarkdownExportPrint } from "~/result/markdown-export";

/** The decision page's Markdown address: /decision?… → /decision/markdown?… */
function markdownLink(permalink: string): string {
  const url = new URL(permalink);
  url.pathname = `${url.pathname}/markdown`;
  return url.toString();
}

/**
 * The decision page as an architecture decision record, for print only: the screen page is long and
 * interactive; the printed record is short (at most two A4 pages) and complete. It is the same document
 * model, sections and words as the Markdown export of the decision and the saved record.
 */
export function PrintRecord({
  lang,
  answers,
  decision,
  content,
  contentHash,
  permalink,
  qr,
  date,
}: {
  lang: Lang;
  answers: Answers;
  decision: Decision;
  content: RationaleContent;
  contentHash: string;
  permalink: string;
  qr: QrShape;
  date: string;
}) {
  const argumentTitles: Record<string, { title: string; section?: string }> = {};
  for (const [id, card] of Object.entries(content.arguments)) {
    if (card)
      argumentTitles[id] = {
        title: plainTitle(card.title),
        ...(card.section && { section: card.section }),
      };
  }
  const { trace: _trace, ...snapshot } = decision;
  const doc = decisionDocument(
    {
      title: "",
      status: "proposed",
      date,
      answers,
      decision: snapshot,
      rulesetVersion: decision.rulesetVersion,
      contentHash,
      link: permalink,
      argumentTitles,
    },
    lang,
  );
  return (
    <section className="print-only adr" data-testid="print-record">
      <DecisionDocumentView
        doc={doc}
        qr={qr}
        titleAsHeading={false}
        moreEnd={<MarkdownExportPrint lang={lang} url={markdownLink(permalink)} />}
      />
    </section>
  );
}
