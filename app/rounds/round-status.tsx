import { dictionary, format, type Lang, roundText } from "~/i18n";
import type { StatusView } from "~/rounds/view.server";

/** Before the reveal: how many (and who, where named) have answered — never what. Updated live by /round-live.js. */
export function RoundStatus({ status, lang }: { status: StatusView; lang: Lang }) {
  const t = roundText(lang);
  const sep = dictionary(lang).punctuation.list;
  return (
    <section id="round-status" data-live="" aria-labelledby="round-status-title">
      <h2 id="round-status-title">{t.waitingTitle}</h2>
      <div role="status">
        {status.members === 0 ? (
          <p>{t.noMembers}</p>
        ) : (
          <>
            <p data-testid="answered-count">
              {format(t.answeredCount, { answered: status.answered, members: status.members })}
            </p>
            {status.answeredNames.length > 0 ? (
              <p data-testid="answered-names">
                {format(t.answeredNames, { names: status.answeredNames.join(sep) })}
              </p>
            ) : null}
            {status.waitingNames.length > 0 ? (
              <p className="muted">{format(t.notYet, { names: status.waitingNames.join(sep) })}</p>
            ) : null}
          </>
        )}
      </div>
      <p className="muted">{t.hiddenUntilReveal}</p>
    </section>
  );
}
