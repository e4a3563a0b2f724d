import type {
  ActionFunctionArgs,
  HeadersFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { httpError } from "~/http/errors.server";
import { useActionData, useLoaderData } from "@remix-run/react";
import {
  RecordForm,
  recordErrorMessage,
  submittedValues,
  type RecordFormErrors,
  type RecordFormField,
  type RecordFormValues,
} from "~/records/record-form";
import { RecordView } from "~/records/record-view";
import { CAPABILITY_HEADERS } from "~/http/capability-headers.server";
import { dictionary, resolveLang, type Lang } from "~/i18n";
import { recordView } from "~/records/record-data.server";
import { findRecordByToken } from "~/records/token-check.server";
import {
  RecordFieldError,
  rotateEditToken,
  parseRecordFields,
  updateRecord,
  type StoredRecord,
} from "~/records/records.server";
import type { RouteHandle } from "~/root";

export { ErrorBoundary } from "~/root";

function formValues(record: StoredRecord): RecordFormValues {
  return {
    title: record.title,
    context: record.context,
    deciders: record.deciders.join(", "),
    consulted: record.consulted.join(", "),
    informed: record.informed.join(", "),
    status: record.status,
  };
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const lang = resolveLang(url, request.headers.get("accept-language"));
  const record = await findRecordByToken(request, params.token, context.clientIp);
  const view = await recordView(record, lang, url.origin);
  return json(
    {
      lang,
      token: params.token!,
      ...view,
      values: formValues(record),
      editLink: `${url.origin}/e/${params.token}`,
      publicLink: `${url.origin}/r/${record.publicId}`,
      created: url.searchParams.get("created") === "1",
      saved: url.searchParams.get("saved") === "1",
      rotated: url.searchParams.get("rotated") === "1",
    },
    { headers: { Vary: "Accept-Language", ...CAPABILITY_HEADERS } },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const url = new URL(request.url);
  const lang: Lang = resolveLang(url, request.headers.get("accept-language"));
  // The token check (rate limited) comes first; a wrong token never reaches the form handling.
  await findRecordByToken(request, params.token, context.clientIp);
  const body = new URLSearchParams(await request.text());
  const langQuery = url.searchParams.get("lang") ? `&lang=${lang}` : "";
  if (body.get("intent") === "rotate") {
    const next = await rotateEditToken(params.token!);
    if (!next) httpError(request, 404, { headers: CAPABILITY_HEADERS });
    return redirect(`/e/${next}?rotated=1${langQuery}`, {
      status: 303,
      headers: CAPABILITY_HEADERS,
    });
  }
  const fields = parseRecordFields(Object.fromEntries(body));
  const values = submittedValues(body);
  if (!fields.success) {
    const errors: RecordFormErrors = {};
    for (const [f, codes] of Object.entries(fields.errors)) {
      errors[f as RecordFormField] = codes.map((c) =>
        recordErrorMessage(f as RecordFormField, c, lang),
      );
    }
    return json({ errors, values, conflict: false }, { status: 400, headers: CAPABILITY_HEADERS });
  }
  const version = Number(body.get("version"));
  let updated: Awaited<ReturnType<typeof updateRecord>>;
  try {
    updated = await updateRecord(
      params.token!,
      fields.fields,
      Number.isInteger(version) ? version : -1,
    );
  } catch (error) {
    if (!(error instanceof RecordFieldError)) throw error;
    const errors: RecordFormErrors = {
      [error.field]: [recordErrorMessage(error.field, error.code, lang)],
    };
    return json({ errors, values, conflict: false }, { status: 400, headers: CAPABILITY_HEADERS });
  }
  if (updated === undefined) httpError(request, 404, { headers: CAPABILITY_HEADERS });
  if (updated === "conflict") {
    // The loser keeps what they typed; the page shows the winner's version below it, and the form now carries
    // the current version, so saving again replaces it knowingly.
    return json(
      { errors: {} as RecordFormErrors, values, conflict: true },
      { status: 409, headers: CAPABILITY_HEADERS },
    );
  }
  return redirect(`/e/${params.token}?saved=1${langQuery}`, {
    status: 303,
    headers: CAPABILITY_HEADERS,
  });
}

export const headers: HeadersFunction = ({ loaderHeaders, actionHeaders, errorHeaders }) => {
  const merged = new Headers(loaderHeaders);
  for (const [k, v] of [...actionHeaders, ...(errorHeaders ?? [])]) merged.set(k, v);
  for (const [k, v] of Object.entries(CAPABILITY_HEADERS)) merged.set(k, v);
  return merged;
};

export const meta: MetaFunction = () => [{ name: "robots", content: "noindex, nofollow" }];

export const handle: RouteHandle = {
  // /enhance.js adds the button that copies the edit link.
  enhance: true,
  title: ({ lang }) => dictionary(lang).records.editTitle,
};

export default function EditRecord() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = dictionary(data.lang);
  const r = t.records;
  const langQuery = data.lang === "en" ? "" : `lang=${data.lang}&`;
  return (
    <>
      {data.created ? (
        <div className="notice" role="status" data-testid="created">
          <p>{r.created}</p>
        </div>
      ) : null}
      {data.rotated ? (
        <p className="notice" role="status" data-testid="rotated">
          {r.rotated}
        </p>
      ) : null}
      {data.saved && !actionData ? (
        <p className="notice" role="status" data-testid="saved">
          {r.saved}
        </p>
      ) : null}
      {actionData?.conflict ? (
        <p className="notice notice--warn" role="alert" data-testid="conflict">
          {r.conflict}
        </p>
      ) : null}
      <h1>{r.editTitle}</h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>
            <label htmlFor="edit-link">{r.editLinkLabel}</label>
          </dt>
          <dd>
            <p className="share secret">
              <input
                id="edit-link"
                className="share__input"
                type="text"
                readOnly
                value={data.editLink}
                data-copy-source
                data-copy-label={r.copyEditLink}
                data-copied-label={r.copiedEditLink}
                data-testid="edit-link"
                aria-describedby="edit-link-warning"
              />
            </p>
            <p className="muted" id="edit-link-warning">
              {r.editLinkWarning}
            </p>
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{r.publicLinkLabel}</dt>
          <dd>
            <a href={data.publicLink} data-testid="public-link">
              {data.publicLink}
            </a>
          </dd>
        </div>
      </dl>
      <RecordForm
        lang={data.lang}
        action={`/e/${data.token}${data.lang === "en" ? "" : `?lang=${data.lang}`}`}
        values={actionData?.values ?? data.values}
        errors={actionData?.errors ?? {}}
        hidden={{ version: String(data.record.version) }}
        submitLabel={r.saveChanges}
        superseded={Boolean(data.record.supersededBy)}
      />
      <h2>{r.rotateTitle}</h2>
      <p>{r.rotateHelp}</p>
      <form
        method="post"
        action={`/e/${data.token}${data.lang === "en" ? "" : `?lang=${data.lang}`}`}
      >
        <input type="hidden" name="intent" value="rotate" />
        <button type="submit" className="button button--secondary">
          {r.rotateButton}
        </button>
      </form>
      <h2>{r.revisit}</h2>
      {data.record.supersededBy ? (
        // A record is superseded once: revisiting again would be refused, so it is not offered.
        <p data-testid="already-revisited">
          {r.alreadyRevisited}{" "}
          <a
            href={`/r/${data.record.supersededBy}${data.lang === "en" ? "" : `?lang=${data.lang}`}`}
          >
            {data.successor?.title ?? `/r/${data.record.supersededBy}`}
          </a>
        </p>
      ) : (
        <>
          <p>{r.revisitHelp}</p>
          {/* The edit token travels in the form body, never in another page's address (ADR 0008). */}
          <form method="post" action={`/records?${langQuery}${data.record.answersQuery}`}>
            <input type="hidden" name="intent" value="revisit" />
            <input type="hidden" name="supersedes" value={data.token} />
            <button type="submit" className="button button--secondary" data-testid="revisit">
              {r.revisit}
            </button>
          </form>
        </>
      )}
      <RecordView
        lang={data.lang}
        record={data.record}
        document={data.document}
        today={data.today}
        liveLink={data.liveLink}
        successor={data.successor}
        headingLevel={2}
      />
    </>
  );
}
