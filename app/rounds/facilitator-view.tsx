// The facilitator page: before the reveal, the links and who has answered; after it, the team's outcome so far
// on top, then one card per disagreement with its answers and its settle form (planning-poker style), the
// agreements and each member's own result folded, saving as a record, deleting. Works without JavaScript;
// /round-settle.js sends a card's form in the background and swaps in the parts that changed.
import type { SerializeFrom } from "@remix-run/node";
import type { ReactNode } from "react";
import { ErrorSummary } from "~/ui/error-summary";
import { RoundDeleteConfirmation } from "~/rounds/round-delete";
import { RoundLinkField, RoundTextField } from "~/rounds/round-fields";
import { RoundStatus } from "~/rounds/round-status";
import { AgreedList, MemberResults } from "~/rounds/round-reveal";
import { resultLinkOfQuery } from "~/http/links";
import { dictionary, format, type Lang, roundText } from "~/i18n";
import { RECORD_LIMITS } from "~/records/limits";
import { ROUND_LIMITS } from "./limits";
import type { facilitatorPage, FacilitatorActionData } from "./facilitate.server";
import type { FacilitationView, SettleCard, TeamOutcome } from "./facilitation.server";

type PageData = SerializeFrom<typeof facilitatorPage>;

function sep(lang: Lang) {
  return dictionary(lang).punctuation.list;
}

function withAddOns(addOns: string[], lang: Lang): string {
  return addOns.length > 0
    ? format(roundText(lang).withAddOns, { addOns: addOns.join(sep(lang)) })
    : "";
}

/** Reveal's confirmation step, as delete has one: what happens, one warning button, a way back. */
function RevealConfirmation({ data }: { data: PageData }) {
  const f = roundText(data.lang).facilitate;
  return (
    <section aria-labelledby="reveal-confirm-title" data-testid="reveal-confirm">
      <h1 id="reveal-confirm-title">{format(f.revealConfirmTitle, { title: data.title })}</h1>
      <p className="warning-text">
        <strong>{f.revealConfirmHelp}</strong>
      </p>
      <p>
        {format(f.revealStatus, { answered: data.status.answered, members: data.status.members })}
      </p>
      <form method="post" action={data.action}>
        <input type="hidden" name="intent" value="reveal" />
        <input type="hidden" name="confirm" value="yes" />
        <div className="button-row">
          <button type="submit" className="button button--warning" id="reveal-confirmed">
            {f.revealConfirm}
          </button>
          <a className="button button--secondary" href={data.action}>
            {f.revealCancel}
          </a>
        </div>
      </form>
    </section>
  );
}

function OutcomeCard({
  outcome,
  lang,
  settledLink,
  recordLink,
  chosenLang,
}: {
  outcome: TeamOutcome;
  lang: Lang;
  settledLink?: string;
  recordLink?: string;
  chosenLang?: Lang;
}) {
  const t = roundText(lang);
  const f = t.facilitate;
  const done = outcome.settled === outcome.total;
  return (
    <section
      id="team-outcome"
      data-part=""
      className={`outcome team-outcome${done ? "" : " outcome--tentative"}`}
      aria-labelledby="team-outcome-title"
      data-testid="team-outcome"
    >
      <h2 id="team-outcome-title" className="outcome__title">
        <span className="outcome__state">{done ? f.outcomeTitleDone : f.outcomeTitle}</span>
        <span className="outcome__name" data-testid="team-approach">
          {outcome.approach}
        </span>
      </h2>
      {outcome.addOns.length > 0 ? (
        <p className="team-outcome__line" data-testid="team-add-ons">
          {withAddOns(outcome.addOns, lang)}
        </p>
      ) : null}
      <p className="team-outcome__line" data-testid="team-state">
        {outcome.stateLine}
        <span className="muted"> · {format(t.confidence, { confidence: outcome.confidence })}</span>
      </p>
      <p className="team-outcome__line" data-testid="team-progress">
        {outcome.total === 0
          ? f.outcomeNoDisagreement
          : done
            ? f.outcomeDone
            : format(f.outcomeProgress, { settled: outcome.settled, total: outcome.total })}
      </p>
      {settledLink ? (
        <p className="team-outcome__line">
          <a href={resultLinkOfQuery(settledLink, chosenLang)} data-testid="settled-link">
            {t.openResult}
          </a>
        </p>
      ) : null}
      {recordLink ? (
        <p className="team-outcome__line" data-testid="record-link">
          {t.savedRecord} <a href={recordLink}>{recordLink}</a>
        </p>
      ) : null}
    </section>
  );
}

