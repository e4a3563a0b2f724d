import type {
  ActionFunctionArgs,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/ui/error-summary";
import { RoundTextField } from "~/rounds/round-fields";
import { dictionary, format, roundText } from "~/i18n";
import type { RouteHandle } from "~/root";
import { capabilityRouteHeaders } from "~/http/capability-headers.server";
import { newRoundPage, startRound } from "~/rounds/new.server";
import { ROUND_LIMITS } from "~/rounds/limits";
import styles from "~/rounds/rounds.css";

// This route's own boundary, so that its headers function (capability headers) also applies to its 4xx pages.
export { ErrorBoundary } from "~/root";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = () => [{ name: "robots", content: "noindex, nofollow" }];

/** GET /rounds/new[?<answers>]: the form that starts a team round (app/rounds/new.server.ts). */
export function loader({ request }: LoaderFunctionArgs) {
  return newRoundPage(request);
}

/** POST /rounds/new: creates the round and shows the facilitator page (303), or 400 naming the field. */
export function action({ request, context }: ActionFunctionArgs) {
  return startRound(request, context.clientIp);
}

export const headers = capabilityRouteHeaders;

export const handle: RouteHandle = { title: ({ lang }) => roundText(lang).newTitle };

export default function NewRound() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = roundText(data.lang);
  const errors = actionData?.errors ?? {};
  const result = data.fromResult;
  const prefix = dictionary(data.lang).errors.titlePrefix;
  return (
    <>
      <ErrorSummary
        title={dictionary(data.lang).errors.summaryTitle}
        errors={Object.entries(errors).map(([f, message]) => ({
          href: f === "title" ? "round-title" : "round-facilitator",
          message: message!,
        }))}
      />
      {data.deleted ? (
        <p className="notice" role="status" data-testid="deleted">
          {t.deleted}
        </p>
      ) : null}
      <h1>{t.newTitle}</h1>
      <p className="lead">{t.startLead}</p>
      <p>{t.newLead}</p>
      {result ? (
        <p data-testid="from-result">
          {t.fromResult.lead}{" "}
          <a href={result.link}>
            <strong>{result.approach}</strong>
          </a>
        </p>
      ) : null}
      <form method="post" action={data.action} className="round-form" noValidate>
        {result ? <input type="hidden" name="answers" value={result.answers} /> : null}
        <RoundTextField
          id="round-title"
          name="title"
          label={t.title}
          hint={t.titleHint}
          error={errors.title}
          errorPrefix={prefix}
          value={actionData ? actionData.values.title : result?.defaultTitle}
          maxLength={ROUND_LIMITS.title}
          required
        />
        <RoundTextField
          id="round-facilitator"
          name="facilitatorName"
          label={t.facilitatorName}
          hint={t.nameHint}
          error={errors.facilitatorName}
          errorPrefix={prefix}
          value={actionData?.values.facilitatorName}
          maxLength={ROUND_LIMITS.name}
        />
        {result ? (
          <div className="form-group">
            <div className="choice">
              <input
                type="checkbox"
                id="round-take-part"
                name="takePart"
                value="yes"
                defaultChecked={actionData ? actionData.values.takePart : true}
                aria-describedby="round-take-part-hint"
              />
              <label htmlFor="round-take-part">{t.fromResult.takePart}</label>
            </div>
            <p className="hint" id="round-take-part-hint">
              {t.fromResult.takePartHint}
            </p>
          </div>
        ) : null}
        <p className="muted">
          {format(t.limits, { max: ROUND_LIMITS.members })} {t.expiresRule}
        </p>
        <p className="muted">{t.privacy}</p>
        <button type="submit" className="button">
          {t.start}
        </button>
      </form>
    </>
  );
}
