import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { httpError } from "~/http/errors.server";
import { useActionData, useLoaderData } from "@remix-run/react";
import { InvalidLink } from "~/questionnaire/invalid-link";
import {
  RecordForm,
  recordErrorMessage,
  submittedValues,
  type RecordFormErrors,
  type RecordFormField,
  type RecordFormValues,
} from "~/records/record-form";
import { evaluateDecision, formatShareLink, parseShareLink, type Approach } from "~/decision";
import { contentHash } from "~/content/content.server";
import { withLang } from "~/decision/flow";
import { RECORD_FIELDS } from "~/records/madr";
import { CAPABILITY_HEADERS } from "~/http/capability-headers.server";
import { dictionary, format, resolveLang, type Lang } from "~/i18n";
import {
  TOKEN_MISSES,
  check,
  clientKey,
  createRecordLimit,
  hit,
} from "~/platform/rate-limit.server";
import {
  createRecord,
  getRecordByEditToken,
  parseRecordFields,
  RecordError,
  RecordFieldError,
  type StoredRecord,
} from "~/records/records.server";
import { isWellFormedToken } from "~/platform/tokens.server";
import { useChosenLang, type RouteHandle } from "~/root";
import { countTokenMiss, findRecordByToken } from "~/records/token-check.server";

/** The old record's own fields, to start the form of the record that supersedes it. */
function revisitValues(record: StoredRecord): RecordFormValues {
  return {
    title: record.title,
    context: record.context,
    deciders: record.deciders.join(", "),
    consulted: record.consulted.join(", "),
    informed: record.informed.join(", "),
    status: "proposed",
  };
}

/** A title to start from, in the page's language: what is decided, ready to be made more specific. */
function defaultTitle(approach: Approach, lang: Lang): string {
  const t = dictionary(lang);
  return format(t.adr.draftTitle, { approach: t.approaches[approach].name });
}

/**
 * GET /records?<answers>: the form that saves this decision as a record. An edit token is never read from the
 * address (it would land in history, logs and Referer, and answer "is this token valid?" unmetered): revisiting a
 * record is a POST from its edit page with the token in the body (intent=revisit), answered with this form
 * prefilled from the old record.
 */
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
  const decision = await evaluateDecision(parsed.link.answers);
  return json(
    {
      ok: true as const,
      lang,
      answers: formatShareLink({ answers: parsed.link.answers }),
      approach: decision.approach,
      defaultTitle: defaultTitle(decision.approach, lang),
    },
    { headers },
  );
}

interface ActionData {
  tooMany: number;
  errors: RecordFormErrors;
  values: RecordFormValues;
  /** When revisiting: the record being superseded and its token (echoed in the form body, never in a URL). */
  revisit?: { token: string; title: string };
  /** The record being revisited was superseded meanwhile (another tab, another person): the newer record. */
  supersededBy?: string;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const url = new URL(request.url);
  const lang: Lang = resolveLang(url, request.headers.get("accept-language"));
  const body = new URLSearchParams(await request.text());
  const revisitToken = body.get("supersedes");
  if (body.get("intent") === "revisit") {
    // Opening the form from an edit page: a token check (rate limited), no write.
    const old = await findRecordByToken(request, revisitToken, context.clientIp);
    return json<ActionData>(
      {
        tooMany: 0,
        errors: {},
        values: revisitValues(old),
        revisit: { token: revisitToken!, title: old.title },
      },
      { headers: CAPABILITY_HEADERS },
    );
  }
  const clientIp = context.clientIp;
  if (revisitToken !== null) {
    const guessing = await check(`token-miss:${clientKey(clientIp)}`, TOKEN_MISSES);
    if (!guessing.allowed) {
      httpError(request, 429, {
        headers: CAPABILITY_HEADERS,
        retryAfterSeconds: guessing.retryAfterSeconds,
        limited: "edit-links",
      });
    }
  }
  const limit = await hit(`create:${clientKey(clientIp)}`, createRecordLimit());
  if (!limit.allowed) {
    return json<ActionData>(
      {
        tooMany: limit.retryAfterSeconds,
        errors: {},
        values: {},
      },
      {
        status: 429,
        headers: { "Retry-After": String(limit.retryAfterSeconds), ...CAPABILITY_HEADERS },
      },
    );
  }
  const values = submittedValues(body);
  const revisit =
    revisitToken !== null
      ? { token: revisitToken, title: body.get("revisitTitle") ?? "" }
      : undefined;
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
    return json<ActionData>(
      { tooMany: 0, errors, values, ...(revisit && { revisit }) },
      { status: 400, headers: CAPABILITY_HEADERS },
    );
  }
  try {
    if (revisitToken !== null && !isWellFormedToken(revisitToken)) {
      throw new RecordError("edit-token-mismatch");
    }
    const created = await createRecord({
      fields: fields.fields,
      answers: parsed.link.answers,
      contentHash,
      ...(revisitToken !== null && { supersedesEditToken: revisitToken }),
    });
    const langQuery = url.searchParams.get("lang") ? `&lang=${lang}` : "";
    return redirect(`/e/${created.editToken}?created=1${langQuery}`, {
      status: 303,
      headers: CAPABILITY_HEADERS,
    });
  } catch (error) {
    if (error instanceof RecordFieldError) {
      return json<ActionData>(
        {
          tooMany: 0,
          errors: { [error.field]: [recordErrorMessage(error.field, error.code, lang)] },
          values,
          ...(revisit && { revisit }),
        },
        { status: 400, headers: CAPABILITY_HEADERS },
      );
    }
    if (error instanceof RecordError && error.code === "edit-token-mismatch") {
      await countTokenMiss(clientIp);
      httpError(request, 404, { headers: CAPABILITY_HEADERS });
    }
    if (error instanceof RecordError && error.code === "already-superseded") {
      // Not a field: the record being revisited has a successor already. Say so, and link to it.
      const old = revisitToken === null ? undefined : await getRecordByEditToken(revisitToken);
      return json<ActionData>(
        {
          tooMany: 0,
          errors: {},
          values,
          ...(revisit && { revisit }),
          supersededBy: old?.supersededBy
            ? withLang(`/r/${old.supersededBy}`, url.searchParams.get("lang") ? lang : undefined)
            : "",
        },
        { status: 409, headers: CAPABILITY_HEADERS },
      );
    }
    if (error instanceof Error && error.name === "ZodError") {
      // The field the schema named, when it is one of the form's; the title only as a last resort.
      const path = (error as Error & { issues?: { path: PropertyKey[] }[] }).issues?.[0]?.path[0];
      const field = (RECORD_FIELDS as readonly PropertyKey[]).includes(path as PropertyKey)
        ? (path as RecordFormField)
        : "title";
      return json<ActionData>(
        {
          tooMany: 0,
          errors: { [field]: [recordErrorMessage(field, "invalid", lang)] },
          values,
          ...(revisit && { revisit }),
        },
        { status: 400, headers: CAPABILITY_HEADERS },
      );
    }
    throw error;
  }
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
  const chosen = useChosenLang();
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
  const here = withLang(`/records?${data.answers}`, chosen);
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
        <a href={withLang(`/decision?${data.answers}`, chosen)}>
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
