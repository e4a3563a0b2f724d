import { catalog, UNSURE, type QuestionId } from "~/decision/questions";
import type { GroupWords, LocalQuestion } from "./local-question";

export interface QuestionGroupProps {
  id: QuestionId;
  /** The question's text in the page's language (see localQuestion). */
  text: LocalQuestion;
  words: GroupWords;
  /** "Error: " before a message, for screen readers. */
  errorPrefix: string;
  /** The current answer, to check the matching options. */
  value?: string | readonly string[];
  error?: string;
  /** Extra text under the hint (e.g. when a question can be skipped). */
  note?: string;
  optionalText?: string;
  /** The question as the page heading (one question a page) instead of a plain legend. */
  asHeading?: boolean;
}

/**
 * What a choice was when React takes over the page: the server's answer, or in the browser whatever the person
 * already picked before hydration finished (React would otherwise reset radios to the server's defaults).
 * After that the inputs are uncontrolled: no script writes to them, so what the person sees is what is sent.
 */
function checkedAtHydration(inputId: string, fromServer: boolean): boolean {
  if (typeof document === "undefined") return fromServer;
  const input = document.getElementById(inputId) as HTMLInputElement | null;
  return input ? input.checked : fromServer;
}

/** Stable input ids: the first option takes the question id, so an error link can focus it. */
export function optionInputId(id: QuestionId, index: number, value: string): string {
  return index === 0 ? id : `${id}-${value}`;
}

export function QuestionGroup({
  id,
  text,
  words,
  errorPrefix,
  value,
  error,
  note,
  optionalText,
  asHeading,
}: QuestionGroupProps) {
  const multiple = catalog[id].kind === "multiple";
  const selected = new Set(typeof value === "string" ? [value] : (value ?? []));
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const legendText = (
    <>
      {text.title}
      {optionalText ? ` ${optionalText}` : null}
    </>
  );
  // Grouped options (e.g. providers by role): every value sits in exactly one group (question-text.test.ts).
  const groups = text.groups;
  const choice = (index: number) => {
    const option = text.options[index]!;
    const inputId = optionInputId(id, index, option.value);
    const divider = option.value === UNSURE && !multiple;
    return (
      <div key={option.value}>
        {divider ? (
          <p className="choice--divider" aria-hidden="true">
            {words.or}
          </p>
        ) : null}
        <div className="choice">
          <input
            id={inputId}
            name={id}
            type={multiple ? "checkbox" : "radio"}
            value={option.value}
            defaultChecked={checkedAtHydration(inputId, selected.has(option.value))}
            aria-describedby={option.hint ? `${inputId}-option-hint` : undefined}
          />
          <label htmlFor={inputId}>
            {option.label}
            {option.hint ? (
              <span className="choice__hint" id={`${inputId}-option-hint`}>
                {option.hint}
              </span>
            ) : null}
          </label>
        </div>
      </div>
    );
  };
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <fieldset aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}>
        <legend>{asHeading ? <h1>{legendText}</h1> : legendText}</legend>
        <p className="hint" id={hintId}>
          {text.hint}
          {note ? (
            <>
              <br />
              {note}
            </>
          ) : null}
        </p>
        {error ? (
          <p className="error-message" id={errorId}>
            <span className="visually-hidden">{errorPrefix}</span>
            {error}
          </p>
        ) : null}
        {groups ? (
          groups.map((group, g) => {
            const groupId = `${id}-group-${g}`;
            return (
              <div
                key={groupId}
                className="choice-group"
                role="group"
                aria-labelledby={`${groupId}-title`}
                aria-describedby={group.hint ? `${groupId}-hint` : undefined}
              >
                <p className="choice-group__title" id={`${groupId}-title`}>
                  {group.title}
                </p>
                {group.hint ? (
                  <p className="choice-group__hint" id={`${groupId}-hint`}>
                    {group.hint}
                  </p>
                ) : null}
                <div className="choices">
                  {group.values.map((value) =>
                    choice(text.options.findIndex((o) => o.value === value)),
                  )}
                </div>
              </div>
            );
          })
        ) : (
          <div className="choices">{text.options.map((_, index) => choice(index))}</div>
        )}
      </fieldset>
    </div>
  );
}
