// The member page of a round (/t/<joinId>): the join form, the answers form (folded once answered), who has
// answered, and after the reveal the team's outcome and answers. Plain forms: it works without JavaScript;
// /round-live.js only reloads the page when the round changes.
import type { SerializeFrom } from "@remix-run/node";
import { ErrorSummary } from "~/ui/error-summary";
import { QuestionGroup } from "~/questionnaire/question-group";
import { RoundTextField } from "~/rounds/round-fields";
import { AnsweredCard, ReloadHint, TeamOutcomeCard } from "~/rounds/round-member";
import { RoundReveal } from "~/rounds/round-reveal";
import { RoundStatus } from "~/rounds/round-status";
import { QUESTION_IDS, isOptional, type AnswersInput } from "~/decision";
import { resultLinkOfQuery } from "~/http/links";
import { dictionary, format, roundText } from "~/i18n";
import type { MemberActionData, memberPage } from "./join.server";
import { ROUND_LIMITS } from "./limits";

export function MemberPage({
  data,
  actionData,
  nonce,
}: {
  data: SerializeFrom<typeof memberPage>;
  actionData?: MemberActionData;
  nonce?: string;
}) {
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
          stateLine={data.teamStateLine}
          settledHref={
            data.reveal.settledLink
              ? resultLinkOfQuery(data.reveal.settledLink, data.chosenLang)
              : undefined
          }
          recordHref={data.recordLink}
          reloadHref={data.self}
          lang={data.lang}
        />
        <RoundReveal view={data.reveal} lang={data.lang} chosenLang={data.chosenLang} />
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
