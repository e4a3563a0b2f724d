// The share-link codec: query string <-> answers. The URL *is* the result, so this format is a public
// contract (SPEC "Canonical form"): keys in catalog order, clients sorted and comma-joined, defaults omitted.
import {
  LANGS,
  MULTIPLE_CHOICE_QUESTIONS,
  QUESTION_IDS,
  defaultAnswer,
  isMultipleChoice,
  isOptional,
  isSkipped,
  valuesOf,
  type Answers,
  type Lang,
  type QuestionId,
} from "./questions";
import {
  MAX_VALUE_LENGTH,
  normaliseList,
  validateAnswers,
  type AnswersInput,
  type FieldErrors,
} from "./schema";

export interface ShareLink {
  answers: Answers;
  /** Page language, when the link names one. */
  lang?: Lang;
  /** Ruleset version the link was made with, when the link names one. */
  v?: string;
}

export type LinkField = QuestionId | "lang" | "v";
/** Every field a share link can carry, in canonical order (the 400 page lists errors in this order). */
export const LINK_FIELDS: readonly LinkField[] = [...QUESTION_IDS, "lang", "v"];
export type LinkErrors = Partial<Record<LinkField, ("required" | "invalid")[]>>;

export type ParsedShareLink =
  | { success: true; link: ShareLink }
  | {
      success: false;
      errors: LinkErrors;
      /** The answers that were valid, kept so that the user can start over without retyping them. */
      valid: Partial<Answers>;
      lang?: Lang;
    };

/** Stands in for an over-long value: invalid, and never echoed back. */
const TOO_LONG = "(too long)";
const VERSION_PATTERN = /^[A-Za-z0-9._-]{1,32}$/;

/** Reads the contract's keys out of URL parameters or a urlencoded body. Never throws. */
export function readAnswerInput(params: URLSearchParams): AnswersInput {
  const input: AnswersInput = {};
  for (const id of QUESTION_IDS) {
    const all = params.getAll(id).map((v) => (v.length > MAX_VALUE_LENGTH ? TOO_LONG : v));
    if (all.length === 0) continue;
    if (isMultipleChoice(id)) {
      input[id] = all;
      continue;
    }
    const distinct = [...new Set(all)];
    // A repeated key with one value is harmless; with different values the answer is ambiguous.
    input[id] = distinct.length === 1 ? distinct[0] : distinct;
  }
  return input;
}

export function parseShareLink(search: string | URLSearchParams): ParsedShareLink {
  const params =
    typeof search === "string"
      ? new URLSearchParams(search.startsWith("?") ? search.slice(1) : search)
      : search;
  const errors: LinkErrors = {};

  const langValues = [...new Set(params.getAll("lang"))];
  let lang: Lang | undefined;
  if (langValues.length === 1 && (LANGS as readonly string[]).includes(langValues[0]!)) {
    lang = langValues[0] as Lang;
  } else if (langValues.length > 0) {
    errors.lang = ["invalid"];
  }

  const vValues = [...new Set(params.getAll("v"))];
  let v: string | undefined;
  if (vValues.length === 1 && VERSION_PATTERN.test(vValues[0]!)) {
    v = vValues[0];
  } else if (vValues.length > 0) {
    errors.v = ["invalid"];
  }

  const result = validateAnswers(readAnswerInput(params));
  if (result.success && Object.keys(errors).length === 0) {
    return {
      success: true,
      link: { answers: result.answers, ...(lang && { lang }), ...(v && { v }) },
    };
  }
  const fieldErrors: FieldErrors = result.success ? {} : result.errors;
  return {
    success: false,
    errors: { ...fieldErrors, ...errors },
    valid: result.success ? result.answers : keepValid(result.values, fieldErrors),
    ...(lang && { lang }),
  };
}

function keepValid(values: AnswersInput, errors: FieldErrors): Partial<Answers> {
  const kept: Record<string, unknown> = {};
  for (const id of QUESTION_IDS) {
    if (errors[id] || values[id] === undefined) continue;
    kept[id] = values[id];
  }
  // Re-validate what is left so that only contract values survive (e.g. normalised clients).
  const checked = validateAnswers(kept);
  if (checked.success) return checked.answers;
  const partial: Record<string, unknown> = {};
  for (const id of QUESTION_IDS) {
    if (!checked.errors[id] && kept[id] !== undefined) partial[id] = kept[id];
  }
  for (const id of MULTIPLE_CHOICE_QUESTIONS)
    if (partial[id] !== undefined) partial[id] = normaliseList(partial[id], valuesOf(id));
  return partial as Partial<Answers>;
}

/** The canonical query string (without "?") for a share link. */
export function formatShareLink(link: ShareLink): string {
  return formatAnswers(link.answers, { lang: link.lang, v: link.v });
}

/**
 * Canonical query string for possibly partial answers (used to carry answers between question pages). With
 * `keepChosen`, an optional question answered with its default keeps that answer, so that a question page shows
 * what the person chose (share links leave it out: it goes without saying).
 */
export function formatAnswers(
  answers: Partial<Answers>,
  extra: { lang?: Lang; v?: string; keepChosen?: boolean } = {},
): string {
  const parts: string[] = [];
  for (const id of QUESTION_IDS) {
    const value = answers[id];
    if (value === undefined) continue;
    if (isMultipleChoice(id)) {
      const list = value as string[];
      if (list.length > 0) parts.push(`${id}=${list.map(encodeURIComponent).join(",")}`);
      continue;
    }
    if (
      value === defaultAnswer(id) &&
      ((isOptional(id) && !extra.keepChosen) || isSkipped(id, answers))
    )
      continue;
    parts.push(`${id}=${encodeURIComponent(value as string)}`);
  }
  if (extra.lang) parts.push(`lang=${extra.lang}`);
  if (extra.v) parts.push(`v=${encodeURIComponent(extra.v)}`);
  return parts.join("&");
}
