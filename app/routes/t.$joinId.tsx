import type {
  ActionFunctionArgs,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/ui/error-summary";
import { fieldMessage } from "~/ui/messages";
import { QuestionGroup } from "~/questionnaire/question-group";
import { RoundTextField } from "~/rounds/round-fields";
import { AnsweredCard, ReloadHint, TeamOutcomeCard } from "~/rounds/round-member";
import { RoundReveal } from "~/rounds/round-reveal";
import { RoundStatus } from "~/rounds/round-status";
import { QUESTION_IDS, isOptional, type AnswersInput, type QuestionId } from "~/decision";
import { localQuestion } from "~/questionnaire/forms.server";
import { dictionary, format, type Lang, roundText } from "~/i18n";
import { linkPreview } from "~/result/meta-documents";
import { useNonce } from "~/http/nonce";
import { siteImage } from "~/result/preview-image";
import type { RouteHandle } from "~/root";
import {
  CAPABILITY_HEADERS,
  capabilityRouteHeaders,
  findByCapability,
  formatDate,
  langQuery,
  limit,
  memberCookies,
  memberToken,
  orFail,
  pageLang,
  roundFailure,
} from "~/rounds/http.server";
import {
  MemberNameSchema,
  ROUND_LIMITS,
  RoundError,
  answersFromForm,
  getMember,
  getRound,
  joinRound,
  listMembers,
  saveAnswers,
  type Round,
} from "~/rounds/rounds.server";
import { unansweredOptional } from "~/rounds/model";
import styles from "~/rounds/rounds.css";
import { cachedRevealView, memberLabel, statusView } from "~/rounds/view.server";

// This route's own boundary, so that its headers function (capability headers) also applies to its 4xx pages.
export { ErrorBoundary } from "~/root";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

/**
 * The join link's preview in a chat: what a round is, never which round (no title, names, answers or address of
 * the round itself): the same for every round, in the page's language, with the site's image.
 */
export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const lang =
    (matches.find((m) => m.id === "root")?.data as { lang?: Lang } | undefined)?.lang ?? "en";
  const origin = data?.origin ?? "";
  const t = roundText(lang).preview;
  const preview = linkPreview({
    lang,
    type: "website",
    title: t.title,
    description: t.description,
    url: `${origin}/rounds/new`,
    image: siteImage(origin, lang),
  }).filter((tag) => !(tag && "name" in tag && tag.name === "robots"));
  return [{ name: "robots", content: "noindex, nofollow" }, ...preview];
};

function findRound(
  request: Request,
  joinId: string | undefined,
  clientIp: string | undefined,
): Promise<Round> {
  return findByCapability(request, clientIp, () => getRound(joinId), joinId);
}

