import { questionText, QUESTION_IDS, type Approach, type AddOn, type QuestionId } from "~/decision";
import { ruleText } from "~/decision/rule-text";
import { dictionary, format, type Lang } from "~/i18n";
import type { StoredRecord } from "~/records/madr";
import { answerLabel, whyNotLine } from "./messages";

export interface RecordViewProps {
  lang: Lang;
  record: StoredRecord;
  today?: { approach: string; addOns: string[]; link: string };
  liveLink: string;
}

/** A saved record as an architecture decision record. Notes are rendered as text, never as HTML. */
export function RecordView({
  lang,
  record,
  today,
  liveLink,
  headingLevel = 1,
}: RecordViewProps & { headingLevel?: 1 | 2 }) {
  const t = dictionary(lang);
  const r = t.records;
  const d = record.decision;
  const suffix = lang === "en" ? "" : `?lang=${lang}`;
  const names = (list: string[]) =>
    list.length > 0 ? list.join(lang === "ja" ? "、" : ", ") : "—";
  return (
    <article className="record" data-record={record.publicId}>
      {headingLevel === 1 ? (
        <h1>{format(r.recordTitle, { title: record.title })}</h1>
      ) : (
        <h2>{format(r.recordTitle, { title: record.title })}</h2>
      )}
      <p className="muted" data-testid="record-meta">
        {format(r.meta, { status: r.status[record.status], date: record.updatedAt.slice(0, 10) })}
      </p>
      {record.supersededBy ? (
        <p className="notice notice--warn">
          {r.supersededBy}:{" "}
          <a href={`/r/${record.supersededBy}${suffix}`}>/r/{record.supersededBy}</a>
        </p>
      ) : null}
      {record.supersedes ? (
        <p className="notice">
          {r.supersedes}: <a href={`/r/${record.supersedes}${suffix}`}>/r/{record.supersedes}</a>
        </p>
      ) : null}
      {today ? (
        <p className="notice notice--warn" data-testid="rules-changed">
          {format(r.differs, { approach: t.approaches[today.approach as Approach].name })}{" "}
          <a href={today.link}>{r.differsLink}</a>
        </p>
      ) : (
        <p className="muted">{r.same}</p>
      )}
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{r.decidersLabel}</dt>
          <dd>{names(record.deciders)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{r.consultedLabel}</dt>
          <dd>{names(record.consulted)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{r.informedLabel}</dt>
          <dd>{names(record.informed)}</dd>
        </div>
      </dl>
      {record.context ? (
        <>
          <h2>{r.notes}</h2>
          <p className="record-notes" data-testid="record-notes">
            {record.context}
          </p>
        </>
      ) : null}
      <h2>{t.decision.yourAnswers}</h2>
      <dl className="summary-list">
        {QUESTION_IDS.filter((id) => record.answers[id] !== undefined).map((id: QuestionId) => (
          <div className="summary-list__row" key={id}>
            <dt>{questionText[id].label[lang]}</dt>
            <dd>{answerLabel(id, record.answers[id] as string | string[], lang)}</dd>
          </div>
        ))}
      </dl>
      <h2>{r.decision}</h2>
      <p>
        <strong data-approach={d.approach}>{t.approaches[d.approach].name}</strong> —{" "}
        {t.approaches[d.approach].summary}
      </p>
      {d.addOns.length > 0 ? (
        <ul>
          {d.addOns.map((a: AddOn) => (
            <li key={a}>
              <strong>{t.addOns[a].name}</strong> — {t.addOns[a].summary}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        {t.decision.confidence}: {Math.round(d.confidence * 100)}%
      </p>
      <h3>{t.decision.because}</h3>
      <ul>
        {d.reasons.map((reason) => (
          <li key={`${reason.rule}-${reason.supports}`}>
            <strong>{ruleText[reason.rule].title[lang]}</strong> —{" "}
            {reason.because
              .map(
                (b) =>
                  `${questionText[b.question].label[lang]}: ${answerLabel(b.question, b.answer, lang)}`,
              )
              .join("; ")}
          </li>
        ))}
      </ul>
      <h3>{t.decision.whyNot}</h3>
      <ul>
        {d.alternatives.map((alt) => (
          <li key={alt.approach}>
            <strong>{t.approaches[alt.approach].name}</strong>: {whyNotLine(alt, lang)}
          </li>
        ))}
      </ul>
      <p className="muted">
        {format(r.savedWith, { v: record.rulesetVersion, hash: record.contentHash })}
      </p>
      <p className="button-row no-print">
        <a className="button button--secondary" href={liveLink}>
          {t.decision.shareLink}
        </a>
        <a
          className="button button--secondary"
          href={`/r/${record.publicId}/markdown${suffix}`}
          download
        >
          {r.markdown}
        </a>
      </p>
    </article>
  );
}
