import { zodResolver } from "@hookform/resolvers/zod";
import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { ErrorSummary } from "~/components/error-summary";
import { fieldMessage } from "~/components/messages";
import { QuestionGroup } from "~/components/question-group";
import {
  QUESTION_IDS,
  isSkipped,
  nextStep,
  previousStep,
  progress,
  questionSchema,
  questionText,
  readAnswerInput,
  validateQuestion,
  type FieldErrorCode,
  type QuestionId,
} from "~/decision";
import {
  capabilityHeaders,
  checkHref,
  questionHref,
  readFlowState,
  targetHref,
} from "~/flow.server";
import { dictionary, format, resolveLang } from "~/i18n";
import { describedAs } from "~/meta";
import type { RouteHandle } from "~/root";

function questionParam(value: string | undefined): QuestionId {
  if (!value || !(QUESTION_IDS as string[]).includes(value)) throw json(null, { status: 404 });
  return value as QuestionId;
}

function pageData(request: Request, id: QuestionId) {
  const url = new URL(request.url);
  const lang = resolveLang(url, request.headers.get("accept-language"));
  const state = readFlowState(url);
  const prev = previousStep(id, state.answers);
  return {
    id,
    lang,
    state,
    value: state.answers[id] as string | string[] | undefined,
    progress: progress(id, state.answers),
    backHref: state.returningToCheck ? checkHref(state) : prev ? questionHref(prev, state) : "/",
    formAction: questionHref(id, state, state.returningToCheck),
  };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const id = questionParam(params.question);
  const data = pageData(request, id);
  // A question that cannot matter given earlier answers is not asked.
  if (isSkipped(id, data.state.answers)) {
    return redirect(
      targetHref(nextStep(id, data.state.answers, data.state.returningToCheck), data.state),
      303,
    );
  }
  return json(data, {
    headers: {
      Vary: "Accept-Language",
      "Cache-Control": "no-cache",
      ...capabilityHeaders(data.state),
    },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = questionParam(params.question);
  const data = pageData(request, id);
  const input = readAnswerInput(new URLSearchParams(await request.text()));
  const result = validateQuestion(id, input);
  if (!result.success) {
    return json(
      {
        errors: { [id]: [result.code] } as Record<string, FieldErrorCode[]>,
        value: input[id] as string | string[] | undefined,
      },
      { status: 400 },
    );
  }
  const answers = { ...data.state.answers, [id]: result.value };
  if (answers[id] === undefined) delete answers[id];
  const state = { ...data.state, answers };
  return redirect(targetHref(nextStep(id, answers, state.returningToCheck), state), 303);
}

export const headers: HeadersFunction = ({ loaderHeaders, actionHeaders }) => ({
  ...Object.fromEntries(loaderHeaders),
  ...Object.fromEntries(actionHeaders),
});

export const meta = describedAs((t) => t.descriptions.question);

export const handle: RouteHandle = {
  hydrate: true,
  title: ({ data, lang }) => {
    const id = (data as { id?: QuestionId } | undefined)?.id;
    return id ? questionText[id].title[lang] : dictionary(lang).questionnaire.title;
  },
};

export default function QuestionPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { id, lang } = data;
  const t = dictionary(lang);
  const text = questionText[id];
  const formRef = useRef<HTMLFormElement>(null);
  const [clientError, setClientError] = useState<FieldErrorCode | null>(null);
  const { register, handleSubmit } = useForm({
    resolver: zodResolver(questionSchema(id)),
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    shouldFocusError: false,
  });
  const error = clientError ?? actionData?.errors[id]?.[0] ?? null;
  const message = error ? fieldMessage(id, error, lang) : undefined;
  const value = actionData ? actionData.value : data.value;
  const optional = id === "stack";

  const onSubmit = handleSubmit(
    () => {
      setClientError(null);
      formRef.current?.submit();
    },
    (errors) => {
      const code =
        (errors[id] as { message?: string } | undefined)?.message === "required"
          ? "required"
          : "invalid";
      setClientError(code);
      document.title = `${t.errors.titlePrefix}${text.title[lang]} – ${t.siteName}`;
    },
  );

  return (
    <>
      <p>
        <a href={data.backHref} className="back-link">
          {t.questionPage.back}
        </a>
      </p>
      <ErrorSummary title={t.errors.summaryTitle} errors={message ? [{ href: id, message }] : []} />
      <p className="caption" data-testid="progress">
        {format(t.questionPage.progress, data.progress)}
      </p>
      <Form
        method="post"
        action={data.formAction}
        ref={formRef}
        noValidate
        onSubmit={onSubmit}
        reloadDocument
      >
        <QuestionGroup
          id={id}
          lang={lang}
          value={value}
          error={message}
          asHeading
          optionalText={optional ? t.questionnaire.optional : undefined}
          inputProps={register(id)}
        />
        {text.findOut ? (
          <details className="help">
            <summary>{t.questionPage.howToFindOut}</summary>
            <p>{text.findOut[lang]}</p>
          </details>
        ) : null}
        <button type="submit" className="button">
          {t.questionPage.continue}
        </button>
      </Form>
      <p className="muted one-page-link">
        <a href={`/questionnaire${data.state.chosenLang ? `?lang=${data.state.chosenLang}` : ""}`}>
          {t.questionPage.onePage}
        </a>
      </p>
    </>
  );
}
