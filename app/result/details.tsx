// Everything below the first screen of a result, each part folded in a <details> that opens in place, with or
// without JavaScript: the reasons in full, why not the others, what would change it, what to find out, the
// comparison and diagram, the arguments cited, the checklist and stack notes, the answers, the rule trace.
import type { ReactNode } from "react";
import {
  ARGUMENT_IDS,
  QUESTION_IDS,
  isMultipleChoice,
  questionText,
  rulesetVersion,
  sources,
  type Answers,
  type ArgumentId,
  type SourceId,
} from "~/decision";
import { approachLink, argumentLink, changeLink, pageLink, resultLink } from "~/http/links";
import { ruleText } from "~/decision/rule-text";
import type { RationaleContent } from "~/content/types";
import { dictionary, format, type Lang } from "~/i18n";
import { Comparison } from "./comparison";
import { ContentHtml } from "~/ui/content-html";
import { ArchitectureDiagram } from "./diagrams";
import { answerLabel } from "~/ui/messages";
import type { ResultView } from "./result-view.server";
import { traceRowsHtml } from "./trace-html";

/** A folded section: its heading is the summary, so the outline of the page stays intact. */
export function Fold({
  id,
  title,
  open,
  children,
  testId,
}: {
  id: string;
  title: string;
  open?: boolean;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <details className="fold" id={id} open={open} data-testid={testId}>
      <summary>
        <h2 className="fold__title">{title}</h2>
      </summary>
      <div className="fold__body">{children}</div>
    </details>
  );
}

