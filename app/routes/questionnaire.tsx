import { zodResolver } from "@hookform/resolvers/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useRef, useState } from "react";
import { useForm, type FieldErrors as HookErrors } from "react-hook-form";
import { ErrorSummary, type SummaryError } from "~/components/error-summary";
import { fieldMessage } from "~/components/messages";
import { QuestionGroup } from "~/components/question-group";
import {
  AnswersSchema,
  QUESTION_IDS,
  formatShareLink,
  parseShareLink,
  readAnswerInput,
  rulesetVersion,
  validateAnswers,
  type AnswersInput,
  type FieldErrors,
  type QuestionId,
} from "~/decision";
import { dictionary, isLang, resolveLang, type Lang } from "~/i18n";
import { describedAs } from "~/meta";
import type { RouteHandle } from "~/root";

export const meta = describedAs((t) => t.descriptions.questionnaire);

export const handle: RouteHandle = {
  hydrate: true,
  title: ({ lang }) => dictionary(lang).questionnaire.title,
};

export function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const lang = resolveLang(url, request.headers.get("accept-language"));
  // Prefill from a share link or from an invalid link's valid answers.
  const parsed = parseShareLink(url.searchParams);
  const values: AnswersInput = parsed.success ? parsed.link.answers : parsed.valid;
  // A language chosen in the URL travels on to the result; otherwise the result follows each viewer's browser.
  const chosenLang = isLang(url.searchParams.get("lang")) ? lang : undefined;
  return json(
    { lang, chosenLang, values },
    { headers: { Vary: "Accept-Language", "Cache-Control": "no-cache" } },
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const body = new URLSearchParams(await request.text());
  const url = new URL(request.url);
  const langParam = url.searchParams.get("lang");
  const lang: Lang = resolveLang(url, request.headers.get("accept-language"));
  const input = readAnswerInput(body);
  const result = validateAnswers(input);
  if (!result.success) {
    return json({ errors: result.errors, values: result.values, lang }, { status: 400 });
  }
  const query = formatShareLink({
    answers: result.answers,
    v: rulesetVersion,
    ...(isLang(langParam) && { lang: langParam }),
  });
  return redirect(`/decision?${query}`, 303);
}

function hookErrorsToFieldErrors(errors: HookErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const id of QUESTION_IDS) {
    const e = errors[id] as { message?: string; type?: string } | undefined;
    if (!e) continue;
    out[id] = [e.message === "required" ? "required" : "invalid"];
  }
  return out;
}

export default function Questionnaire() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lang = actionData?.lang ?? loaderData.lang;
  const t = dictionary(lang);
  const values: AnswersInput = (actionData?.values ?? loaderData.values) as AnswersInput;
  const formRef = useRef<HTMLFormElement>(null);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const { register, handleSubmit } = useForm({
    resolver: zodResolver(AnswersSchema),
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    shouldFocusError: false,
  });
  const errors: FieldErrors = clientErrors ?? (actionData?.errors as FieldErrors | undefined) ?? {};
  const summary: SummaryError[] = QUESTION_IDS.flatMap((id) =>
    (errors[id] ?? [])
      .slice(0, 1)
      .map((code) => ({ href: id, message: fieldMessage(id, code, lang) })),
  );
  const title = `${t.errors.titlePrefix}${t.questionnaire.title} – ${t.siteName}`;

  const onSubmit = handleSubmit(
    () => {
      setClientErrors(null);
      // Valid: submit natively, so the result page loads as a plain document.
      formRef.current?.submit();
    },
    (hookErrors) => {
      setClientErrors(hookErrorsToFieldErrors(hookErrors));
      document.title = title;
    },
  );

  return (
    <>
      <ErrorSummary title={t.errors.summaryTitle} errors={summary} />
      <h1>{t.questionnaire.title}</h1>
      <p>{t.questionnaire.intro}</p>
      <Form
        method="post"
        action={
          loaderData.chosenLang ? `/questionnaire?lang=${loaderData.chosenLang}` : "/questionnaire"
        }
        ref={formRef}
        noValidate
        onSubmit={onSubmit}
        reloadDocument
      >
        {QUESTION_IDS.map((id: QuestionId) => (
          <QuestionGroup
            key={id}
            id={id}
            lang={lang}
            value={values[id] as string | string[] | undefined}
            error={errors[id]?.[0] ? fieldMessage(id, errors[id]![0]!, lang) : undefined}
            note={id === "store" ? t.questionnaire.skipNote : undefined}
            optionalText={id === "stack" ? t.questionnaire.optional : undefined}
            inputProps={register(id)}
          />
        ))}
        <button type="submit" className="button">
          {t.questionnaire.submit}
        </button>
      </Form>
    </>
  );
}
