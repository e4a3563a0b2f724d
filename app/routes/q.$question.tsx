import type {
  ActionFunctionArgs,
  HeadersFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useState, type FormEvent } from "react";
import { checkForm } from "~/questionnaire/form-check";
import { ErrorSummary } from "~/ui/error-summary";
import { invalidMessage } from "~/questionnaire/local-question";
import { QuestionGroup } from "~/questionnaire/question-group";
import { MULTIPLE_CHOICE_QUESTIONS, isOptional } from "~/decision/questions";
import { questionSchema, type FieldErrorCode } from "~/decision/schema";
import { questionAction, questionLoader } from "~/questionnaire/forms.server";
import { useChrome, type RouteHandle } from "~/root";

export const loader = ({ request, params }: LoaderFunctionArgs) =>
  questionLoader(request, params.question);

export const action = ({ request, params }: ActionFunctionArgs) =>
  questionAction(request, params.question);

export const headers: HeadersFunction = ({ loaderHeaders, actionHeaders }) => ({
  ...Object.fromEntries(loaderHeaders),
  ...Object.fromEntries(actionHeaders),
});

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data && "text" in data
    ? [{ name: "description", content: `${data.text.title} ${data.text.hint}` }]
    : [];

export const handle: RouteHandle = {
  hydrate: true,
  title: ({ data }) => (data as { text?: { title: string } } | undefined)?.text?.title ?? "",
};

export default function QuestionPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { id, text, strings } = data;
  const chrome = useChrome();
  const [clientError, setClientError] = useState<FieldErrorCode | null>(null);
  const error = clientError ?? actionData?.errors[id]?.[0] ?? null;
  const message = error
    ? error === "required"
      ? text.required
      : invalidMessage(data.words, text)
    : undefined;
  const value = actionData ? actionData.value : data.value;
  const optional = isOptional(id);

  // Valid: the browser submits the form as it is. Invalid: the same message the server would give, at once.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const errors = checkForm(
      event.currentTarget,
      questionSchema(id),
      [id],
      MULTIPLE_CHOICE_QUESTIONS,
    );
    if (!errors) return setClientError(null);
    event.preventDefault();
    setClientError(errors[id] ?? "invalid");
    document.title = `${chrome.titlePrefix}${text.title} – ${chrome.siteName}`;
  };

  return (
    <>
      <p>
        <a href={data.backHref} className="back-link">
          {strings.back}
        </a>
      </p>
      <ErrorSummary title={strings.summaryTitle} errors={message ? [{ href: id, message }] : []} />
      <p className="caption" data-testid="progress">
        {strings.progress}
      </p>
      <Form method="post" action={data.formAction} noValidate onSubmit={onSubmit} reloadDocument>
        <QuestionGroup
          id={id}
          text={text}
          words={data.words}
          errorPrefix={chrome.titlePrefix}
          value={value}
          error={message}
          asHeading
          note={text.whenUnanswered}
          optionalText={optional ? strings.optional : undefined}
        />
        {text.findOut ? (
          <details className="help">
            <summary>{strings.howToFindOut}</summary>
            <p>{text.findOut}</p>
          </details>
        ) : null}
        <button type="submit" className="button">
          {strings.continue}
        </button>
      </Form>
      <p className="muted one-page-link">
        <a href={data.onePageHref}>{strings.onePage}</a>
      </p>
    </>
  );
}
