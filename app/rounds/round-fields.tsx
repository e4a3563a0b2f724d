/** One text field with its label, hint and error, as the record form shows them. */
export function RoundTextField({
  id,
  name,
  label,
  hint,
  error,
  errorPrefix,
  value,
  maxLength,
  required,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
  value?: string;
  maxLength: number;
  required?: boolean;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">{errorPrefix}</span>
          {error}
        </p>
      ) : null}
      <input
        className="text-input"
        id={id}
        name={name}
        type="text"
        defaultValue={value}
        maxLength={maxLength}
        required={required}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
      />
    </div>
  );
}

/** The shared-link field with a copy button added by /enhance.js (a selectable text field without JavaScript). */
export function RoundLinkField({
  id,
  label,
  value,
  copyLabel,
  copiedLabel,
  testId,
}: {
  id: string;
  label: string;
  value: string;
  copyLabel: string;
  copiedLabel: string;
  testId: string;
}) {
  return (
    <div className="share">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        className="text-input share__input"
        id={id}
        type="text"
        readOnly
        value={value}
        data-copy-source=""
        data-copy-label={copyLabel}
        data-copied-label={copiedLabel}
        data-testid={testId}
      />
    </div>
  );
}
