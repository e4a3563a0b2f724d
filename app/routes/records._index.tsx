import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { InvalidLink } from "~/components/invalid-link";
import {
  RecordForm,
  recordErrorMessage,
  submittedValues,
  type RecordFormErrors,
  type RecordFormField,
  type RecordFormValues,
} from "~/components/record-form";
import { evaluateDecision, formatShareLink, parseShareLink } from "~/decision";
import { contentHash } from "~/content/content.server";
import { CAPABILITY_HEADERS } from "~/flow.server";
import { dictionary, format, resolveLang, type Lang } from "~/i18n";
import { clientKey, createRecordLimit, hit } from "~/records/rate-limit.server";
import {
  createRecord,
  getRecordByEditToken,
  parseRecordFields,
  RecordError,
} from "~/records/records.server";
import { isWellFormedToken } from "~/records/tokens.server";
import type { RouteHandle } from "~/root";

/** GET /records?<answers>[&revisit=<edit token>]: the form that saves this decision as a record. */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const lang = resolveLang(url, request.headers.get("accept-language"));
  const parsed = parseShareLink(url.searchParams);
  const headers = { Vary: "Accept-Language", ...CAPABILITY_HEADERS };
  if (!parsed.success) {
    return json(
      { ok: false as const, lang, errors: parsed.errors, valid: parsed.valid },
      { status: 400, headers },
    );
  }
  const revisit = url.searchParams.get("revisit");
  const superseded = isWellFormedToken(revisit) ? await getRecordByEditToken(revisit) : undefined;
  const decision = await evaluateDecision(parsed.link.answers);
  return json(
    {
      ok: true as const,
      lang,
      answers: formatShareLink({ answers: parsed.link.answers }),
      approach: decision.approach,
      revisit: superseded ? { token: revisit!, title: superseded.title } : undefined,
    },
    { headers },
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const url = new URL(request.url);
  const lang: Lang = resolveLang(url, request.headers.get("accept-language"));
  const limit = await hit(`create:${clientKey(context.clientIp)}`, createRecordLimit());
  if (!limit.allowed) {
    return json(
      {
        tooMany: limit.retryAfterSeconds,
        errors: {} as RecordFormErrors,
        values: {} as RecordFormValues,
      },
      {
        status: 429,
        headers: { "Retry-After": String(limit.retryAfterSeconds), ...CAPABILITY_HEADERS },
      },
    );
  }
  const body = new URLSearchParams(await request.text());
  const values = submittedValues(body);
  // The answers come in the body (from the form) or, failing that, in the URL.
  const parsed = parseShareLink(body.get("answers") ?? url.searchParams);
  const fields = parseRecordFields(Object.fromEntries(body));
  if (!parsed.success || !fields.success) {
    const errors: RecordFormErrors = {};
    if (!fields.success) {
      for (const [f, codes] of Object.entries(fields.errors)) {
        errors[f as RecordFormField] = codes.map((c) =>
          recordErrorMessage(f as RecordFormField, c, lang),
        );
      }
    }
    if (!parsed.success)
      errors.title = [...(errors.title ?? []), dictionary(lang).invalidLink.lead];
    return json({ tooMany: 0, errors, values }, { status: 400, headers: CAPABILITY_HEADERS });
  }
  const revisit = body.get("supersedes");
  try {
    const created = await createRecord({
      fields: fields.fields,
      answers: parsed.link.answers,
      contentHash,
      ...(isWellFormedToken(revisit) && { supersedesEditToken: revisit }),
    });
    const langQuery = url.searchParams.get("lang") ? `&lang=${lang}` : "";
    return redirect(`/e/${created.editToken}?created=1${langQuery}`, {
      status: 303,
      headers: CAPABILITY_HEADERS,
    });
  } catch (error) {
    if (error instanceof RecordError || (error instanceof Error && error.name === "ZodError")) {
      return json(
        {
          tooMany: 0,
          errors: {
            title: [
              dictionary(lang).records.errors.invalid.replace(
                "{field}",
                dictionary(lang).records.fields.title,
              ),
            ],
          },
          values,
        },
        { status: 400, headers: CAPABILITY_HEADERS },
      );
    }
    throw error;
  }
}

export const headers: HeadersFunction = ({ loaderHeaders, actionHeaders }) => ({
  ...Object.fromEntries(loaderHeaders),
  ...Object.fromEntries(actionHeaders),
});

export const handle: RouteHandle = { title: ({ lang }) => dictionary(lang).records.saveTitle };

export default function SaveRecord() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = dictionary(data.lang);
  if (!data.ok) return <InvalidLink errors={data.errors} valid={data.valid} lang={data.lang} />;
  if (actionData?.tooMany) {
    return (
      <>
        <h1>{t.records.tooManyTitle}</h1>
        <p>{format(t.records.tooMany, { seconds: actionData.tooMany })}</p>
      </>
    );
  }
  // The form posts back to this very URL, so that a failed save re-renders this page with its answers.
  const here = `/records?${data.answers}${data.lang === "en" ? "" : `&lang=${data.lang}`}${data.revisit ? `&revisit=${data.revisit.token}` : ""}`;
  return (
    <>
      <h1>{t.records.saveTitle}</h1>
      {data.revisit ? (
        <p className="notice notice--warn" data-testid="revisit-banner">
          {t.records.revisitBanner} <strong>{data.revisit.title}</strong>
        </p>
      ) : null}
      <p>{t.records.saveLead}</p>
      <p>
        {t.records.decision}:{" "}
        <a href={`/decision?${data.answers}${data.lang === "en" ? "" : `&lang=${data.lang}`}`}>
          <strong>{t.approaches[data.approach].name}</strong>
        </a>
      </p>
      <RecordForm
        lang={data.lang}
        action={here}
        values={actionData?.values ?? {}}
        errors={actionData?.errors ?? {}}
        hidden={{ answers: data.answers, ...(data.revisit && { supersedes: data.revisit.token }) }}
        submitLabel={t.records.save}
      />
    </>
  );
}
