import {
  ARGUMENT_IDS,
  QUESTION_IDS,
  formatAnswers,
  formatShareLink,
  questionText,
  rulesetVersion,
  sources,
  type Answers,
  type ArgumentId,
  type Decision,
  type QuestionId,
  type ShareLink,
  type SourceId,
} from "~/decision";
import { ruleText } from "~/decision/rule-text";
import { dictionary, format, type Lang } from "~/i18n";
import type { RationaleContent } from "~/content/types";
import { ArgumentCard } from "./argument-card";
import { Comparison } from "./comparison";
import { ContentHtml } from "./content-html";
import { ArchitectureDiagram } from "./diagrams";
import { answerLabel } from "./messages";

interface Props {
  lang: Lang;
  link: ShareLink;
  decision: Decision;
  canonical: string;
  permalink: string;
  stale: boolean;
  content: RationaleContent;
}

function questionLabel(id: QuestionId, lang: Lang) {
  return questionText[id].label[lang];
}

function Cites({
  ids,
  lang,
  content,
}: {
  ids: readonly string[];
  lang: Lang;
  content: RationaleContent;
}) {
  const t = dictionary(lang);
  const args = ids.filter((id): id is ArgumentId =>
    (ARGUMENT_IDS as readonly string[]).includes(id),
  );
  const srcs = ids.filter((id): id is SourceId => id in sources);
  return (
    <p className="cites">
      {t.decision.cites}:{" "}
      {args.map((id, i) => (
        <span key={id}>
          {i > 0 ? ", " : null}
          <a href={`#arg-${id}`} data-argument={id}>
            {content.arguments[id] ? (
              <ContentHtml as="span" html={content.arguments[id]!.title} />
            ) : (
              id
            )}
          </a>
        </span>
      ))}
      {args.length > 0 && srcs.length > 0 ? "; " : null}
      {srcs.map((id, i) => (
        <span key={id}>
          {i > 0 ? ", " : null}
          {sources[id].url ? (
            <a href={sources[id].url} data-source={id}>
              {sources[id].title}
            </a>
          ) : (
            <span data-source={id}>{sources[id].title}</span>
          )}
        </span>
      ))}
    </p>
  );
}

