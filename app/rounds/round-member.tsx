import { format, type Lang, roundText } from "~/i18n";
import type { OutcomeView, StatusView } from "~/rounds/view.server";
import { Outcome } from "./round-reveal";

/**
 * Where a page that is not updating by itself says so: without JavaScript (or with it blocked) a member must
 * reload to see the others answer and the reveal. /round-live.js hides it once it is running.
 */
export function ReloadHint({ href, lang }: { href: string; lang: Lang }) {
  const t = roundText(lang).memberCard;
  return (
    <p className="muted" data-reload-hint="" data-testid="reload-hint">
      {t.reloadHint} <a href={href}>{t.reload}</a>
    </p>
  );
}

/**
 * A member who has answered: one card instead of the whole form again. Live (data-live), so that the count of
 * those still answering follows without a reload.
 */
export function AnsweredCard({
  status,
  me,
  justSaved,
  lang,
}: {
  status: StatusView;
  me: string;
  justSaved: boolean;
  lang: Lang;
}) {
  const t = roundText(lang);
  const waiting = status.members - status.answered;
  return (
    <section
      id="answers-in"
      data-live=""
      className="notice"
      aria-labelledby="answers-in-title"
      data-testid="answers-in"
    >
      <h2 id="answers-in-title">{t.memberCard.answersIn}</h2>
      <div role="status">
        {justSaved ? <p data-testid="answers-saved">{t.answersSaved}</p> : null}
        <p data-testid="waiting-for">
          {waiting > 0
            ? format(t.memberCard.waitingFor, { waiting, members: status.members })
            : t.memberCard.everyoneIn}
        </p>
      </div>
      <p className="muted" data-testid="joined-as">
        {format(t.joinedAs, { name: me })}
      </p>
    </section>
  );
}

/**
 * After the reveal, at the top of a member's page: the team's result once every disagreement is settled, and the
 * decision record once the facilitator has saved one.
 */
export function TeamOutcomeCard({
  outcome,
  settledHref,
  recordHref,
  reloadHref,
  lang,
}: {
  outcome?: OutcomeView;
  settledHref?: string;
  recordHref?: string;
  reloadHref: string;
  lang: Lang;
}) {
  const t = roundText(lang);
  return (
    <section className="notice" aria-labelledby="team-outcome-title" data-testid="team-outcome">
      <h2 id="team-outcome-title">{t.memberCard.teamResult}</h2>
      {outcome && settledHref ? (
        <>
          <p data-testid="team-outcome-approach">
            <Outcome outcome={outcome} lang={lang} />
          </p>
          <p>
            <a className="button" href={settledHref} data-testid="settled-link">
              {t.openResult}
            </a>
          </p>
        </>
      ) : (
        <p>{t.memberCard.settling}</p>
      )}
      {recordHref ? (
        <p data-testid="member-record-link">
          {t.memberCard.recordLead} <a href={recordHref}>{t.memberCard.record}</a>
        </p>
      ) : (
        // Settling and saving the record are still to come.
        <ReloadHint href={reloadHref} lang={lang} />
      )}
    </section>
  );
}