function SettleCardView({
  card,
  data,
  actionData,
}: {
  card: SettleCard;
  data: PageData;
  actionData?: FacilitatorActionData;
}) {
  const lang = data.lang;
  const t = roundText(lang);
  const f = t.facilitate;
  const d = dictionary(lang);
  const q = card.question;
  const errors = actionData?.errors ?? {};
  const err = errors[`settle-${q}`];
  const noteErr = errors[`note-${q}`];
  const sent = actionData?.choices?.[q];
  // After a refused form: what was sent for this card; every other card as stored.
  const chosen = sent?.value || card.preselected;
  const note = sent ? sent.note : (card.settled?.note ?? "");
  const impact = {
    approach: f.impactApproach,
    "add-ons": f.impactAddOns,
    none: f.impactNone,
  }[card.impact];
  const hintId = `${q}-majority`;
  return (
    <li
      id={q}
      data-part=""
      className={`card settle-card settle-card--${card.impact}${card.settled ? " settle-card--settled" : ""}`}
      data-question={q}
      data-testid="settle-card"
    >
      <div className="settle-card__head">
        <h3 id={`${q}-title`}>{card.title}</h3>
        <span className="tag settle-card__impact" data-testid="impact" data-impact={card.impact}>
          {impact}
        </span>
      </div>
      {data.justSettled === q && card.settled && !actionData ? (
        <p
          className="notice settle-card__saved"
          role="status"
          tabIndex={-1}
          data-testid="settle-saved"
        >
          {format(f.settleOneSaved, { answer: card.settled.label })}
        </p>
      ) : null}
      {errors.settle && sent ? (
        <p className="notice notice--warn" role="alert" data-testid="settle-conflict">
          {errors.settle}
        </p>
      ) : null}
      <form
        method="post"
        action={data.action}
        noValidate
        data-settle=""
        className="settle-card__form"
      >
        <input type="hidden" name="intent" value="settle" />
        <input type="hidden" name="question" value={q} />
        <input type="hidden" name="version" value={data.version} />
        <div
          className={err ? "form-group form-group--error settle-card__group" : "settle-card__group"}
        >
          <fieldset
            aria-describedby={[hintId, err ? `settle-${q}-error` : ""].filter(Boolean).join(" ")}
          >
            <legend className="visually-hidden">
              {f.settleChoose}: {card.title}
            </legend>
            <p className="hint settle-card__hint" id={hintId}>
              {card.settled ? (
                <span className="settle-card__settled" data-testid="settled">
                  <strong>{format(f.settledBadge, { answer: card.settled.label })}</strong>
                  {card.settled.note ? <> · {card.settled.note}</> : null}
                </span>
              ) : card.majority ? (
                format(f.majority, {
                  answer: card.majority.label,
                  count: card.majority.count,
                  answered: card.answered,
                })
              ) : (
                f.noMajority
              )}
            </p>
            {err ? (
              <p className="error-message" id={`settle-${q}-error`}>
                <span className="visually-hidden">{d.errors.titlePrefix}</span>
                {err}
              </p>
            ) : null}
            <div className="choices settle-card__choices">
              {card.options.map((o, i) => {
                const id = i === 0 ? `settle-${q}` : `settle-${q}-${o.value}`;
                return (
                  <div className="choice settle-option" key={o.value} data-value={o.value}>
                    <input
                      type="radio"
                      id={id}
                      name={`settle-${q}`}
                      value={o.value}
                      defaultChecked={chosen === o.value}
                      data-settled={card.settled?.value === o.value ? "" : undefined}
                    />
                    <label htmlFor={id}>
                      <span className="round-count" data-testid="count">
                        {o.count}
                      </span>{" "}
                      <span className="settle-option__label">{o.label}</span>
                      <span className="settle-option__names">{o.names.join(sep(lang))}</span>
                      {o.outcome ? (
                        <span className="settle-option__leads" data-testid="alternative">
                          {format(f.leads, {
                            outcome: [o.outcome.approach, withAddOns(o.outcome.addOns, lang)]
                              .filter(Boolean)
                              .join(d.punctuation.names),
                          })}
                          <span className="muted">
                            {" "}
                            · {format(t.confidence, { confidence: o.outcome.confidence })}
                          </span>
                        </span>
                      ) : null}
                    </label>
                  </div>
                );
              })}
            </div>
            {card.noAnswer > 0 ? (
              <p className="muted settle-card__blank" data-testid="no-answer">
                {format(f.noAnswerCount, { count: card.noAnswer })}
              </p>
            ) : null}
          </fieldset>
        </div>
        <div className="settle-card__row">
          <RoundTextField
            id={`note-${q}`}
            name={`note-${q}`}
            label={f.noteLabel}
            error={noteErr}
            errorPrefix={d.errors.titlePrefix}
            value={note}
            maxLength={ROUND_LIMITS.note}
          />
          <button type="submit" className="button settle-card__submit">
            {f.settleOne}
          </button>
        </div>
      </form>
    </li>
  );
}