export function DecisionView({
  lang,
  link,
  decision,
  canonical,
  permalink,
  stale,
  content,
}: Props) {
  const t = dictionary(lang);
  const answers = link.answers;
  const langSuffix = lang === "en" ? {} : { lang };
  const decisionHref = (a: Answers) =>
    `/decision?${formatShareLink({ answers: a, v: rulesetVersion, ...langSuffix })}`;
  const approachReasons = decision.reasons.filter((r) => r.supports === decision.approach);
  const addOnReasons = decision.reasons.filter((r) => r.supports !== decision.approach);
  // "Change answers" opens the check-answers page with this link's answers.
  const changeHref = `/q/check?${formatAnswers(answers, langSuffix)}`;
  const shareUrl = `/decision?${canonical}`;
  const langQuery = lang === "en" ? "" : `?lang=${lang}`;
  // Each argument card is shown once, under the first reason that cites it.
  const shown = new Set<string>();
  return (
    <article className="decision screen-only">
      <h1>{format(t.decision.title, { approach: t.approaches[decision.approach].name })}</h1>

      {stale ? (
        <p className="card card--warn" data-testid="stale-version">
          {format(t.decision.oldVersion, { v: link.v ?? "", current: rulesetVersion })}
        </p>
      ) : null}

      <section
        className="outcome"
        aria-labelledby="outcome-title"
        data-approach={decision.approach}
      >
        <h2 id="outcome-title" className="outcome__label">
          {t.decision.recommended}
        </h2>
        <p className="outcome__name">{t.approaches[decision.approach].name}</p>
        <p>{t.approaches[decision.approach].summary}</p>
        <h3>{t.decision.addOns}</h3>
        {decision.addOns.length === 0 ? (
          <p>{t.decision.noAddOns}</p>
        ) : (
          <ul data-testid="add-ons">
            {decision.addOns.map((a) => (
              <li key={a} data-add-on={a}>
                <strong>{t.addOns[a].name}</strong> — {t.addOns[a].summary}
              </li>
            ))}
          </ul>
        )}
        <h3>{t.decision.confidence}</h3>
        <p>
          <strong data-testid="confidence">{Math.round(decision.confidence * 100)}%</strong>{" "}
          <span className="muted">{t.decision.confidenceHelp}</span>
        </p>
      </section>

      <section aria-labelledby="diagram-title">
        <h2 id="diagram-title">{t.rationale.diagram}</h2>
        <ArchitectureDiagram
          approach={decision.approach}
          addOns={decision.addOns}
          lang={lang}
          title={`${t.rationale.diagram}: ${t.approaches[decision.approach].name}`}
        />
        <p>
          <a href={`/approaches/${decision.approach}${langQuery}`}>{t.rationale.guide}</a>
        </p>
      </section>

      {decision.conflicts.length > 0 ? (
        <section aria-labelledby="conflicts-title">
          <h2 id="conflicts-title">{t.decision.conflicts}</h2>
          {decision.conflicts.map((id) => (
            <div key={id} className="card card--warn" data-conflict={id}>
              <h3>{ruleText[id].title[lang]}</h3>
              <p>{ruleText[id].explanation[lang]}</p>
            </div>
          ))}
        </section>
      ) : null}

      {decision.findOut.length > 0 ? (
        <section aria-labelledby="find-out-title">
          <h2 id="find-out-title">{t.decision.findOut}</h2>
          <p>{t.decision.findOutIntro}</p>
          <ul>
            {decision.findOut.map((q) => (
              <li key={q} data-find-out={q}>
                <strong>{questionText[q].title[lang]}</strong> {questionText[q].findOut?.[lang]}
                <ul>
                  {decision.resolutions
                    .filter((r) => r.question === q)
                    .map((r) => (
                      <li key={r.answer} data-resolution={`${q}=${r.answer}`}>
                        {format(t.decision.resolution, {
                          answer: answerLabel(q, r.answer, lang),
                          approach: t.approaches[r.approach].name,
                          confidence: Math.round(r.confidence * 100),
                        })}
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="reasons-title">
        <h2 id="reasons-title">{t.decision.because}</h2>
        {[...approachReasons, ...addOnReasons].map((reason) => (
          <div key={`${reason.rule}-${reason.supports}`} className="card" data-rule={reason.rule}>
            <h3>{ruleText[reason.rule].title[lang]}</h3>
            <ul className="because">
              {reason.because.map((b) => (
                <li key={`${b.question}-${b.answer}`}>
                  {format(t.decision.becauseItem, {
                    question: questionLabel(b.question, lang),
                    answer: answerLabel(b.question, b.answer, lang),
                  })}
                </li>
              ))}
            </ul>
            <p>{ruleText[reason.rule].explanation[lang]}</p>
            <Cites ids={reason.cites} lang={lang} content={content} />
            {reason.cites.map((id) => {
              const card = content.arguments[id as ArgumentId];
              if (!card || shown.has(id)) return null;
              shown.add(id);
              return <ArgumentCard key={id} card={card} lang={lang} />;
            })}
          </div>
        ))}
      </section>

      {decision.against.length > 0 ? (
        <section aria-labelledby="against-title">
          <h2 id="against-title">{t.decision.against}</h2>
          {decision.against.map((id) => (
            <div key={id} className="card card--warn" data-against={id}>
              <h3>{ruleText[id].title[lang]}</h3>
              <p>{ruleText[id].explanation[lang]}</p>
            </div>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="why-not-title">
        <h2 id="why-not-title">{t.decision.whyNot}</h2>
        {decision.alternatives.map((alt) => (
          <div key={alt.approach} className="card" data-alternative={alt.approach}>
            <h3>{t.approaches[alt.approach].name}</h3>
            <p className="muted">{t.approaches[alt.approach].summary}</p>
            <p data-why-not>
              {alt.ruledOutBy.length > 0 ? <strong>{t.rationale.ruledOut}: </strong> : null}
              {alt.whyNot[lang]}
            </p>
          </div>
        ))}
      </section>

      <Comparison decision={decision} lang={lang} />

      <section aria-labelledby="counterfactuals-title">
        <h2 id="counterfactuals-title">{t.decision.counterfactuals}</h2>
        {decision.counterfactuals.length === 0 ? (
          <p>{t.decision.counterfactualsNone}</p>
        ) : (
          <>
            <p>{t.decision.counterfactualsIntro}</p>
            <ul data-testid="counterfactuals">
              {decision.counterfactuals.map((c) => {
                const next = {
                  ...answers,
                  [c.question]: c.question === "clients" ? c.answer.split(",") : c.answer,
                } as Answers;
                return (
                  <li key={`${c.question}-${c.answer}`}>
                    <a href={decisionHref(next)} data-counterfactual={`${c.question}=${c.answer}`}>
                      {format(t.decision.counterfactualItem, {
                        question: questionLabel(c.question, lang),
                        answer: answerLabel(c.question, c.answer, lang),
                        approach: t.approaches[c.approach].name,
                      })}
                    </a>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="checklist-title" data-testid="checklist">
        <h2 id="checklist-title">{t.rationale.checklist}</h2>
        <h3>{content.guide.title}</h3>
        <ContentHtml as="p" html={content.guide.summary} />
        <ul className="checklist">
          {content.guide.checklist.map((item, i) => (
            <ContentHtml as="li" key={i} html={item} />
          ))}
        </ul>
        {content.addOnGuides.map((g) => (
          <div key={g.id} data-add-on-guide={g.id}>
            <h3>{g.title}</h3>
            <ul className="checklist">
              {g.checklist.map((item, i) => (
                <ContentHtml as="li" key={i} html={item} />
              ))}
            </ul>
          </div>
        ))}
        <h3>{format(t.rationale.stackNotes, { stack: content.stack.title })}</h3>
        <ul className="checklist" data-testid="stack-notes">
          {content.stack.notes.map((item, i) => (
            <ContentHtml as="li" key={i} html={item} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="answers-title">
        <h2 id="answers-title">{t.decision.yourAnswers}</h2>
        <dl className="summary-list">
          {QUESTION_IDS.map((id) => (
            <div className="summary-list__row" key={id}>
              <dt>{questionText[id].label[lang]}</dt>
              <dd data-answer={id}>{answerLabel(id, answers[id], lang)}</dd>
              <dd>
                <a href={changeHref}>
                  {t.decision.changeAnswers}
                  <span className="visually-hidden"> – {questionText[id].label[lang]}</span>
                </a>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="share-title">
        <h2 id="share-title">{t.decision.shareLink}</h2>
        <p>{t.decision.shareHelp}</p>
        <p className="share">
          <label htmlFor="share-url" className="visually-hidden">
            {t.decision.shareLink}
          </label>
          <input
            id="share-url"
            className="share__input"
            type="text"
            readOnly
            value={permalink}
            data-copy-source
            data-copy-label={t.decision.copyLink}
            data-copied-label={t.decision.copied}
          />
          <a href={shareUrl} data-testid="share-link" className="share__link">
            {t.decision.shareLink}
          </a>
        </p>
        <p className="muted" data-print-label={t.decision.printButton}>
          {t.decision.printHint}
        </p>
        <ul className="action-list">
          <li>
            <a href={`/records?${canonical}`} data-testid="save-link">
              {t.records.saveLink}
            </a>
          </li>
          <li>
            <a href={`/decision/markdown?${canonical}`} download data-testid="markdown-link">
              {t.records.markdown}
            </a>
          </li>
          <li>
            <a href={`/api/decision?${canonical}`}>{t.decision.apiLink}</a>
          </li>
        </ul>
      </section>

      <details>
        <summary>{t.decision.trace}</summary>
        <p>{t.decision.traceIntro}</p>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t.decision.trace}</caption>
            <thead>
              <tr>
                <th scope="col">{t.decision.rule}</th>
                <th scope="col">{t.decision.fired}?</th>
                <th scope="col">
                  {t.decision.actual} / {t.decision.expected}
                </th>
              </tr>
            </thead>
            <tbody>
              {decision.trace.map((r) => (
                <tr key={r.rule} data-trace={r.rule} data-fired={r.fired}>
                  <td>
                    <code>{r.rule}</code>
                  </td>
                  <td>{r.fired ? t.decision.fired : t.decision.notFired}</td>
                  <td>
                    {r.conditions.map((c, i) => (
                      <div key={i}>
                        {c.held ? "✓" : "✗"} <code>{c.fact}</code> {c.operator}{" "}
                        <code>{JSON.stringify(c.expected)}</code> — {t.decision.actual}:{" "}
                        <code>{JSON.stringify(c.actual)}</code>
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>

      <p className="muted">
        {t.decision.rulesetVersion}:{" "}
        <code data-testid="ruleset-version">{decision.rulesetVersion}</code>
      </p>
      <p className="button-row">
        <a className="button button--secondary" href={changeHref}>
          {t.decision.changeAnswers}
        </a>
        <a
          className="button button--secondary"
          href={lang === "en" ? "/q/arch" : `/q/arch?lang=${lang}`}
        >
          {t.decision.startOver}
        </a>
      </p>
    </article>
  );
}
