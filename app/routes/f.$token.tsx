import type {
  ActionFunctionArgs,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { RoundDeleteConfirmation } from "~/components/round-delete";
import { RoundLinkField, RoundTextField } from "~/components/round-fields";
import { RoundReveal } from "~/components/round-reveal";
import { RoundStatus } from "~/components/round-status";
import { QUESTION_IDS, questionText } from "~/decision";
import { contentHash } from "~/content/content.server";
import { dictionary, format } from "~/i18n";
import { useNonce } from "~/nonce";
import { createRecordLimit, clientKey, hit } from "~/records/rate-limit.server";
import { RECORD_LIMITS } from "~/records/records.server";
import type { RouteHandle } from "~/root";
import {
  CAPABILITY_HEADERS,
  capabilityRouteHeaders,
  findByCapability,
  formatDate,
  orFail,
  pageLang,
  roundFailure,
} from "~/rounds/http.server";
import { checkSettlements, reveal, settledDisagreements, type Settlements } from "~/rounds/model";
import {
  ROUND_LIMITS,
  RoundError,
  deleteRound,
  getRoundByFacilitatorToken,
  listMembers,
  revealRound,
  revealedAnswers,
  saveRoundRecord,
  settleRound,
  type Round,
} from "~/rounds/rounds.server";
import {
  DeleteFormSchema,
  RecordKeySchema,
  RecordTitleSchema,
  SettleFormSchema,
} from "~/rounds/forms.server";
import { newPublicId } from "~/records/tokens.server";
import styles from "~/rounds/rounds.css";
import { roundText } from "~/rounds/text";
import {
  cachedRevealView,
  forgetRevealViews,
  recordContext,
  statusView,
} from "~/rounds/view.server";

// This route's own boundary, so that its headers function (capability headers) also applies to its 4xx pages.
export { ErrorBoundary } from "~/root";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = () => [{ name: "robots", content: "noindex, nofollow" }];

/** The round this facilitator link controls; `allowExpired` for deleting a round that has expired. */
function findRound(
  request: Request,
  token: string | undefined,
  clientIp: string | undefined,
  allowExpired = false,
): Promise<Round> {
  return findByCapability(request, clientIp, () =>
    getRoundByFacilitatorToken(token, { allowExpired }),
  );
}

/** GET /f/<token>: the facilitator's page (a capability URL): links, who answered, reveal, settle, record, delete. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { lang, chosenLang } = pageLang(request);
  const round = await findRound(request, params.token, context.clientIp);
  const t = roundText(lang);
  const common = {
    lang,
    langSuffix: chosenLang ? `&lang=${chosenLang}` : "",
    joinId: round.joinId,
    version: round.version,
    title: round.title,
    action: `/f/${params.token}${chosenLang ? `?lang=${chosenLang}` : ""}`,
    joinLink: `${url.origin}/t/${round.joinId}`,
    facilitatorLink: `${url.origin}/f/${params.token}`,
    created: url.searchParams.get("created") === "1",
    settledSaved: url.searchParams.get("settled") === "1",
    expires: format(t.expires, { date: formatDate(round.expiresAt, lang) }),
    confirmDelete: url.searchParams.get("confirm") === "delete",
    recordLink: round.recordPublicId ? `/r/${round.recordPublicId}` : undefined,
    // One record per save: a repeat of this form (double submit, retry) saves nothing new.
    recordKey: newPublicId(),
  };
  const headers = { Vary: "Accept-Language", ...CAPABILITY_HEADERS };
  if (round.state === "revealed") {
    return json(
      { ...common, state: "revealed" as const, reveal: await cachedRevealView(round, lang) },
      { headers },
    );
  }
  return json(
    {
      ...common,
      state: "open" as const,
      status: statusView(await listMembers(round.joinId), lang),
    },
    { headers },
  );
}

type Errors = Record<string, string>;
type ActionData = { errors: Errors; choices?: Settlements };

/** POST /f/<token>: intent=reveal, settle, record or delete. Each checks the round's state; refusals change nothing. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { lang, chosenLang } = pageLang(request);
  const t = roundText(lang);
  const body = new URLSearchParams(await request.text());
  const intent = body.get("intent");
  const round = await findRound(request, params.token, context.clientIp, intent === "delete");
  const here = `/f/${params.token}`;
  const langPart = chosenLang ? `lang=${chosenLang}` : "";
  const to = (query: string) => {
    const q = [query, langPart].filter(Boolean).join("&");
    return redirect(q ? `${here}?${q}` : here, { status: 303, headers: CAPABILITY_HEADERS });
  };

  if (intent === "delete") {
    if (!DeleteFormSchema.safeParse({ confirm: body.get("confirm") ?? undefined }).success) {
      return json(
        { errors: { confirm: t.deleteUnconfirmed } as Errors },
        { status: 400, headers: CAPABILITY_HEADERS },
      );
    }
    await deleteRound(round);
    forgetRevealViews(round.joinId);
    return redirect(`/rounds/new?deleted=1${langPart ? `&${langPart}` : ""}`, {
      status: 303,
      headers: CAPABILITY_HEADERS,
    });
  }
  if (intent === "reveal") {
    if ((await listMembers(round.joinId)).every((m) => !m.answered)) {
      return json(
        { errors: { reveal: t.revealNothing } as Errors },
        { status: 409, headers: CAPABILITY_HEADERS },
      );
    }
    await orFail(request, () => revealRound(round));
    return to("");
  }
  if (intent !== "settle" && intent !== "record") roundFailure(request, "invalid");
  if (round.state !== "revealed") roundFailure(request, "not-revealed");
  const members = await revealedAnswers(round);

  if (intent === "settle") {
    const parsed = SettleFormSchema.safeParse(Object.fromEntries(body));
    if (!parsed.success) {
      const errors: Errors = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]);
        // The version is a hidden field: only a tampered or truncated form lacks it.
        if (field === "version") roundFailure(request, "invalid");
        errors[field] = t.fieldErrors.note;
      }
      return json({ errors }, { status: 400, headers: CAPABILITY_HEADERS });
    }
    const choices: Settlements = {};
    for (const id of QUESTION_IDS) {
      const value = parsed.data[`settle-${id}`] as string | undefined;
      if (value) choices[id] = { value, note: parsed.data[`note-${id}`] as string };
    }
    const first = await reveal(members);
    const checked = checkSettlements(first.questions, choices);
    if (!checked.ok) {
      const errors: Errors = {};
      for (const id of checked.refused) {
        errors[`settle-${id}`] = format(t.fieldErrors.settle, {
          question: questionText[id].title[lang],
        });
      }
      return json({ errors }, { status: 400, headers: CAPABILITY_HEADERS });
    }
    try {
      await settleRound(round, checked.settlements, undefined, Number(parsed.data.version));
    } catch (error) {
      if (!(error instanceof RoundError && error.code === "stale")) throw error;
      // Someone saved other settled answers since this form was loaded: keep this person's choices, say so.
      return json<ActionData>(
        { errors: { settle: t.fieldErrors.settleConflict }, choices },
        { status: 409, headers: CAPABILITY_HEADERS },
      );
    }
    return to("settled=1");
  }

  // intent === "record": the settled answers as a decision record.
  const r = await reveal(members, round.settlements);
  if (!r.settledAnswers) {
    return json(
      { errors: { record: t.notSettled } as Errors },
      { status: 409, headers: CAPABILITY_HEADERS },
    );
  }
  const key = RecordKeySchema.safeParse(body.get("key"));
  if (!key.success) roundFailure(request, "invalid");
  const title = RecordTitleSchema.safeParse(body.get("title") ?? "");
  if (!title.success) {
    return json(
      { errors: { "record-title": t.fieldErrors.title } as Errors },
      { status: 400, headers: CAPABILITY_HEADERS },
    );
  }
  const allowed = await hit(`create:${clientKey(context.clientIp)}`, createRecordLimit());
  if (!allowed.allowed) roundFailure(request, "too-many", allowed.retryAfterSeconds);
  const consulted = [
    ...new Set(
      members
        .filter((m) => m.answers && m.name !== "")
        .map((m) => m.name.slice(0, RECORD_LIMITS.name)),
    ),
  ].slice(0, RECORD_LIMITS.names);
  const settledAnswers = r.settledAnswers;
  const created = await orFail(request, () =>
    saveRoundRecord(round, key.data, () => ({
      fields: {
        title: title.data,
        context: recordContext(round, r, lang),
        deciders: round.facilitatorName ? [round.facilitatorName] : [],
        consulted,
        status: "proposed",
      },
      answers: settledAnswers,
      contentHash,
      disagreements: settledDisagreements(r),
    })),
  );
  return redirect(`/e/${created.editToken}?created=1${langPart ? `&${langPart}` : ""}`, {
    status: 303,
    headers: CAPABILITY_HEADERS,
  });
}

export const headers = capabilityRouteHeaders;

export const handle: RouteHandle = {
  enhance: true,
  title: ({ data, lang }) =>
    format(roundText(lang).facilitatorTitle, {
      title: (data as { title?: string } | undefined)?.title ?? "",
    }),
};

export default function FacilitatorPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const nonce = useNonce();
  const t = roundText(data.lang);
  const d = dictionary(data.lang);
  const errors = actionData?.errors ?? {};
  const summary = Object.entries(errors).map(([href, message]) => ({ href, message }));
  // A delete posted without the confirmation comes back to the confirmation step, its error linking to the button.
  if (data.confirmDelete || errors.confirm) {
    return (
      <>
        <ErrorSummary
          title={d.errors.summaryTitle}
          errors={errors.confirm ? [{ href: "delete-confirmed", message: errors.confirm }] : []}
        />
        <RoundDeleteConfirmation
          title={data.title}
          action={data.action}
          back={data.action}
          lang={data.lang}
        />
      </>
    );
  }
  return (
    <>
      <ErrorSummary title={d.errors.summaryTitle} errors={summary} />
      {data.created ? (
        <div className="notice" role="status" data-testid="created">
          <p>{t.created}</p>
        </div>
      ) : null}
      {data.settledSaved && !actionData ? (
        <p className="notice" role="status" data-testid="settle-saved">
          {t.settleSaved}
        </p>
      ) : null}
      <h1>{format(t.facilitatorTitle, { title: data.title })}</h1>
      <RoundLinkField
        id="join-link"
        label={t.joinLinkLabel}
        value={data.joinLink}
        copyLabel={t.copy}
        copiedLabel={t.copied}
        testId="join-link"
      />
      <p className="muted">{t.answerToo}</p>
      <RoundLinkField
        id="facilitator-link"
        label={t.facilitatorLinkLabel}
        value={data.facilitatorLink}
        copyLabel={t.copy}
        copiedLabel={t.copied}
        testId="facilitator-link"
      />
      <p className="muted">{t.facilitatorLinkWarning}</p>

      {data.state === "open" ? (
        <>
          <RoundStatus status={data.status} lang={data.lang} />
          <h2>{t.reveal}</h2>
          <p>{t.revealHelp}</p>
          <form method="post" action={data.action}>
            <input type="hidden" name="intent" value="reveal" />
            <button type="submit" className="button" id="reveal">
              {t.reveal}
            </button>
          </form>
        </>
      ) : (
        <>
          <RoundReveal view={data.reveal} lang={data.lang} langSuffix={data.langSuffix} />
          {data.reveal.disagreements.length > 0 ? (
            <section aria-labelledby="settle-title" className="round-settle">
              <h2 id="settle-title">{t.settleTitle}</h2>
              <p>{t.settleLead}</p>
              <form method="post" action={data.action} noValidate>
                <input type="hidden" name="intent" value="settle" />
                <input type="hidden" name="version" value={data.version} />
                {errors.settle ? (
                  <p className="notice notice--warn" role="alert" data-testid="settle-conflict">
                    {errors.settle}
                  </p>
                ) : null}
                {data.reveal.disagreements.map((q) => {
                  const err = errors[`settle-${q.question}`];
                  const noteErr = errors[`note-${q.question}`];
                  return (
                    <div
                      key={q.question}
                      className={err || noteErr ? "form-group form-group--error" : "form-group"}
                    >
                      <fieldset aria-describedby={err ? `settle-${q.question}-error` : undefined}>
                        <legend>{q.title}</legend>
                        {err ? (
                          <p className="error-message" id={`settle-${q.question}-error`}>
                            <span className="visually-hidden">{d.errors.titlePrefix}</span>
                            {err}
                          </p>
                        ) : null}
                        <div className="choices">
                          {q.entries.map((e, i) => (
                            <div className="choice" key={e.value}>
                              <input
                                type="radio"
                                id={
                                  i === 0
                                    ? `settle-${q.question}`
                                    : `settle-${q.question}-${e.value}`
                                }
                                name={`settle-${q.question}`}
                                value={e.value}
                                defaultChecked={
                                  (actionData?.choices
                                    ? actionData.choices[q.question]?.value
                                    : q.settled?.value) === e.value
                                }
                              />
                              <label
                                htmlFor={
                                  i === 0
                                    ? `settle-${q.question}`
                                    : `settle-${q.question}-${e.value}`
                                }
                              >
                                {e.label} ({e.count})
                              </label>
                            </div>
                          ))}
                        </div>
                      </fieldset>
                      <RoundTextField
                        id={`note-${q.question}`}
                        name={`note-${q.question}`}
                        label={format(t.settleNoteLabel, { question: q.title })}
                        error={noteErr}
                        errorPrefix={d.errors.titlePrefix}
                        value={
                          actionData?.choices
                            ? (actionData.choices[q.question]?.note ?? "")
                            : q.settled?.note
                        }
                        maxLength={ROUND_LIMITS.note}
                      />
                    </div>
                  );
                })}
                <button type="submit" className="button">
                  {t.settle}
                </button>
              </form>
            </section>
          ) : null}
          <section aria-labelledby="settled-title">
            <h2 id="settled-title">{t.settledTitle}</h2>
            {data.reveal.settledLink ? (
              <>
                <p>{t.settledLead}</p>
                <p>
                  <a
                    className="button"
                    href={`/decision?${data.reveal.settledLink}${data.langSuffix}`}
                    data-testid="settled-link"
                  >
                    {t.openResult}
                  </a>
                </p>
                <h3>{t.recordTitle}</h3>
                {data.recordLink ? (
                  <p data-testid="record-link">
                    {t.savedRecord} <a href={data.recordLink}>{data.recordLink}</a>
                  </p>
                ) : null}
                <p>{t.recordLead}</p>
                <form method="post" action={data.action} className="round-form" noValidate>
                  <input type="hidden" name="intent" value="record" />
                  <input type="hidden" name="key" value={data.recordKey} />
                  <RoundTextField
                    id="record-title"
                    name="title"
                    label={t.recordTitleLabel}
                    error={errors["record-title"]}
                    errorPrefix={d.errors.titlePrefix}
                    value={data.title}
                    maxLength={RECORD_LIMITS.title}
                    required
                  />
                  <button type="submit" className="button">
                    {t.saveRecord}
                  </button>
                </form>
              </>
            ) : (
              <p className="muted">{t.notSettled}</p>
            )}
          </section>
        </>
      )}
      <h2>{t.deleteTitle}</h2>
      <p>{t.deleteHelp}</p>
      <p>
        <a
          className="button button--secondary"
          href={`${data.action}${data.action.includes("?") ? "&" : "?"}confirm=delete`}
        >
          {t.delete}
        </a>
      </p>
      <p className="muted">{data.expires}</p>
      <p className="muted">{t.privacy}</p>
      <script
        src="/round-live.js"
        nonce={nonce}
        defer
        data-status={`/t/${data.joinId}/status`}
        data-version={data.version}
      />
    </>
  );
}
