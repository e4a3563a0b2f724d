import type { UseFormRegisterReturn } from "react-hook-form";
import { allowsUnsure, catalog, questionText, UNSURE, type QuestionId } from "~/decision";
import type { Lang } from "~/i18n";

export interface QuestionGroupProps {
  id: QuestionId;
  lang: Lang;
  /** The current answer, to check the matching options. */
  value?: string | readonly string[];
  error?: string;
  /** Extra text under the hint (e.g. when a question can be skipped). */
  note?: string;
  optionalText?: string;
  /** The question as the page heading (one question a page) instead of a plain legend. */
  asHeading?: boolean;
  /** Props merged into every input, e.g. react-hook-form's register(). */
  inputProps?: UseFormRegisterReturn;
}

/** Stable input ids: the first option takes the question id, so an error link can focus it. */
export function optionInputId(id: QuestionId, index: number, value: string): string {
  return index === 0 ? id : `${id}-${value}`;
}

export function QuestionGroup({
  id,
  lang,
  value,
  error,
  note,
  optionalText,
  asHeading,
  inputProps,
}: QuestionGroupProps) {
  const q = catalog[id];
  const text = questionText[id];
  const multiple = q.kind === "multiple";
  const selected = new Set(typeof value === "string" ? [value] : (value ?? []));
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const options = q.values as readonly string[];
  const legendText = (
    <>
      {text.title[lang]}
      {optionalText ? ` ${optionalText}` : null}
    </>
  );
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <fieldset aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}>
        <legend>{asHeading ? <h1>{legendText}</h1> : legendText}</legend>
        <p className="hint" id={hintId}>
          {text.hint[lang]}
          {note ? (
            <>
              <br />
              {note}
            </>
          ) : null}
        </p>
        {error ? (
          <p className="error-message" id={errorId}>
            <span className="visually-hidden">{lang === "ja" ? "エラー：" : "Error: "}</span>
            {error}
          </p>
        ) : null}
        <div className="choices">
          {options.map((option, index) => {
            const inputId = optionInputId(id, index, option);
            const optionText = (
              text.options as Record<
                string,
                { label: Record<Lang, string>; hint?: Record<Lang, string> }
              >
            )[option]!;
            const divider = option === UNSURE && allowsUnsure(id) && !multiple;
            return (
              <div key={option}>
                {divider ? (
                  <p className="choice--divider" aria-hidden="true">
                    {lang === "ja" ? "または" : "or"}
                  </p>
                ) : null}
                <div className="choice">
                  <input
                    {...inputProps}
                    id={inputId}
                    name={id}
                    type={multiple ? "checkbox" : "radio"}
                    value={option}
                    defaultChecked={selected.has(option)}
                    aria-describedby={optionText.hint ? `${inputId}-option-hint` : undefined}
                  />
                  <label htmlFor={inputId}>
                    {optionText.label[lang]}
                    {optionText.hint ? (
                      <span className="choice__hint" id={`${inputId}-option-hint`}>
                        {optionText.hint[lang]}
                      </span>
                    ) : null}
                  </label>
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
