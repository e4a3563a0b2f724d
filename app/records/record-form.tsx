import type { ReactNode } from "react";
import { dictionary, format, type Lang } from "~/i18n";
import {
  RECORD_FIELDS,
  RECORD_STATUSES,
  type RecordFieldName,
  type RecordStatus,
} from "~/records/madr";
import { ErrorSummary } from "~/ui/error-summary";

export type RecordFormField = RecordFieldName;
export type RecordFormErrors = Partial<Record<RecordFormField, string[]>>;
export type RecordFormValues = Partial<Record<RecordFormField, string>>;

/** The storage layer's limits (RECORD_LIMITS): characters per field or per name, and names per list. */
const MAX_CHARS: Record<RecordFormField, number> = {
  title: 120,
  context: 4000,
  deciders: 80,
  consulted: 80,
  informed: 80,
  status: 0,
};
const MAX_NAMES = 20;

function label(field: RecordFormField, lang: Lang): string {
  const f = dictionary(lang).records.fields;
  return {
    title: f.title,
    context: f.context,
    deciders: f.deciders,
    consulted: f.consulted,
    informed: f.informed,
    status: f.status,
  }[field];
}

export function recordErrorMessage(field: RecordFormField, code: string, lang: Lang): string {
  const t = dictionary(lang).records.errors;
  const isList = field === "deciders" || field === "consulted" || field === "informed";
  const key = code === "too-long" && isList ? "name-too-long" : code;
  const template = (t as Record<string, string>)[key] ?? t.invalid;
  const max = code === "too-many" ? MAX_NAMES : MAX_CHARS[field];
  // The field's name without its "(optional)" mark, in either language's spacing.
  const optional = dictionary(lang).questionnaire.optional;
  const field_ = label(field, lang).replace(` ${optional}`, "").replace(optional, "");
  return format(template, { field: field_, max });
}

/**
 * The statuses a person may pick. "Superseded" is never a choice: revisiting sets it on the old record, and from
 * then on it is the only status that record accepts (records.server.ts refuses anything else with a 400).
 */
export function choosableStatuses(superseded: boolean): RecordStatus[] {
  return superseded ? [] : RECORD_STATUSES.filter((s) => s !== "superseded");
}

/** The record's editable fields as a plain form (no JavaScript), with GOV.UK-style errors. */
export function RecordForm({
  lang,
  action,
  values,
  errors,
  hidden,
  submitLabel,
  superseded = false,
}: {
  lang: Lang;
  action: string;
  values: RecordFormValues;
  errors: RecordFormErrors;
  hidden: Record<string, string>;
  submitLabel: string;
  /** The record has a successor: its status stays "Superseded" and is shown, not offered. */
  superseded?: boolean;
}) {
  const t = dictionary(lang);
  const summary = RECORD_FIELDS.flatMap((f) =>
    (errors[f] ?? []).slice(0, 1).map((message) => ({ href: `record-${f}`, message })),
  );
  const describedBy = (f: RecordFormField, hint: boolean) =>
    [hint ? `record-${f}-hint` : null, errors[f] ? `record-${f}-error` : null]
      .filter(Boolean)
      .join(" ") || undefined;
  const error = (f: RecordFormField) =>
    errors[f] ? (
      <p className="error-message" id={`record-${f}-error`}>
        <span className="visually-hidden">{dictionary(lang).forms.errorPrefix}</span>
        {errors[f]![0]}
      </p>
    ) : null;
  const text = (f: "title" | "deciders" | "consulted" | "informed", hint?: string) => (
    <div className={errors[f] ? "form-group form-group--error" : "form-group"}>
      <label className="field-label" htmlFor={`record-${f}`}>
        {label(f, lang)}
      </label>
      {hint ? (
        <p className="hint" id={`record-${f}-hint`}>
          {hint}
        </p>
      ) : null}
      {error(f)}
      <input
        className="text-input"
        id={`record-${f}`}
        name={f}
        type="text"
        defaultValue={values[f] ?? ""}
        maxLength={f === "title" ? 200 : 2000}
        aria-describedby={describedBy(f, Boolean(hint))}
        aria-invalid={errors[f] ? true : undefined}
        autoComplete="off"
      />
    </div>
  );
  return (
    <>
      <ErrorSummary title={t.errors.summaryTitle} errors={summary} />
      <form method="post" action={action} noValidate className="record-form">
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {text("title", t.records.fields.titleHint)}
        <div className={errors.context ? "form-group form-group--error" : "form-group"}>
          <label className="field-label" htmlFor="record-context">
            {label("context", lang)}
          </label>
          <p className="hint" id="record-context-hint">
            {t.records.fields.contextHint}
          </p>
          {error("context")}
          <textarea
            className="text-input"
            id="record-context"
            name="context"
            rows={5}
            defaultValue={values.context ?? ""}
            aria-describedby={describedBy("context", true)}
            aria-invalid={errors.context ? true : undefined}
          />
        </div>
        {text("deciders", t.records.fields.decidersHint)}
        {text("consulted", t.records.fields.decidersHint)}
        {text("informed", t.records.fields.decidersHint)}
        {superseded ? (
          <SupersededStatus lang={lang} error={error("status")} />
        ) : (
          <div className={errors.status ? "form-group form-group--error" : "form-group"}>
            <fieldset aria-describedby={errors.status ? "record-status-error" : undefined}>
              <legend>{t.records.fields.status}</legend>
              {error("status")}
              <div className="choices">
                {choosableStatuses(false).map((s: RecordStatus, i) => (
                  <div className="choice" key={s}>
                    <input
                      id={i === 0 ? "record-status" : `record-status-${s}`}
                      type="radio"
                      name="status"
                      value={s}
                      defaultChecked={(values.status ?? "proposed") === s}
                    />
                    <label htmlFor={i === 0 ? "record-status" : `record-status-${s}`}>
                      {t.records.status[s]}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        )}
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </form>
    </>
  );
}

/** A superseded record's status: stated, with why it cannot change, and sent back unchanged. */
function SupersededStatus({ lang, error }: { lang: Lang; error: ReactNode }) {
  const r = dictionary(lang).records;
  return (
    <div className="form-group" id="record-status" tabIndex={-1} data-testid="status-fixed">
      <p className="field-label">{r.fields.status}</p>
      {error}
      <p>
        <strong>{r.status.superseded}</strong> — {r.statusFixed}
      </p>
      <input type="hidden" name="status" value="superseded" />
    </div>
  );
}

/** The submitted form values, kept (shortened) to show them again next to their errors. */
export function submittedValues(body: URLSearchParams): RecordFormValues {
  const values: RecordFormValues = {};
  for (const f of RECORD_FIELDS) {
    const v = body.get(f);
    if (v !== null) values[f] = v.slice(0, 5000);
  }
  return values;
}
