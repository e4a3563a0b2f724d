// The first screen of a result: the recommendation and its state, the add-ons, the plan per client, the reasons
// that decide it, and one action bar. Everything else is folded below (details.tsx).
import { questionText, sources, type Answers, type Client, type Decision } from "~/decision";
import { confidenceInWords } from "~/decision/confidence-words";
import { ruleText } from "~/decision/rule-text";
import { changeHref, checkHref, withLang } from "~/decision/flow";
import { dictionary, format, type Lang } from "~/i18n";
import { answerLabel } from "~/ui/messages";
import { Phrases } from "./phrases";
import { conflictQuestions } from "./conflicts";

interface SummaryProps {
  lang: Lang;
  /** The language the person chose explicitly, carried by internal links. */
  chosenLang?: Lang;
  decision: Decision;
  answers: Answers;
  /** Phrase boundaries of the approach name (Japanese line breaking). */
  namePhrases: string[];
}

export function Summary({ lang, chosenLang, decision, answers, namePhrases }: SummaryProps) {
  const t = dictionary(lang);
  const approach = t.approaches[decision.approach];
  const words = confidenceInWords(decision);
  // Japanese sentences run on without a space.
  const space = t.punctuation.space;
  return (
    <section
      className={`outcome outcome--${decision.state}`}
      aria-labelledby="outcome-title"
      data-approach={decision.approach}
      data-state={decision.state}
      data-testid="outcome"
    >
      <h1 id="outcome-title" className="outcome__title">
        <span className="outcome__state" data-testid="state">
          {t.state[decision.state]}
        </span>
        <span className="outcome__name">
          <Phrases phrases={namePhrases} />
        </span>
      </h1>
      <p className="outcome__summary">{approach.summary}</p>
      {decision.addOns.length > 0 ? (
        <ul className="chips" data-testid="add-ons" aria-label={t.decision.addOns}>
          {decision.addOns.map((a) => (
            <li key={a} data-add-on={a}>
              <a href={withLang(`/approaches/${a}`, chosenLang)}>+ {t.addOns[a].name}</a>
            </li>
          ))}
        </ul>
      ) : null}
      <p
        className="outcome__confidence"
        data-testid="confidence-words"
        data-confidence-kind={words.kind}
      >
        {t.decision.confidence}
        {t.punctuation.colon}
        <strong data-testid="confidence-label">{words.label[lang]}</strong>
        {t.punctuation.stop}
        {words.reason[lang]}
        {decision.findOut.length > 0 ? (
          <>
            {space}
            <a href="#find-out">{t.decision.findOut}</a>
          </>
        ) : null}
        {/* Beside the result, not in the folds below: changing an answer is the next step a reader takes. */}
        <span className="outcome__change">
          {" · "}
          <a href={checkHref(answers, chosenLang)} data-testid="change-answers">
            {t.decision.changeAnswers}
          </a>
        </span>
      </p>
      {decision.conflicts.length > 0 ? (
        <div className="outcome__conflicts" data-testid="conflicts">
          <p>{t.state.conflictingHelp}</p>
          <ul>
            {decision.conflicts.map((id) => (
              <li key={id} data-conflict={id}>
                <strong>{ruleText[id].title[lang]}</strong> {ruleText[id].explanation[lang]}
                <ul className="outcome__fixes">
                  {conflictQuestions(decision, id).map((q) => (
                    <li key={q}>
                      <a href={changeHref(answers, q, chosenLang)} data-conflict-change={q}>
                        {format(t.decision.conflictChange, {
                          question: questionText[q].label[lang],
                        })}
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** Under the action bar: how each client holds its credential, and the reasons that decide the result. */
export function Glance({
  lang,
  answers,
  decision,
}: {
  lang: Lang;
  answers: Answers;
  decision: Decision;
}) {
  const t = dictionary(lang);
  const reasons = decision.reasons.filter((r) => r.supports === decision.approach).slice(0, 3);
  return (
    <section className="glance" aria-labelledby="plans-title">
      <h2 id="plans-title" className="outcome__heading">
        {t.plan.title}
      </h2>
      <ClientPlans lang={lang} answers={answers} decision={decision} />

      <h2 className="outcome__heading">{t.decision.reasonsTitle}</h2>
      <ul className="deciding" data-testid="deciding-reasons">
        {reasons.map((r) => (
          <li key={r.rule} data-rule={r.rule}>
            <strong>{ruleText[r.rule].title[lang]}</strong>
            {r.because.length > 0 ? (
              <span className="muted">
                {" "}
                —{" "}
                {r.because
                  .map((b) =>
                    format(t.decision.becauseItem, {
                      question: questionText[b.question].label[lang],
                      answer: answerLabel(b.question, b.answer, lang),
                    }),
                  )
                  .join(t.punctuation.longList)}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="outcome__more">
        <a href="#reasons">{t.decision.allReasons}</a>
      </p>
    </section>
  );
}

function ClientPlans({
  lang,
  answers,
  decision,
}: {
  lang: Lang;
  answers: Answers;
  decision: Decision;
}) {
  const t = dictionary(lang);
  return (
    <ul className="plans" data-testid="plans">
      {answers.clients.map((client: Client) => {
        const plan = decision.perClient[client];
        if (!plan) return null;
        const rows = [
          [t.plan.holds, plan.holds[lang]],
          [t.plan.sends, plan.sends[lang]],
          [t.plan.lifetime, plan.lifetime[lang]],
          [t.plan.revocation, plan.revocation[lang]],
          ...(plan.signIn ? [[t.plan.signIn, plan.signIn[lang]]] : []),
        ];
        return (
          <li key={client} className="plan" data-plan={client}>
            <details className="plan__details">
              <summary className="plan__summary">
                <strong>{answerLabel("clients", client, lang)}</strong>
                {t.punctuation.colon}
                {plan.summary[lang]}
              </summary>
              <dl className="plan__rows">
                {rows.map(([label, text]) => (
                  <div key={label}>
                    <dt>{label}</dt>
                    <dd>{text}</dd>
                  </div>
                ))}
                {plan.provider && plan.provider.length > 0 ? (
                  <div>
                    <dt>{format(t.plan.provider, { date: plan.provider[0]!.checked })}</dt>
                    <dd>
                      <ul>
                        {plan.provider.map((fact) => (
                          <li key={fact.text.en} data-fact={fact.status}>
                            {fact.text[lang]}
                            {fact.sources.map((id) => (
                              <span key={id}>
                                {" "}
                                <a href={sources[id].url} data-source={id}>
                                  [{sources[id].title}]
                                </a>
                              </span>
                            ))}
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                ) : null}
                <div>
                  <dt>{t.plan.baseline}</dt>
                  <dd>
                    <ul>
                      {plan.baseline.map((b) => (
                        <li key={b.en}>{b[lang]}</li>
                      ))}
                    </ul>
                  </dd>
                </div>
              </dl>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
