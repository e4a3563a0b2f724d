import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { InvalidLink } from "~/questionnaire/invalid-link";
import { RecordForm } from "~/records/record-form";
import { usePageLang } from "~/http/lang";
import { newRecordLink, resultLinkOfQuery } from "~/http/links";
import { dictionary, format } from "~/i18n";
import { newRecordPage, saveRecord } from "~/records/save.server";
import type { RouteHandle } from "~/root";

/**
 * GET /records?<answers>: the form that saves this decision as a record (app/records/save.server.ts). An edit
 * token is never read from the address: revisiting a record is a POST from its edit page (intent=revisit).
 */
export function loader({ request }: LoaderFunctionArgs) {
  return newRecordPage(request);
}

export function action({ request, context }: ActionFunctionArgs) {
  return saveRecord(request, context.clientIp);
}

export const headers: HeadersFunction = ({ loaderHeaders, actionHeaders, errorHeaders }) => ({
  ...Object.fromEntries(loaderHeaders),
  ...Object.fromEntries(actionHeaders),
  ...Object.fromEntries(errorHeaders ?? []),
});

export { ErrorBoundary } from "~/root";

export const handle: RouteHandle = { title: ({ lang }) => dictionary(lang).records.saveTitle };

export default function SaveRecord() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = dictionary(data.lang);
  const { chosenLang: chosen } = usePageLang();
  if (!data.ok) {
    return (
      <InvalidLink errors={data.errors} valid={data.valid} lang={data.lang} chosenLang={chosen} />
    );
  }
  if (actionData?.tooMany) {
    return (
      <>
        <h1>{t.records.tooManyTitle}</h1>
        <p>{format(t.records.tooMany, { seconds: actionData.tooMany })}</p>
      </>
    );
  }
  // The form posts back to this very URL, so that a failed save re-renders this page with its answers.
  const here = newRecordLink(data.answers, chosen);
  const revisit = actionData?.revisit;
  return (
    <>
      <h1>{t.records.saveTitle}</h1>
      {actionData?.supersededBy !== undefined ? (
        <p className="notice notice--warn" role="alert" data-testid="already-revisited">
          {t.records.alreadyRevisited}{" "}
          {actionData.supersededBy ? (
            <a href={actionData.supersededBy}>{actionData.supersededBy.split("?")[0]}</a>
          ) : null}
        </p>
      ) : null}
      {revisit ? (
        <p className="notice notice--warn" data-testid="revisit-banner">
          {t.records.revisitBanner} <strong>{revisit.title}</strong>
        </p>
      ) : null}
      <p>{t.records.saveLead}</p>
      <p>
        {t.records.decision}:{" "}
        <a href={resultLinkOfQuery(data.answers, chosen)}>
          <strong>{t.approaches[data.approach].name}</strong>
        </a>
      </p>
      <RecordForm
        lang={data.lang}
        action={here}
        values={actionData?.values ?? { title: data.defaultTitle }}
        errors={actionData?.errors ?? {}}
        hidden={{
          answers: data.answers,
          ...(revisit && { supersedes: revisit.token, revisitTitle: revisit.title }),
        }}
        submitLabel={t.records.save}
      />
    </>
  );
}
