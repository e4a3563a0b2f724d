import type { ReactNode } from "react";
import { dictionary } from "~/i18n";
import type { QrShape } from "~/result/qr.server";
import {
  disagreementAnswers,
  documentItem,
  documentList,
  optionHeading,
  type DecisionDocument,
} from "~/records/document";
import { QrCode } from "./qr-code";

type Level = 1 | 2 | 3 | 4 | 5;

function Heading({ level, children }: { level: Level; children: ReactNode }) {
  const Tag = `h${level}` as const;
  return <Tag>{children}</Tag>;
}

/**
 * A decision record rendered from the one document model (app/records/document.ts): the same sections, in the
 * same order and words, as the Markdown export. It opens as the export does: the title, what was decided
 * (approach, add-ons, state), then status, date and people, so the decision is on the first screen. Used by the printed decision page and by the record pages.
 * User text (title, notes, names) is rendered as text.
 */
export function DecisionDocumentView({
  doc,
  qr,
  titleLevel = 1,
  titleAsHeading = true,
  markApproach = false,
  meta,
  heading,
  moreEnd,
}: {
  doc: DecisionDocument;
  /** What the title line says, when a page frames the title (e.g. "Decision record: …"). */
  heading?: string;
  qr?: QrShape;
  /** The level of the title; sections sit one level below it. */
  titleLevel?: 1 | 2;
  /** False on the decision page, whose heading is the screen view's; the printed title is then a paragraph. */
  titleAsHeading?: boolean;
  /** Marks the chosen approach (in the lead) with data-approach (once per page). */
  markApproach?: boolean;
  /** Notices shown between the title and the first section (record pages). */
  meta?: ReactNode;
  /** What closes More Information (the printed Markdown addresses). */
  moreEnd?: ReactNode;
}) {
  const section = (titleLevel + 1) as Level;
  const sub = (titleLevel + 2) as Level;
  const item = (label: string, value: string) => documentItem(doc, label, value);
  const people = doc.people.filter((p) => p.names.length > 0);
  const sep = dictionary(doc.lang).punctuation.list;
  return (
    <div className="doc" lang={doc.lang} data-testid="decision-document">
      {titleAsHeading ? (
        <Heading level={titleLevel}>{heading ?? doc.title}</Heading>
      ) : (
        <p className="doc__title">{heading ?? doc.title}</p>
      )}
      <dl className="doc__lead" data-testid="record-lead">
        {doc.lead.map((l) => (
          <div key={l.key}>
            <dt>{l.label}</dt>
            <dd
              {...(markApproach &&
                l.key === "approach" && { "data-approach": doc.outcome.approach })}
            >
              {l.value}
            </dd>
          </div>
        ))}
      </dl>
      <p className="doc__meta" data-testid="record-meta">
        {item(doc.labels.status, doc.statusLabel)}
        {doc.date ? <> · {item(doc.labels.date, doc.date)}</> : null}
        {people.map((p) => (
          <span key={p.key}> · {item(p.label, p.names.join(sep))}</span>
        ))}
      </p>
      {meta}

      <Heading level={section}>{doc.headings.context}</Heading>
      <p>{doc.context.intro}</p>
      <ul className="doc__answers">
        {doc.context.answers.map((a) => (
          <li key={a.question}>{item(a.label, a.value)}</li>
        ))}
      </ul>
      {doc.context.notes ? (
        <>
          <p>{doc.context.notesLabel}</p>
          <p className="record-notes" data-testid="record-notes">
            {doc.context.notes}
          </p>
        </>
      ) : null}

      <Heading level={section}>{doc.headings.drivers}</Heading>
      <ul>
        {doc.drivers.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>

      <Heading level={section}>{doc.headings.options}</Heading>
      <ul>
        {doc.options.map((o) => (
          <li key={o.approach}>{o.chosen ? optionHeading(doc, o) : item(o.name, o.whyNot)}</li>
        ))}
      </ul>

      <Heading level={section}>{doc.headings.outcome}</Heading>
      <p>
        <strong>{doc.outcome.chosen}</strong>
      </p>
      {doc.outcome.confidence ? <p>{doc.outcome.confidence}</p> : null}
      <ul>
        {doc.outcome.reasons.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {doc.outcome.addOns.length > 0 ? (
        <>
          <p>{doc.outcome.addOnsIntro}</p>
          <ul>
            {doc.outcome.addOns.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      {doc.outcome.plans.length > 0 ? (
        <>
          <p>{doc.outcome.plansIntro}</p>
          <ul data-testid="document-plans">
            {doc.outcome.plans.map((p) => (
              <li key={p.client}>{item(p.name, p.summary)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <Heading level={sub}>{doc.headings.consequences}</Heading>
      <ul>
        {doc.consequences.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>

      {doc.more.disagreements.length > 0 ? (
        <>
          <Heading level={section}>{doc.headings.disagreements}</Heading>
          <p>{doc.more.disagreementsIntro}</p>
          <ul className="doc__disagreements" data-testid="record-disagreements">
            {doc.more.disagreements.map((d) => (
              <li key={d.question}>
                <strong>{d.question}</strong>
                <ul>
                  <li>
                    {item(doc.labels.answers, documentList(doc, disagreementAnswers(doc, d)))}
                  </li>
                  <li>{item(doc.labels.settled, d.settled)}</li>
                  {d.note ? <li>{item(doc.labels.note, d.note)}</li> : null}
                </ul>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <Heading level={section}>{doc.headings.prosCons}</Heading>
      <div className="doc__pros">
        {doc.options.map((o) => (
          <div key={o.approach} className="doc__option">
            <Heading level={sub}>{optionHeading(doc, o)}</Heading>
            {o.pros.length > 0 ? (
              <ul>
                {o.pros.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ))}
      </div>

      <Heading level={section}>{doc.headings.more}</Heading>
      <div className="doc__more">
        {qr ? <QrCode shape={qr} label={doc.labels.qr} /> : null}
        <div>
          <ul>
            {doc.more.facts.map((f) => (
              <li key={f.label}>
                {f.label}
                {dictionary(doc.lang).punctuation.colon}
                {f.kind === "code" ? <code>{f.value}</code> : <a href={f.value}>{f.value}</a>}
              </li>
            ))}
          </ul>
          {doc.more.changes.length > 0 ? (
            <>
              <p>{doc.more.changesIntro}</p>
              <ul>
                {doc.more.changes.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : null}
          {doc.more.citations.length > 0 ? (
            <>
              <p>{doc.more.citationsIntro}</p>
              <ul>
                {doc.more.citations.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : null}
          {moreEnd}
        </div>
      </div>
    </div>
  );
}