function Fold({
  summary,
  children,
  testId,
}: {
  summary: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <details className="round-fold" data-testid={testId}>
      <summary>{summary}</summary>
      <div className="round-fold__body">{children}</div>
    </details>
  );
}

function Revealed({
  data,
  view,
  actionData,
}: {
  data: Extract<PageData, { state: "revealed" }>;
  view: FacilitationView;
  actionData?: FacilitatorActionData;
}) {
  const lang = data.lang;
  const t = roundText(lang);
  const f = t.facilitate;
  const d = dictionary(lang);
  const errors = actionData?.errors ?? {};
  return (
    <>
      <OutcomeCard
        outcome={view.outcome}
        lang={lang}
        settledLink={view.settledLink}
        recordLink={data.recordLink}
        chosenLang={data.chosenLang}
      />
      <section aria-labelledby="reveal-title" data-testid="reveal">
        <h2 id="reveal-title" className="visually-hidden">
          {t.revealedTitle}
        </h2>
        <p>
          <span data-testid="agreed-line">
            {view.cards.length === 0 ? t.allAgreed : view.agreedLine}
          </span>{" "}
          <span className="muted">{f.impactHelp}</span>
        </p>
        {view.cards.length > 0 ? (
          <ol className="round-list" aria-label={t.disagreementsTitle}>
            {view.cards.map((c) => (
              <SettleCardView key={c.question} card={c} data={data} actionData={actionData} />
            ))}
          </ol>
        ) : null}
        {view.agreed.length > 0 ? (
          <Fold
            summary={format(f.agreedSummary, { count: view.agreed.length })}
            testId="agreed-fold"
          >
            <AgreedList agreed={view.agreed} lang={lang} />
          </Fold>
        ) : null}
        <Fold summary={format(f.membersSummary, { count: view.members.length })}>
          <MemberResults members={view.members} lang={lang} chosenLang={data.chosenLang} />
        </Fold>
      </section>
      <section id="round-record" data-part="" aria-labelledby="record-title-heading">
        <h2 id="record-title-heading">{t.recordTitle}</h2>
        {data.recordLink && data.recordCurrent ? (
          // Saved already: the record's link, not a form that would save a second copy.
          <p data-testid="record-saved">
            {t.savedRecord} <a href={data.recordLink}>{data.recordLink}</a>
          </p>
        ) : view.settledLink ? (
          <>
            {data.recordLink ? (
              // Saved, then settled differently: the earlier record stays; the new settlement can be saved too.
              <p data-testid="record-outdated">
                {t.savedEarlier} <a href={data.recordLink}>{data.recordLink}</a> {t.settledSince}
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
                {data.recordLink ? t.saveNewRecord : t.saveRecord}
              </button>
            </form>
          </>
        ) : (
          <p className="muted" data-testid="not-settled">
            {t.notSettled}
          </p>
        )}
      </section>
    </>
  );
}

export function FacilitatorView({
  data,
  actionData,
  nonce,
}: {
  data: PageData;
  actionData?: FacilitatorActionData;
  nonce?: string;
}) {
  const lang = data.lang;
  const t = roundText(lang);
  const f = t.facilitate;
  const d = dictionary(lang);
  // An irreversible action posted without its confirmation returns to that step, the error linking to its button.
  const unconfirmed = actionData?.unconfirmed;
  const confirmError = (button: string) =>
    unconfirmed && actionData?.errors.confirm ? (
      <ErrorSummary
        title={d.errors.summaryTitle}
        errors={[{ href: button, message: actionData.errors.confirm }]}
      />
    ) : null;
  if (data.confirming === "delete" || unconfirmed === "delete") {
    return (
      <>
        {confirmError("delete-confirmed")}
        <RoundDeleteConfirmation
          title={data.title}
          action={data.action}
          back={data.action}
          lang={lang}
        />
      </>
    );
  }
  if (data.confirming === "reveal" || (unconfirmed === "reveal" && data.state === "open")) {
    return (
      <>
        {confirmError("reveal-confirmed")}
        <RevealConfirmation data={data} />
      </>
    );
  }
  // A refused settle (409) links to the card whose choice was refused.
  const conflictCard = Object.keys(actionData?.choices ?? {})[0] ?? "";
  const summary = Object.entries(actionData?.errors ?? {}).map(([field, message]) => ({
    href: field === "settle" ? conflictCard : field,
    message,
  }));
  const links = (
    <>
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
    </>
  );
  const confirmHref = (what: "reveal" | "delete") => data.confirmLinks[what];
  return (
    <>
      <ErrorSummary title={d.errors.summaryTitle} errors={summary} />
      {data.created ? (
        <div className="notice" role="status" data-testid="created">
          <p>{t.created}</p>
        </div>
      ) : null}
      <h1>{format(t.facilitatorTitle, { title: data.title })}</h1>
      {data.state === "open" ? (
        <>
          {links}
          <RoundStatus status={data.status} lang={lang} />
          <h2>{t.reveal}</h2>
          <p>{t.revealHelp}</p>
          <p>
            <a className="button" href={confirmHref("reveal")} id="reveal">
              {t.reveal}
            </a>
          </p>
        </>
      ) : (
        <>
          <Revealed data={data} view={data.view} actionData={actionData} />
          <Fold summary={f.linksSummary}>{links}</Fold>
        </>
      )}
      <Fold summary={t.deleteTitle} testId="delete-fold">
        <p>{t.deleteHelp}</p>
        <p>
          <a className="button button--secondary" href={confirmHref("delete")}>
            {t.delete}
          </a>
        </p>
      </Fold>
      <p className="muted">{data.expires}</p>
      <p className="muted">{t.privacy}</p>
      {data.state === "open" ? (
        <script
          src="/round-live.js"
          nonce={nonce}
          defer
          data-status={`/t/${data.joinId}/status`}
          data-version={data.version}
        />
      ) : (
        <script src="/round-settle.js" nonce={nonce} defer />
      )}
    </>
  );
}
