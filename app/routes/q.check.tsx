import type { HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { answerLabel } from "~/ui/messages";
import {
  QUESTION_IDS,
  applicableQuestions,
  firstUnanswered,
  isOptional,
  questionText,
  validateAnswers,
  type Answers,
} from "~/decision";
import { questionHref, readFlowState, resultHref } from "~/questionnaire/flow.server";
import { dictionary, format, resolveLang } from "~/i18n";
import { describedAs } from "~/result/meta-documents";
import type { RouteHandle } from "~/root";

export function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const lang = resolveLang(url, request.headers.get("accept-language"));
  const state = readFlowState(url);
  const missing = firstUnanswered(state.answers);
  if (missing) return redirect(questionHref(missing, state), 303);
  const checked = validateAnswers(state.answers);
  if (!checked.success) return redirect(questionHref(QUESTION_IDS[0]!, state), 303);
  const rows = applicableQuestions(state.answers).map((id) => ({
    id,
    answered: state.answers[id] !== undefined,
    value: (checked.answers as Answers)[id] as string | string[],
    changeHref: questionHref(id, state, "check"),
  }));
  return json(
    { lang, rows, resultHref: resultHref(checked.answers, state) },
    {
      headers: {
        Vary: "Accept-Language",
        "Cache-Control": "no-cache",
      },
    },
  );
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const meta = describedAs((t) => t.descriptions.question);

export const handle: RouteHandle = {
  title: ({ lang }) => dictionary(lang).questionPage.checkTitle,
};

export default function CheckAnswers() {
  const { lang, rows, resultHref } = useLoaderData<typeof loader>();
  const t = dictionary(lang);
  return (
    <>
      <h1>{t.questionPage.checkTitle}</h1>
      <p>{t.questionPage.checkLead}</p>
      <dl className="summary-list" data-testid="check-answers">
        {rows.map((row) => (
          <div className="summary-list__row" key={row.id} data-question={row.id}>
            <dt>{questionText[row.id].label[lang]}</dt>
            <dd>
              {row.answered ? (
                answerLabel(row.id, row.value, lang)
              ) : (
                <span className="muted">
                  {isOptional(row.id)
                    ? format(t.questionPage.notAnsweredReadAs, {
                        answer: answerLabel(row.id, row.value, lang),
                      })
                    : t.questionPage.notProvided}
                </span>
              )}
            </dd>
            <dd>
              <a href={row.changeHref}>
                {t.questionPage.change}
                <span className="visually-hidden"> {questionText[row.id].label[lang]}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      <p>
        <a className="button" href={resultHref}>
          {t.questionPage.seeResult}
        </a>
      </p>
    </>
  );
}
