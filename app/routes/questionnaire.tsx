import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useState, type FormEvent } from "react";
import { checkForm } from "~/questionnaire/form-check";
import { ErrorSummary, type SummaryError } from "~/ui/error-summary";
import { invalidMessage } from "~/questionnaire/local-question";
import { QuestionGroup } from "~/questionnaire/question-group";
import type { LocalQuestion } from "~/questionnaire/local-question";
import {
  ASK_ORDER,
  MULTIPLE_CHOICE_QUESTIONS,
  QUESTION_IDS,
  isOptional,
  type QuestionId,
} from "~/decision/questions";
import { AnswersSchema, type AnswersInput, type FieldErrors } from "~/decision/schema";
import { questionnaireAction, questionnaireLoader } from "~/questionnaire/forms.server";
import { useChrome, type RouteHandle } from "~/root";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ name: "description", content: data.strings.intro }] : [];

export const handle: RouteHandle = {
  hydrate: true,
  title: ({ data }) => (data as { strings?: { title: string } } | undefined)?.strings?.title ?? "",
};

export const loader = ({ request }: LoaderFunctionArgs) => questionnaireLoader(request);

export const action = ({ request }: ActionFunctionArgs) => questionnaireAction(request);

function toFieldErrors(errors: Record<string, "required" | "invalid">): FieldErrors {
  const out: FieldErrors = {};
  for (const id of QUESTION_IDS) {
    const code = errors[id];
    if (code) out[id] = [code];
  }
  return out;
}

/** Where every question is shown at once, a conditional one says when it applies, an optional one its default. */
function noteOf(q: LocalQuestion): string | undefined {
  return [q.appliesWhen, q.whenUnanswered].filter(Boolean).join(" ") || undefined;
}

export default function Questionnaire() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { strings } = data;
  const values: AnswersInput = (actionData?.values ?? data.values) as AnswersInput;
  const chrome = useChrome();
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const errors: FieldErrors = clientErrors ?? (actionData?.errors as FieldErrors | undefined) ?? {};
  const messageOf = (id: QuestionId) => {
    const code = errors[id]?.[0];
    const q = data.questions[ASK_ORDER.indexOf(id)]!;
    return code ? (code === "required" ? q.required : invalidMessage(data.words, q)) : undefined;
  };
  // In the order the page shows the questions, so the summary reads top to bottom.
  const summary: SummaryError[] = ASK_ORDER.flatMap((id) => {
    const message = messageOf(id);
    return message ? [{ href: id, message }] : [];
  });

  // Valid: the browser submits the form as it is, and the result page loads as a plain document.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const errors = checkForm(
      event.currentTarget,
      AnswersSchema,
      QUESTION_IDS,
      MULTIPLE_CHOICE_QUESTIONS,
    );
    if (!errors) return setClientErrors(null);
    event.preventDefault();
    setClientErrors(toFieldErrors(errors));
    document.title = `${chrome.titlePrefix}${strings.title} – ${chrome.siteName}`;
  };

  return (
    <>
      <ErrorSummary title={strings.summaryTitle} errors={summary} />
      <h1>{strings.title}</h1>
      <p>{strings.intro}</p>
      <Form
        method="post"
        action={data.chosenLang ? `/questionnaire?lang=${data.chosenLang}` : "/questionnaire"}
        noValidate
        onSubmit={onSubmit}
        reloadDocument
      >
        {ASK_ORDER.map((id, i) => (
          <QuestionGroup
            key={id}
            id={id}
            text={data.questions[i]!}
            words={data.words}
            errorPrefix={chrome.titlePrefix}
            value={values[id] as string | string[] | undefined}
            error={messageOf(id)}
            note={noteOf(data.questions[i]!)}
            optionalText={isOptional(id) ? strings.optional : undefined}
          />
        ))}
        <button type="submit" className="button">
          {strings.submit}
        </button>
      </Form>
    </>
  );
}