/** GET /t/<joinId>: join, answer and wait; after the reveal, the team's answers. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { lang, chosenLang } = pageLang(request);
  const round = await findRound(request, params.joinId, context.clientIp);
  const me = await getMember(round.joinId, memberToken(request, round.joinId));
  const t = roundText(lang);
  const common = {
    lang,
    origin: url.origin,
    self: `/t/${round.joinId}${langQuery(request)}`,
    langSuffix: chosenLang ? `&lang=${chosenLang}` : "",
    joinId: round.joinId,
    version: round.version,
    title: round.title,
    action: `/t/${round.joinId}${langQuery(request)}`,
    expires: format(t.expires, { date: formatDate(round.expiresAt, lang) }),
    me: me ? { label: memberLabel(me, lang), answered: me.answered } : undefined,
    lead: format(t.joinLead, {
      facilitator: round.facilitatorName
        ? format(t.honorific, { name: round.facilitatorName })
        : t.someone,
    }),
    saved: url.searchParams.get("saved") === "1",
  };
  const headers = { Vary: "Accept-Language", ...CAPABILITY_HEADERS };
  if (round.state === "revealed") {
    return json(
      {
        ...common,
        state: "revealed" as const,
        reveal: await cachedRevealView(round, lang),
        recordLink: round.recordPublicId
          ? `/r/${round.recordPublicId}${langQuery(request)}`
          : undefined,
      },
      { headers },
    );
  }
  const members = await listMembers(round.joinId);
  return json(
    {
      ...common,
      state: "open" as const,
      status: statusView(members, lang),
      full: members.length >= ROUND_LIMITS.members,
      // The form's words are needed only by members (and never their answers to anyone else).
      questions: me ? QUESTION_IDS.map((id) => localQuestion(id, lang)) : [],
      values: me?.formValues ?? {},
    },
    { headers },
  );
}

type ActionResult = {
  errors: Partial<Record<QuestionId | "name", string>>;
  values: AnswersInput & { name?: string };
};

/** POST /t/<joinId>: join (intent=join) or save my answers (intent=answer). Revealing and settling are refused. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { lang, chosenLang } = pageLang(request);
  const body = new URLSearchParams(await request.text());
  const intent = body.get("intent");
  const round = await findRound(request, params.joinId, context.clientIp);
  if (intent === "reveal" || intent === "settle" || intent === "record" || intent === "delete") {
    roundFailure(request, "facilitator-only");
  }
  if (intent !== "join" && intent !== "answer") roundFailure(request, "invalid");
  await limit(request, context.clientIp, "answer");
  if (round.state !== "open") roundFailure(request, "revealed");
  const back = `/t/${round.joinId}`;
  const langPart = chosenLang ? `lang=${chosenLang}` : "";
  const token = memberToken(request, round.joinId);

  if (intent === "join") {
    if (await getMember(round.joinId, token)) {
      return redirect(`${back}${langPart ? `?${langPart}` : ""}`, {
        status: 303,
        headers: CAPABILITY_HEADERS,
      });
    }
    const nameError = (message: string) =>
      json<ActionResult>(
        { errors: { name: message }, values: { name: body.get("name") ?? "" } },
        { status: 400, headers: CAPABILITY_HEADERS },
      );
    const name = MemberNameSchema.safeParse(body.get("name") ?? "");
    if (!name.success) return nameError(roundText(lang).fieldErrors.name);
    let joined: { token: string };
    try {
      joined = await joinRound(round.joinId, name.data);
    } catch (error) {
      if (error instanceof RoundError && error.code === "name-taken") {
        return nameError(roundText(lang).fieldErrors.nameTaken);
      }
      if (error instanceof RoundError) roundFailure(request, error.code);
      throw error;
    }
    const headers = new Headers(CAPABILITY_HEADERS);
    for (const cookie of memberCookies(request, round.joinId, joined.token, round.expiresAt)) {
      headers.append("Set-Cookie", cookie);
    }
    return redirect(`${back}${langPart ? `?${langPart}` : ""}`, { status: 303, headers });
  }

  if (!(await getMember(round.joinId, token))) roundFailure(request, "not-member");
  const result = answersFromForm(body);
  if (!result.success) {
    const errors: ActionResult["errors"] = {};
    for (const [id, codes] of Object.entries(result.errors) as [
      QuestionId,
      ("required" | "invalid")[],
    ][]) {
      errors[id] = fieldMessage(id, codes[0]!, lang);
    }
    return json<ActionResult>(
      { errors, values: result.values },
      { status: 400, headers: CAPABILITY_HEADERS },
    );
  }
  await orFail(request, () =>
    saveAnswers(round.joinId, token, result.answers, { unanswered: unansweredOptional(body) }),
  );
  return redirect(`${back}?saved=1${langPart ? `&${langPart}` : ""}`, {
    status: 303,
    headers: CAPABILITY_HEADERS,
  });
}

export const headers = capabilityRouteHeaders;

export const handle: RouteHandle = {
  title: ({ data, lang }) =>
    format(roundText(lang).joinTitle, {
      title: (data as { title?: string } | undefined)?.title ?? "",
    }),
};

export default function RoundMemberPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionResult | undefined;
  const nonce = useNonce();
  const t = roundText(data.lang);
  const d = dictionary(data.lang);
  const errors = actionData?.errors ?? {};
  const live = (
    <script
      src="/round-live.js"
      nonce={nonce}
      defer
      data-status={`/t/${data.joinId}/status`}
      data-version={data.version}
    />
  );

  if (data.state === "revealed") {
    return (
      <>
        <h1>{data.title}</h1>
        <TeamOutcomeCard
          outcome={data.reveal.settledOutcome}
          settledHref={
            data.reveal.settledLink
              ? `/decision?${data.reveal.settledLink}${data.langSuffix}`
              : undefined
          }
          recordHref={data.recordLink}
          reloadHref={data.self}
          lang={data.lang}
        />
        <RoundReveal view={data.reveal} lang={data.lang} langSuffix={data.langSuffix} />
        <p className="muted">{data.expires}</p>
        {live}
      </>
    );
  }

  const summary = Object.entries(errors).map(([f, message]) => ({
    href: f === "name" ? "member-name" : f,
    message: message!,
  }));
  const values = (actionData?.values ?? data.values) as AnswersInput;
  const answered = Boolean(data.me?.answered);
  const form = (
    <>
      <p>{t.answerLead}</p>
      <form method="post" action={data.action} noValidate>
        <input type="hidden" name="intent" value="answer" />
        {QUESTION_IDS.map((id, i) => (
          <QuestionGroup
            key={id}
            id={id}
            text={data.questions[i]!}
            words={{ or: d.forms.or, invalid: d.errors.invalid }}
            errorPrefix={d.errors.titlePrefix}
            value={values[id] as string | string[] | undefined}
            error={errors[id]}
            note={data.questions[i]?.appliesWhen}
            optionalText={isOptional(id) ? d.questionnaire.optional : undefined}
          />
        ))}
        <button type="submit" className="button">
          {t.saveAnswers}
        </button>
      </form>
    </>
  );
  return (
    <>
      <ErrorSummary title={d.errors.summaryTitle} errors={summary} />
      <h1>{data.title}</h1>
      {answered ? (
        <AnsweredCard
          status={data.status}
          me={data.me!.label}
          justSaved={data.saved}
          lang={data.lang}
        />
      ) : (
        <p className="lead">{data.lead}</p>
      )}
      {data.me ? (
        <>
          {answered ? (
            <ReloadHint href={data.self} lang={data.lang} />
          ) : (
            <p data-testid="joined-as">{format(t.joinedAs, { name: data.me.label })}</p>
          )}
          {answered ? (
            // Answered already: the form folded behind "Change my answers" (open again after a refused save).
            <details className="fold" data-testid="change-answers" open={Boolean(actionData)}>
              <summary>{t.memberCard.changeAnswers}</summary>
              {form}
            </details>
          ) : (
            <>
              <h2>{t.yourAnswers}</h2>
              {form}
            </>
          )}
        </>
      ) : data.full ? (
        <p className="notice notice--warn">{t.errors.full.body}</p>
      ) : (
        <form method="post" action={data.action} className="round-form" noValidate>
          <input type="hidden" name="intent" value="join" />
          <RoundTextField
            id="member-name"
            name="name"
            label={t.memberName}
            hint={t.nameHint}
            error={errors.name}
            errorPrefix={d.errors.titlePrefix}
            value={actionData?.values.name}
            maxLength={ROUND_LIMITS.name}
          />
          <button type="submit" className="button">
            {t.join}
          </button>
        </form>
      )}
      <RoundStatus status={data.status} lang={data.lang} />
      <p className="muted">
        {format(t.limits, { max: ROUND_LIMITS.members })} {data.expires}
      </p>
      <p className="muted">{t.privacy}</p>
      {live}
    </>
  );
}
