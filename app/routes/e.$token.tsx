import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { RecordForm } from "~/records/record-form";
import { RecordView } from "~/records/record-view";
import { capabilityRouteHeaders } from "~/http/capability-headers.server";
import { dictionary } from "~/i18n";
import { editRecord, editRecordPage } from "~/records/edit.server";
import type { RouteHandle } from "~/root";

export { ErrorBoundary } from "~/root";

export function loader({ request, params, context }: LoaderFunctionArgs) {
  return editRecordPage(request, params.token, context.clientIp);
}

export function action({ request, params, context }: ActionFunctionArgs) {
  return editRecord(request, params.token, context.clientIp);
}

export const headers = capabilityRouteHeaders;

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
        action={data.links.self}
        values={actionData?.values ?? data.values}
        errors={actionData?.errors ?? {}}
        hidden={{ version: String(data.record.version) }}
        submitLabel={r.saveChanges}
        superseded={Boolean(data.record.supersededBy)}
      />
      <h2>{r.rotateTitle}</h2>
      <p>{r.rotateHelp}</p>
      <form method="post" action={data.links.self}>
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
          <a href={data.links.successor}>
            {data.successor?.title ?? `/r/${data.record.supersededBy}`}
          </a>
        </p>
      ) : (
        <>
          <p>{r.revisitHelp}</p>
          {/* The edit token travels in the form body, never in another page's address (ADR 0008). */}
          <form method="post" action={data.links.revisit}>
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
