import { useEffect, useRef } from "react";

export interface SummaryError {
  /** The id of the field to link to (for radios and checkboxes, the first option). */
  href: string;
  message: string;
}

/**
 * GOV.UK error summary: at the top of main, receives focus, links each error to its field. Without
 * JavaScript `autoFocus` moves focus on load; with it, the effect does (also after client-side validation).
 */
export function ErrorSummary({ title, errors }: { title: string; errors: SummaryError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => e.href + e.message).join("|");
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [key, errors.length]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      // GOV.UK pattern: focus moves to the summary, with or without JavaScript.
      autoFocus
      data-testid="error-summary"
    >
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.href + e.message}>
            <a href={`#${e.href}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
