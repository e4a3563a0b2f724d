import type { Approach } from "~/decision";
import { dictionary, format, type Lang } from "~/i18n";
import type { DecisionDocument } from "~/records/document";
import type { StoredRecord } from "~/records/madr";
import type { RecordLink } from "~/records/record-data.server";
import type { QrShape } from "~/result/qr.server";
import { DecisionDocumentView } from "~/result/decision-document";
import { MarkdownExport } from "~/result/markdown-export";

export interface RecordViewProps {
  lang: Lang;
  record: StoredRecord;
  /** The record as the one document model (the Markdown export renders the same). */
  document: DecisionDocument;
  today?: { approach: string; addOns: string[]; link: string };
  liveLink: string;
  qr?: QrShape;
  successor?: RecordLink;
}

/**
 * A saved record as an architecture decision record: the sections of the Markdown export, in the same words,
 * with the notices that only a page has (superseded, today's rules decide differently) and its links.
 * Notes are rendered as text, never as HTML.
 */
export function RecordView({
  lang,
  record,
  document,
  today,
  liveLink,
  qr,
  successor,
  headingLevel = 1,
}: RecordViewProps & { headingLevel?: 1 | 2 }) {
  const t = dictionary(lang);
  const r = t.records;
  const suffix = lang === "en" ? "" : `?lang=${lang}`;
  const notices = (
    <>
      {record.supersededBy ? (
        <p className="notice notice--warn">
          {r.supersededBy}:{" "}
          <a href={`/r/${record.supersededBy}${suffix}`} data-testid="superseded-by">
            {successor?.title ?? `/r/${record.supersededBy}`}
          </a>
        </p>
      ) : null}
      {record.supersedes ? (
        <p className="notice no-print">
          {r.supersedes}: <a href={`/r/${record.supersedes}${suffix}`}>/r/{record.supersedes}</a>
        </p>
      ) : null}
      {today ? (
        <p className="notice notice--warn" data-testid="rules-changed">
          {format(r.differs, { approach: t.approaches[today.approach as Approach].name })}{" "}
          <a href={today.link} className="no-print">
            {r.differsLink}
          </a>
        </p>
      ) : (
        <p className="muted no-print">{r.same}</p>
      )}
    </>
  );
  return (
    <article className="record" data-record={record.publicId}>
      <DecisionDocumentView
        doc={document}
        qr={qr}
        titleLevel={headingLevel}
        markApproach
        heading={format(r.recordTitle, { title: record.title })}
        meta={notices}
      />
      <p className="button-row no-print">
        <a className="button button--secondary" href={liveLink}>
          {t.decision.shareLink}
        </a>
      </p>
      <div className="no-print">
        <MarkdownExport
          lang={lang}
          action={`/r/${record.publicId}/markdown`}
          params={lang === "en" ? [] : [["lang", lang]]}
        />
      </div>
    </article>
  );
}
