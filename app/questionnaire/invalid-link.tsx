import { LINK_FIELDS, formatAnswers, type Answers, type LinkErrors } from "~/decision";
import { dictionary, type Lang } from "~/i18n";
import { ErrorSummary } from "~/ui/error-summary";
import { fieldMessage } from "~/ui/messages";

/** The 400 page for a share link that does not parse: which field is wrong, and a way on with the rest kept. */
export function InvalidLink({
  errors,
  valid,
  lang,
}: {
  errors: LinkErrors;
  valid: Partial<Answers>;
  lang: Lang;
}) {
  const t = dictionary(lang);
  const messages = LINK_FIELDS.flatMap((field) =>
    (errors[field] ?? [])
      .slice(0, 1)
      .map((code) => ({ field, message: fieldMessage(field, code, lang) })),
  );
  const query = formatAnswers(valid, lang === "en" ? {} : { lang });
  return (
    <>
      <ErrorSummary
        title={t.errors.summaryTitle}
        errors={messages.map((m) => ({ href: `field-${m.field}`, message: m.message }))}
      />
      <h1>{t.invalidLink.title}</h1>
      <p>{t.invalidLink.lead}</p>
      <ul>
        {messages.map((m) => (
          <li key={m.field} id={`field-${m.field}`} data-field={m.field}>
            <code>{m.field}</code>: {m.message}
          </li>
        ))}
      </ul>
      <p>{t.invalidLink.kept}</p>
      <p>
        <a
          className="button"
          href={`/questionnaire${query ? `?${query}` : lang === "en" ? "" : `?lang=${lang}`}`}
        >
          {t.invalidLink.fix}
        </a>
      </p>
    </>
  );
}
