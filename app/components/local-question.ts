// The text of one question in one language: what a hydrated form page needs, so the browser gets no dictionaries.
import type { QuestionId } from "~/decision/questions";

export interface LocalQuestion {
  id: QuestionId;
  title: string;
  hint: string;
  required: string;
  /** Shown in "<label>: choose one of the listed options". */
  label: string;
  findOut?: string;
  options: { value: string; label: string; hint?: string }[];
}

/** Words every question group shows: "or" before "I'm not sure", the hidden "Error:" before a message. */
export interface GroupWords {
  or: string;
  errorPrefix: string;
  /** "{label}: choose one of the listed options" */
  invalid: string;
}

export function invalidMessage(words: GroupWords, question: LocalQuestion): string {
  return words.invalid.replace("{label}", question.label);
}
