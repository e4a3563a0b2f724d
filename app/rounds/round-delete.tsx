import { format, type Lang, roundText } from "~/i18n";

/**
 * The confirmation step before a round is deleted (GOV.UK's warning button pattern): a page of its own that
 * names what goes, one warning button, and a way back. Works without JavaScript: a GET, then a POST.
 */
export function RoundDeleteConfirmation({
  title,
  action,
  back,
  lang,
}: {
  title: string;
  action: string;
  back: string;
  lang: Lang;
}) {
  const t = roundText(lang);
  return (
    <section aria-labelledby="delete-confirm-title" data-testid="delete-confirm">
      <h1 id="delete-confirm-title">{format(t.deleteConfirmTitle, { title })}</h1>
      <p className="warning-text">
        <strong>{t.deleteHelp}</strong>
      </p>
      <form method="post" action={action}>
        <input type="hidden" name="intent" value="delete" />
        <input type="hidden" name="confirm" value="yes" />
        <div className="button-row">
          <button type="submit" className="button button--warning" id="delete-confirmed">
            {t.deleteConfirm}
          </button>
          <a className="button button--secondary" href={back}>
            {t.deleteCancel}
          </a>
        </div>
      </form>
    </section>
  );
}
