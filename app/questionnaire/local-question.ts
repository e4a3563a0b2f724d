// The text of one question in one language: what a hydrated form page needs, so the browser gets no dictionaries.
export interface LocalQuestion {
  title: string;
  hint: string;
  required: string;
  /** Shown in "<label>: choose one of the listed options". */
  label: string;
  findOut?: string;
  options: { value: string; label: string; hint?: string }[];
  /** Options shown under headings of their own (every value in one group), e.g. providers by role. */
  groups?: { title: string; hint?: string; values: string[] }[];
  /** A conditional question's condition, shown beside it where every question is on one page. */
  appliesWhen?: string;
  /** An optional question's default, in words: what an unanswered question is read as. */
  whenUnanswered?: string;
}

/** Words every question group shows: "or" before "I'm not sure", and the template of an invalid answer. */
export interface GroupWords {
  or: string;
  /** "{label}: choose one of the listed options" */
  invalid: string;
}

export function invalidMessage(words: GroupWords, question: LocalQuestion): string {
  return words.invalid.replace("{label}", question.label);
}
