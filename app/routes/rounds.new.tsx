import type {
  ActionFunctionArgs,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { RoundTextField } from "~/components/round-fields";
import { dictionary, format } from "~/i18n";
import type { RouteHandle } from "~/root";
import {
  CAPABILITY_HEADERS,
  capabilityRouteHeaders,
  langQuery,
  limit,
  pageLang,
} from "~/rounds/http.server";
import { ROUND_LIMITS, NewRoundSchema, createRound } from "~/rounds/rounds.server";
import styles from "~/rounds/rounds.css";
import { roundText } from "~/rounds/text";

// This route's own boundary, so that its headers function (capability headers) also applies to its 4xx pages.
export { ErrorBoundary } from "~/root";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = () => [{ name: "robots", content: "noindex, nofollow" }];

/** GET /rounds/new: the form that starts a team round. */
export function loader({ request }: LoaderFunctionArgs) {
  const { lang } = pageLang(request);
  return json(
    {
      lang,
      action: `/rounds/new${langQuery(request)}`,
      deleted: new URL(request.url).searchParams.get("deleted") === "1",
    },
    { headers: { Vary: "Accept-Language", ...CAPABILITY_HEADERS } },
  );
}

type Field = "title" | "facilitatorName";

/** POST /rounds/new: creates the round (rate limited) and shows the facilitator page (303), or 400 naming the field. */
export async function action({ request, context }: ActionFunctionArgs) {
  await limit(request, context.clientIp, "create");
  const { lang } = pageLang(request);
  const body = new URLSearchParams(await request.text());
  const input = {
    title: body.get("title") ?? "",
    facilitatorName: body.get("facilitatorName") ?? "",
  };
  const parsed = NewRoundSchema.safeParse(input);
  if (!parsed.success) {
    const t = roundText(lang);
    const errors: Partial<Record<Field, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as Field;
      errors[field] = field === "title" ? t.fieldErrors.title : t.fieldErrors.name;
    }
    return json({ errors, values: input }, { status: 400, headers: CAPABILITY_HEADERS });
  }
  const { facilitatorToken } = await createRound(parsed.data);
  const { chosenLang } = pageLang(request);
  return redirect(`/f/${facilitatorToken}?created=1${chosenLang ? `&lang=${chosenLang}` : ""}`, {
    status: 303,
    headers: CAPABILITY_HEADERS,
  });
}

export const headers = capabilityRouteHeaders;

export const handle: RouteHandle = { title: ({ lang }) => roundText(lang).newTitle };

export default function NewRound() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = roundText(data.lang);
  const errors = actionData?.errors ?? {};
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
      <form method="post" action={data.action} className="round-form" noValidate>
        <RoundTextField
          id="round-title"
          name="title"
          label={t.title}
          hint={t.titleHint}
          error={errors.title}
          errorPrefix={prefix}
          value={actionData?.values.title}
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
