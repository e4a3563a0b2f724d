import type { ResultView } from "~/result/result-view.server";
import { DecisionDocumentView } from "~/result/decision-document";
import { MarkdownExportPrint } from "~/result/markdown-export";

/**
 * The decision page as an architecture decision record, for print only: the screen page is long and
 * interactive; the printed record is short (at most two A4 pages) and complete. It is the same document
 * model, sections and words as the Markdown export of the decision and the saved record (built once, in the
 * result view).
 */
export function PrintRecord({ view }: { view: ResultView }) {
  return (
    <section className="print-only adr" data-testid="print-record">
      <DecisionDocumentView
        doc={view.document}
        qr={view.qr}
        titleAsHeading={false}
        moreEnd={<MarkdownExportPrint lang={view.lang} url={view.markdownUrl} />}
      />
    </section>
  );
}
