// The Markdown downloads of a decision or a record: MADR 4 in one click, and a small GET form for the other
// ADR tools (flavour and the record's number), which works without JavaScript. The printed page names the same
// flavours with their address, since paper has no buttons.
import { dictionary, type Lang } from "~/i18n";
import { EXPORT_FORMATS } from "~/records/adr-export";

interface ExportProps {
  lang: Lang;
  /** The Markdown route: /decision/markdown or /r/<id>/markdown. */
  action: string;
  /** What the route needs besides the flavour: the answers, the language. */
  params: readonly (readonly [string, string])[];
}

/** The one-click MADR 4 download and, below it, the fold for the other ADR tools. */
export function MarkdownExport(props: ExportProps) {
  return (
    <div className="export">
      <MarkdownDownload {...props} />
      <MarkdownExportMore {...props} />
    </div>
  );
}

/** The one-click download: MADR 4, the default flavour. */
export function MarkdownDownload({ lang, action, params }: ExportProps) {
  const t = dictionary(lang).records;
  const query = new URLSearchParams(params.map(([k, v]) => [k, v])).toString();
  return (
    <a
      className="button button--secondary"
      href={query ? `${action}?${query}` : action}
      download
      data-testid="markdown-link"
    >
      {t.markdown}
    </a>
  );
}

/** A small GET form for the other flavours and the record's number; it works without JavaScript. */
export function MarkdownExportMore({ lang, action, params }: ExportProps) {
  const e = dictionary(lang).records.export;
  return (
    <details className="export__more">
      <summary>{e.more}</summary>
      <form method="get" action={action} className="export__form" data-testid="export-form">
        {params.map(([name, value], i) => (
          <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
        ))}
        <p>
          <label htmlFor="export-format">{e.format}</label>
          <select id="export-format" name="format" defaultValue="madr">
            {EXPORT_FORMATS.map((format) => (
              <option key={format} value={format}>
                {e.formats[format]}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="export-number">{e.number}</label>
          <span id="export-number-hint" className="muted export__hint">
            {e.numberHint}
          </span>
          <input
            id="export-number"
            name="number"
            inputMode="numeric"
            pattern="[0-9]{1,4}"
            maxLength={4}
            size={4}
            defaultValue="0001"
            aria-describedby="export-number-hint"
          />
        </p>
        <button type="submit" className="button button--secondary">
          {e.submit}
        </button>
      </form>
    </details>
  );
}

/** For print: the Markdown address and the flavour each ADR tool reads. */
export function MarkdownExportPrint({ lang, url }: { lang: Lang; url: string }) {
  const e = dictionary(lang).records.export;
  const join = url.includes("?") ? "&" : "?";
  return (
    <p className="print-only export__print" data-testid="export-print">
      {e.printIntro} <code>{`${url}${join}format=`}</code>
      {EXPORT_FORMATS.map((format, i) => (
        <span key={format}>
          {i > 0 ? " · " : " "}
          <code>{format}</code>
          {`${dictionary(lang).punctuation.open}${e.formats[format]}${dictionary(lang).punctuation.close}`}
        </span>
      ))}
    </p>
  );
}
