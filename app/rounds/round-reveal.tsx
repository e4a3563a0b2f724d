import { resultLinkOfQuery } from "~/http/links";
import { format, type Lang, dictionary, roundText } from "~/i18n";
import type { OutcomeView, RevealView } from "~/rounds/view.server";

export function Outcome({
  outcome,
  lang,
  withConfidence = true,
}: {
  outcome: OutcomeView;
  lang: Lang;
  /** False where the confidence is said in words beside it. */
  withConfidence?: boolean;
}) {
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
      {withConfidence ? (
        <span className="muted"> · {format(t.confidence, { confidence: outcome.confidence })}</span>
      ) : null}
    </>
  );
}

/** After the reveal: disagreements first with their spreads and per-answer outcomes, then agreed questions. */
export function RoundReveal({
  view,
  lang,
  chosenLang,
}: {
  view: RevealView;
  lang: Lang;
  /** The language chosen in the URL, if any: the members' result links carry it on. */
  chosenLang?: Lang;
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
          <AgreedList agreed={view.agreed} lang={lang} />
        </>
      ) : null}
      <h3>{t.membersTitle}</h3>
      <MemberResults members={view.members} lang={lang} chosenLang={chosenLang} />
    </section>
  );
}

/** The questions every member who answered agreed on (a blank answer counted apart, never as a vote). */
export function AgreedList({ agreed, lang }: { agreed: RevealView["agreed"]; lang: Lang }) {
  const t = roundText(lang);
  return (
    <dl className="summary-list" data-testid="agreed">
      {agreed.map((a) => (
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
  );
}

/** What each member's answers alone recommend, each linking to that result. */
export function MemberResults({
  members,
  lang,
  chosenLang,
}: {
  members: RevealView["members"];
  lang: Lang;
  chosenLang: Lang | undefined;
}) {
  const t = roundText(lang);
  return (
    <div className="table-wrap">
      <table className="round-table" data-testid="member-results">
        <thead>
          <tr>
            <th scope="col">{t.member}</th>
            <th scope="col">{t.theirResult}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m, i) => (
            <tr key={i}>
              <th scope="row">{m.label}</th>
              <td>
                <a href={resultLinkOfQuery(m.link, chosenLang)}>
                  <Outcome outcome={m.outcome} lang={lang} />
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
