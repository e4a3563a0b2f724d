import {
  QUESTION_IDS,
  questionText,
  sources,
  type Answers,
  type Decision,
  type SourceId,
} from "~/decision";
import { ruleText } from "~/decision/rule-text";
import type { RationaleContent } from "~/content/types";
import type { QrShape } from "~/qr.server";
import { dictionary, format, type Lang } from "~/i18n";
import { ContentHtml } from "./content-html";
import { answerLabel, whyNotLine } from "./messages";
import { QrCode } from "./qr-code";

/**
 * The decision page as an architecture decision record, for print only: the screen page is long and
 * interactive; the printed record is short (G1 fits on two A4 pages) and complete.
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
  const t = dictionary(lang);
  const a = t.adr;
  const approach = t.approaches[decision.approach];
  const good = decision.reasons.filter((r) => r.supports === decision.approach);
  const bad = [
    ...decision.against.map((id) => ruleText[id].title[lang]),
    ...decision.conflicts.map((id) => ruleText[id].title[lang]),
    approach.tradeOff,
    ...decision.addOns.map((addOn) => format(a.needsAddOn, { addOn: t.addOns[addOn].name })),
  ];
  return (
    <section className="print-only adr" data-testid="print-record">
      <p className="adr__title">{a.title}</p>
      <p>
        {a.status}: {a.proposed} · {a.date}: {date}
      </p>
      <h2>{a.context}</h2>
      <ul className="adr__answers">
        {QUESTION_IDS.map((id) => (
          <li key={id}>
            {questionText[id].label[lang]}: {answerLabel(id, answers[id], lang)}
          </li>
        ))}
      </ul>
      <h2>{a.decision}</h2>
      <p>
        <strong>{format(a.chosen, { approach: approach.name })}</strong>
      </p>
      <ul>
        {good.map((r) => (
          <li key={r.rule}>{ruleText[r.rule].explanation[lang]}</li>
        ))}
      </ul>
      {decision.addOns.length > 0 ? (
        <p>
          {t.decision.addOns}:{" "}
          {decision.addOns.map((x) => t.addOns[x].name).join(lang === "ja" ? "、" : ", ")}
        </p>
      ) : null}
      <p>
        {t.decision.confidence}: {Math.round(decision.confidence * 100)}%
      </p>
      <h2>{a.consequences}</h2>
      <ul>
        {good.map((r) => (
          <li key={r.rule}>
            {a.good}: {ruleText[r.rule].title[lang]}
          </li>
        ))}
        {bad.map((text) => (
          <li key={text}>
            {a.bad}: {text}
          </li>
        ))}
      </ul>
      <h2>{a.options}</h2>
      <ul>
        {decision.alternatives.map((alt) => (
          <li key={alt.approach}>
            {t.approaches[alt.approach].name}: {whyNotLine(alt, lang)}
          </li>
        ))}
      </ul>
      <h2>{a.rationale}</h2>
      <ul className="adr__rationale">
        {good.map((r) => (
          <li key={r.rule}>
            {ruleText[r.rule].title[lang]} —{" "}
            {r.cites.map((id, i) => {
              const card = content.arguments[id as keyof typeof content.arguments];
              const source = (sources as Record<string, { title: string }>)[id as SourceId];
              return (
                <span key={id}>
                  {i > 0 ? "; " : null}
                  {card ? <ContentHtml as="span" html={card.title} /> : (source?.title ?? id)}
                  {card?.section ? (
                    <>
                      {" "}
                      (
                      <span lang="ja">
                        {card.section.length > 40 ? `${card.section.slice(0, 40)}…` : card.section}
                      </span>
                      )
                    </>
                  ) : null}
                </span>
              );
            })}
          </li>
        ))}
      </ul>
      <div className="adr__footer">
        <QrCode shape={qr} label={t.records.qrLabel} />
        <p>
          {a.link}: <code>{permalink}</code>
          <br />
          {format(a.version, { v: decision.rulesetVersion, hash: contentHash })}
        </p>
      </div>
    </section>
  );
}
