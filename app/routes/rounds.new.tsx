import type {
  ActionFunctionArgs,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/ui/error-summary";
import { RoundTextField } from "~/rounds/round-fields";
import {
  QUESTION_IDS,
  evaluateDecision,
  formatShareLink,
  parseShareLink,
  type Answers,
  type QuestionId,
} from "~/decision";
import { dictionary, format, type Lang, roundText } from "~/i18n";
import type { RouteHandle } from "~/root";
import {
  CAPABILITY_HEADERS,
  capabilityRouteHeaders,
  formatDate,
  limit,
  memberCookies,
  pageLang,
  roundFailure,
} from "~/rounds/http.server";
import { unansweredOptional } from "~/rounds/model";
import { ROUND_LIMITS, NewRoundSchema, createRound } from "~/rounds/rounds.server";
import styles from "~/rounds/rounds.css";

// This route's own boundary, so that its headers function (capability headers) also applies to its 4xx pages.
export { ErrorBoundary } from "~/root";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = () => [{ name: "robots", content: "noindex, nofollow" }];

/**
 * The result "Decide as a team" was opened from: its answers (the share-link query in this page's address), what
 * they recommend, and a title to start from. Undefined for a plain /rounds/new or answers that do not parse.
 */
async function fromResult(url: URL, lang: Lang) {
  if (!QUESTION_IDS.some((id) => url.searchParams.has(id))) return undefined;
  const query = new URLSearchParams(url.searchParams);
  query.delete("deleted");
  const parsed = parseShareLink(query);
  if (!parsed.success) return undefined;
  const decision = await evaluateDecision(parsed.link.answers);
  const approach = dictionary(lang).approaches[decision.approach].name;
  return {
    answers: formatShareLink({ answers: parsed.link.answers }),
    approach,
    defaultTitle: format(roundText(lang).fromResult.defaultTitle, {
      approach,
      date: formatDate(new Date().toISOString(), lang),
    }),
  };
}

/** GET /rounds/new[?<answers>]: the form that starts a team round, from a result when its answers are given. */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { lang, chosenLang } = pageLang(request);
  const result = await fromResult(url, lang);
  const query = [result?.answers, chosenLang && `lang=${chosenLang}`].filter(Boolean).join("&");
  return json(
    {
      lang,
      langSuffix: chosenLang ? `&lang=${chosenLang}` : "",
      action: `/rounds/new${query ? `?${query}` : ""}`,
      deleted: url.searchParams.get("deleted") === "1",
      fromResult: result,
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
    return json(
      { errors, values: { ...input, takePart: body.get("takePart") === "yes" } },
      { status: 400, headers: CAPABILITY_HEADERS },
    );
  }
  // Started from a result, with "count my answers" ticked: the facilitator joins with that result's answers.
  const answers = body.get("answers");
  let own: { answers: Answers; unanswered: QuestionId[] } | undefined;
  if (answers !== null && body.get("takePart") === "yes") {
    const link = parseShareLink(answers);
    // A hidden field: only a tampered or truncated form gets here.
    if (!link.success) roundFailure(request, "invalid");
    own = {
      answers: link.link.answers,
      unanswered: unansweredOptional(new URLSearchParams(answers)),
    };
  }
  const { round, facilitatorToken, memberToken } = await createRound(parsed.data, {
    ...(own && { facilitatorAnswers: own }),
  });
  const headers = new Headers(CAPABILITY_HEADERS);
  if (memberToken) {
    for (const cookie of memberCookies(request, round.joinId, memberToken, round.expiresAt)) {
      headers.append("Set-Cookie", cookie);
    }
  }
  const { chosenLang } = pageLang(request);
  return redirect(`/f/${facilitatorToken}?created=1${chosenLang ? `&lang=${chosenLang}` : ""}`, {
    status: 303,
    headers,
  });
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
          <a href={`/decision?${result.answers}${data.langSuffix}`}>
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