function Cites({
  ids,
  lang,
  chosenLang,
  content,
}: {
  ids: readonly string[];
  lang: Lang;
  chosenLang?: Lang;
  content: RationaleContent;
}) {
  const t = dictionary(lang);
  const args = ids.filter((id): id is ArgumentId =>
    (ARGUMENT_IDS as readonly string[]).includes(id),
  );
  const srcs = ids.filter((id): id is SourceId => id in sources);
  return (
    <p className="cites">
      {`${t.decision.cites}${t.punctuation.colon}`}
      {args.map((id, i) => {
        const card = content.arguments[id];
        return (
          <span key={id}>
            {i > 0 ? t.punctuation.list : null}
            <a href={argumentLink(id, chosenLang)} data-argument={id}>
              {card ? <ContentHtml as="span" html={card.title} /> : id}
            </a>
          </span>
        );
      })}
      {args.length > 0 && srcs.length > 0 ? t.punctuation.parts : null}
      {srcs.map((id, i) => (
        <span key={id}>
          {i > 0 ? t.punctuation.list : null}
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

export function ResultDetails({ view }: { view: ResultView }) {
  const { lang, chosenLang, decision, content } = view;
  const answers = view.link.answers;
  const t = dictionary(lang);
  const decisionHref = (a: Answers) => resultLink(a, { v: rulesetVersion, chosenLang });
  const approachReasons = decision.reasons.filter((r) => r.supports === decision.approach);
  const addOnReasons = decision.reasons.filter((r) => r.supports !== decision.approach);
  const citedArguments = ARGUMENT_IDS.filter((id) => content.arguments[id]);
  return (
    <div className="result-details">
      {decision.findOut.length > 0 ? (
        <Fold id="find-out" title={t.decision.findOut} open testId="find-out">
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
        </Fold>
      ) : null}

      <Fold id="reasons" title={t.decision.because} testId="reasons">
        {[...approachReasons, ...addOnReasons].map((reason) => (
          <div key={`${reason.rule}-${reason.supports}`} className="card" data-rule={reason.rule}>
            <h3>
              {`${ruleText[reason.rule].title[lang]} `}
              <span className="tag">
                {reason.supports === decision.approach
                  ? view.words.approach.name
                  : `+ ${t.addOns[reason.supports as keyof typeof t.addOns].name}`}
              </span>
            </h3>
            <ul className="because">
              {reason.because.map((b) => (
                <li key={`${b.question}-${b.answer}`}>
                  {format(t.decision.becauseItem, {
                    question: questionText[b.question].label[lang],
                    answer: answerLabel(b.question, b.answer, lang),
                  })}
                </li>
              ))}
            </ul>
            <p>{ruleText[reason.rule].explanation[lang]}</p>
            <Cites ids={reason.cites} lang={lang} chosenLang={chosenLang} content={content} />
          </div>
        ))}
        {decision.against.length > 0 ? (
          <>
            <h3>{t.decision.against}</h3>
            {decision.against.map((id) => (
              <div key={id} className="card card--warn" data-against={id}>
                <h4>{ruleText[id].title[lang]}</h4>
                <p>{ruleText[id].explanation[lang]}</p>
              </div>
            ))}
          </>
        ) : null}
      </Fold>

      <Fold id="why-not" title={t.decision.whyNot} testId="why-not">
        <p className="muted">
          {`${t.decision.confidence}${t.punctuation.colon}`}
          <span data-testid="confidence">{`${Math.round(decision.confidence * 100)}%`}</span>
          {`${t.punctuation.stop}${view.words.confidenceNote}`}
        </p>
        <ul className="why-not">
          {view.words.alternatives.map((alt) => (
            <li key={alt.approach} data-alternative={alt.approach}>
              <strong>{t.approaches[alt.approach].name}</strong>
              {alt.ruledOutBy.length > 0 ? (
                <span className="tag tag--out"> {t.rationale.ruledOut}</span>
              ) : null}
              <br />
              <span data-why-not>{alt.whyNot}</span>
            </li>
          ))}
        </ul>
      </Fold>

      <Fold id="what-would-change" title={t.decision.counterfactuals} testId="what-would-change">
        {decision.counterfactuals.length === 0 ? (
          <p>{t.decision.counterfactualsNone}</p>
        ) : (
          <>
            <p>{t.decision.counterfactualsIntro}</p>
            <ul data-testid="counterfactuals">
              {decision.counterfactuals.map((c) => {
                const next = {
                  ...answers,
                  [c.question]: isMultipleChoice(c.question) ? c.answer.split(",") : c.answer,
                } as Answers;
                return (
                  <li key={`${c.question}-${c.answer}`}>
                    <a href={decisionHref(next)} data-counterfactual={`${c.question}=${c.answer}`}>
                      {format(t.decision.counterfactualItem, {
                        question: questionText[c.question].label[lang],
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
      </Fold>

      <Fold id="comparison" title={t.rationale.comparison}>
        <Comparison view={view.comparison} approach={decision.approach} lang={lang} />
        <h3>{t.rationale.diagram}</h3>
        <ArchitectureDiagram
          approach={decision.approach}
          addOns={decision.addOns}
          lang={lang}
          title={`${t.rationale.diagram}: ${view.words.approach.name}`}
        />
        <p>
          <a href={approachLink(decision.approach, chosenLang)}>{t.rationale.guide}</a>
        </p>
      </Fold>

      <Fold id="arguments" title={t.decision.argumentsTitle} testId="arguments">
        <p>{t.decision.argumentsIntro}</p>
        <ul>
          {citedArguments.map((id) => {
            const card = content.arguments[id]!;
            return (
              <li key={id} data-argument-cited={id}>
                <a href={argumentLink(id, chosenLang)}>
                  <ContentHtml as="span" html={card.title} />
                </a>{" "}
                <span className="muted">{`— ${t.rationale.verdict[card.kind][card.verdict]}`}</span>
              </li>
            );
          })}
        </ul>
      </Fold>

      <Fold id="checklist" title={t.rationale.checklist} testId="checklist">
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
        {content.stack.notes.length > 0 ? (
          <>
            <h3>{format(t.rationale.stackNotes, { stack: content.stack.title })}</h3>
            <ul className="checklist" data-testid="stack-notes">
              {content.stack.notes.map((item, i) => (
                <ContentHtml as="li" key={i} html={item} />
              ))}
            </ul>
          </>
        ) : null}
      </Fold>

      <Fold id="answers" title={t.decision.yourAnswers} testId="answers">
        <dl className="summary-list">
          {QUESTION_IDS.map((id) => (
            <div className="summary-list__row" key={id}>
              <dt>{questionText[id].label[lang]}</dt>
              <dd data-answer={id}>{answerLabel(id, answers[id], lang)}</dd>
              <dd>
                <a href={changeLink(answers, id, chosenLang)} data-change={id}>
                  {t.decision.change}
                  <span className="visually-hidden">{` – ${questionText[id].label[lang]}`}</span>
                </a>
              </dd>
            </div>
          ))}
        </dl>
      </Fold>

      <Fold id="trace" title={t.decision.trace}>
        <p>{t.decision.traceIntro}</p>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t.decision.trace}</caption>
            <thead>
              <tr>
                <th scope="col">{t.decision.rule}</th>
                <th scope="col">{`${t.decision.fired}?`}</th>
                <th scope="col">{`${t.decision.actual} / ${t.decision.expected}`}</th>
              </tr>
            </thead>
            <ContentHtml as="tbody" html={traceRowsHtml(decision.trace, lang)} />
          </table>
        </div>
        <p className="muted">
          {`${t.decision.rulesetVersion}: `}
          <a href={pageLink("/rules", chosenLang)}>
            <code data-testid="ruleset-version">{decision.rulesetVersion}</code>
          </a>
        </p>
      </Fold>
    </div>
  );
}
