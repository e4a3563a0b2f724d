// One action bar: copy the link, copy a summary for chat, save as a record, print, Markdown for ADR tools. Without JavaScript
// the link and the summary are selectable text and printing is the browser's own command; /enhance.js adds
// the copy and print buttons.
import { withLang } from "~/decision/flow";
import { dictionary, type Lang, roundText } from "~/i18n";
import { MarkdownDownload, MarkdownExportMore } from "./markdown-export";

export function ActionBar({
  lang,
  chosenLang,
  shareUrl,
  chatText,
  canonical,
}: {
  lang: Lang;
  chosenLang?: Lang;
  /** The absolute share link (no language: each reader sees their own). */
  shareUrl: string;
  chatText: string;
  /** The canonical answers query, for the save and Markdown links. */
  canonical: string;
}) {
  const t = dictionary(lang);
  const exportParams = [...new URLSearchParams(canonical)];
  return (
    <section className="actions" aria-labelledby="actions-title" data-testid="actions">
      <h2 id="actions-title" className="visually-hidden">
        {t.decision.actionsTitle}
      </h2>
      <p className="share">
        <label htmlFor="share-url" className="share__label">
          {t.decision.shareLink}
        </label>
        <input
          id="share-url"
          className="share__input"
          type="text"
          readOnly
          value={shareUrl}
          data-copy-source
          data-copy-label={t.decision.copyLink}
          data-copied-label={t.decision.copied}
          data-testid="share-url"
          aria-describedby="share-help"
        />
        <span id="share-help" className="muted actions__hint">
          {t.decision.shareHelp}
        </span>
      </p>
      <ul className="actions__list">
        <li>
          <a className="button" href={`/records?${canonical}`} data-testid="save-link">
            {t.records.saveLink}
          </a>
        </li>
        <li>
          <MarkdownDownload lang={lang} action="/decision/markdown" params={exportParams} />
        </li>
        <li className="actions__print" data-print-label={t.decision.printButton}>
          <span className="muted">{t.decision.printHint}</span>
        </li>
      </ul>
      {/* The team link and the two folds share a row until a fold opens: the plans stay on the first screen. */}
      <div className="actions__folds">
        {/* The round starts from this result: its answers become the facilitator's own. */}
        <a href={withLang(`/rounds/new?${canonical}`, chosenLang)} data-testid="team-link">
          {roundText(lang).startLink}
        </a>
        <MarkdownExportMore lang={lang} action="/decision/markdown" params={exportParams} />
        <details className="chat-summary" data-testid="chat-summary-fold">
          <summary>{t.decision.chatSummary}</summary>
          <label htmlFor="chat-summary" className="visually-hidden">
            {t.decision.chatSummary}
          </label>
          <textarea
            id="chat-summary"
            className="chat-summary__text"
            readOnly
            rows={Math.min(8, chatText.split("\n").length + 1)}
            value={chatText}
            data-copy-source
            data-copy-label={t.decision.copySummary}
            data-copied-label={t.decision.copiedSummary}
            data-testid="chat-summary"
          />
        </details>
      </div>
    </section>
  );
}
