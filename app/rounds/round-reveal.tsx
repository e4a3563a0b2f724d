import { dictionary, format, type Lang, roundText } from "~/i18n";
import type { OutcomeView, RevealView } from "~/rounds/view.server";

export function Outcome({ outcome, lang }: { outcome: OutcomeView; lang: Lang }) {
  const t = roundText(lang);
  const sep = dictionary(lang).punctuation.list;
  return (
    <>
      <strong>{outcome.approach}</strong>
      {outcome.addOns.length > 0 ? (
        <>
          {dictionary(lang).punctuation.open}
          {format(t.withAddOns, { addOns: outcome.addOns.join(sep) })}
          {dictionary(lang).punctuation.close}
        </>
      ) : null}
      <span className="muted"> · {format(t.confidence, { confidence: outcome.confidence })}</span>
    </>
  );
}

/** After the reveal: disagreements first with their spreads and per-answer outcomes, then agreed questions. */
export function RoundReveal({
  view,
  lang,
  langSuffix,
}: {
  view: RevealView;
  lang: Lang;
  /** "&lang=ja" when the page's language was chosen in the URL. */
  langSuffix: string;
}) {
  const t = roundText(lang);
  const sep = dictionary(lang).punctuation.list;
  return (
    <section aria-labelledby="reveal-title" data-testid="reveal">
      <h2 id="reveal-title">{t.revealedTitle}</h2>
      <p className="lead" data-testid="agreed-line">
        {view.disagreements.length === 0 ? t.allAgreed : view.agreedLine}
      </p>
      {view.disagreements.length > 0 ? (
        <>
          <h3>{t.disagreementsTitle}</h3>
          <p className="muted">{t.ifNote}</p>
          <ol className="round-list">
            {view.disagreements.map((d) => (
              <li key={d.question} className="card round-card" data-question={d.question}>
                <h4>{d.title}</h4>
                {d.settled ? (
                  <p className="notice" data-testid="settled">
                    {format(t.settledAs, { answer: d.settled.label })}
                    {d.settled.note ? (
                      <>
                        <br />
                        {format(t.settledNote, { note: d.settled.note })}
                      </>
                    ) : null}
                  </p>
                ) : null}
                <div className="table-wrap">
                  <table className="round-table">
                    <thead>
                      <tr>
                        <th scope="col">{t.spread}</th>
                        <th scope="col">{t.ifAnswer}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {d.entries.map((e) => {
                        const alt = d.alternatives.find((a) => a.value === e.value);
                        return (
                          <tr key={e.value} data-value={e.value}>
                            <th scope="row">
                              <span className="round-count" data-testid="count">
                                {e.count}
                              </span>{" "}
                              {e.label}
                              <span className="round-names">{e.names.join(sep)}</span>
                            </th>
                            <td data-testid="alternative">
                              {alt ? <Outcome outcome={alt.outcome} lang={lang} /> : "—"}
                            </td>
                          </tr>
                        );
                      })}
                      {d.noAnswer.count > 0 ? (
                        <tr data-value="" data-testid="no-answer">
                          <th scope="row">
                            <span className="round-count">{d.noAnswer.count}</span> {t.noAnswer}
                            <span className="round-names">{d.noAnswer.names.join(sep)}</span>
                          </th>
                          <td className="muted">{t.noAnswerNotCounted}</td>
                        </tr>
                      ) : null}
                    </tbody>
                  </table>
                </div>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {view.agreed.length > 0 ? (
        <>
          <h3>{t.agreedTitle}</h3>
          <dl className="summary-list" data-testid="agreed">
            {view.agreed.map((a) => (
              <div key={a.question} className="summary-list__row" data-question={a.question}>
                <dt>{a.title}</dt>
                <dd>
                  {a.label}
                  {a.noAnswer > 0 ? (
                    <span className="muted">{format(t.agreedNoAnswer, { count: a.noAnswer })}</span>
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <h3>{t.membersTitle}</h3>
      <div className="table-wrap">
        <table className="round-table" data-testid="member-results">
          <thead>
            <tr>
              <th scope="col">{t.member}</th>
              <th scope="col">{t.theirResult}</th>
            </tr>
          </thead>
          <tbody>
            {view.members.map((m, i) => (
              <tr key={i}>
                <th scope="row">{m.label}</th>
                <td>
                  <a href={`/decision?${m.link}${langSuffix}`}>
                    <Outcome outcome={m.outcome} lang={lang} />
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
