// The answer schema, derived from the catalog. zod/mini keeps the browser bundle small: the same schema
// validates the submitted form in the browser (questionnaire/form-check.ts) and every form, query string and API input on the server.
import * as z from "zod/mini";
import {
  QUESTION_IDS,
  catalog,
  defaultAnswer,
  isConditional,
  isMultipleChoice,
  isOptional,
  isSkipped,
  valuesOf,
  type Answers,
  type QuestionId,
} from "./questions";

/** Error codes carried as zod messages; the UI turns them into sentences in the page's language. */
export type FieldErrorCode = "required" | "invalid";
export type FieldErrors = Partial<Record<QuestionId, FieldErrorCode[]>>;

/** Longest value worth looking at; anything longer is invalid without being echoed back. */
export const MAX_VALUE_LENGTH = 64;

const code = (iss: { input?: unknown }): FieldErrorCode =>
  iss.input === undefined || iss.input === null || iss.input === "" ? "required" : "invalid";

function single(id: QuestionId) {
  return z.enum(valuesOf(id) as [string, ...string[]], { error: code });
}

/**
 * Accepts `"a,b"`, `["a", "b"]` or `["a,b", "c"]`; returns de-duplicated values sorted in the order of `order`
 * (unknown values last, for the schema to reject).
 */
export function normaliseList(input: unknown, order: readonly unknown[]): unknown {
  if (input === undefined || input === null) return [];
  const parts = (Array.isArray(input) ? input : [input]).flatMap((item) =>
    typeof item === "string" ? item.split(",") : [item],
  );
  const seen = new Set<unknown>();
  for (const part of parts) {
    const value = typeof part === "string" ? part.trim() : part;
    if (value !== "") seen.add(value);
  }
  return [...seen].sort((a, b) => rank(order, a) - rank(order, b));
}

function rank(order: readonly unknown[], value: unknown): number {
  const i = order.indexOf(value);
  return i === -1 ? order.length : i;
}

function multiple(id: QuestionId) {
  return z.pipe(
    z.transform((input: unknown) => normaliseList(input, valuesOf(id))),
    z
      .array(z.enum(valuesOf(id) as [string, ...string[]], { error: () => "invalid" }))
      .check(z.minLength(1, "required")),
  );
}

/** The schema of one answer as the question list defines it, required. */
function answerSchema(id: QuestionId) {
  return isMultipleChoice(id) ? multiple(id) : single(id);
}

/** Whether the whole form may leave the field out (it then takes its default, or is checked as conditional). */
const mayBeMissing = (id: QuestionId) => isOptional(id) || isConditional(id);

// Browsers' form libraries report an unanswered radio group as null: the same as not answered.
const shape = {} as Record<QuestionId, z.ZodMiniType>;
for (const id of QUESTION_IDS)
  shape[id] = mayBeMissing(id) ? z.nullish(answerSchema(id)) : answerSchema(id);

type Parsed = Partial<Record<QuestionId, unknown>>;

/** A conditional question that applies is required; one that does not is not asked. */
function requireApplicableConditionals(value: Parsed, issues: z.core.$ZodRawIssue[]) {
  for (const id of QUESTION_IDS) {
    if (!isConditional(id) || isOptional(id) || value[id] != null || isSkipped(id, value)) continue;
    issues.push({ code: "custom", message: "required", path: [id], input: undefined });
  }
}

function withDefaults(value: Parsed): Answers {
  const out: Parsed = {};
  for (const id of QUESTION_IDS) out[id] = value[id] ?? defaultAnswer(id);
  return out as Answers;
}

/**
 * The answers: every required question answered with a value of the contract. A skipped conditional
 * question (store when there is one server) takes its default; so does an unanswered optional one (stack).
 * Unknown keys are dropped.
 */
export const AnswersSchema = z.pipe(
  z.object(shape).check(
    z.superRefine((value, ctx) => requireApplicableConditionals(value as Parsed, ctx.issues), {
      when: () => true,
    }),
  ),
  z.transform((value) => withDefaults(value as Parsed)),
);

export type AnswersInput = Partial<Record<QuestionId, unknown>>;

export type ValidationResult =
  | { success: true; answers: Answers }
  | { success: false; errors: FieldErrors; values: AnswersInput };

/** Validates raw input (form fields, query values) against the schema; never throws. */
export function validateAnswers(input: AnswersInput): ValidationResult {
  const result = AnswersSchema.safeParse(input);
  if (result.success) return { success: true, answers: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field !== "string" || !(field in catalog)) continue;
    const id = field as QuestionId;
    const c: FieldErrorCode = issue.message === "required" ? "required" : "invalid";
    const list = (errors[id] ??= []);
    if (!list.includes(c)) list.push(c);
  }
  return { success: false, errors, values: input };
}

/**
 * The schema of one question, for the one-question-a-page flow: the same field schemas as AnswersSchema, except
 * that a conditional question is required on its own page (it is only shown when it applies), unless it is
 * optional too (`tokens`: left unanswered, its default applies).
 */
export function questionSchema(id: QuestionId) {
  return z.object({
    [id]: isConditional(id) && !isOptional(id) ? answerSchema(id) : shape[id],
  });
}

export function validateQuestion(
  id: QuestionId,
  input: AnswersInput,
): { success: true; value: unknown } | { success: false; code: FieldErrorCode } {
  const result = questionSchema(id).safeParse({ [id]: input[id] });
  if (result.success) return { success: true, value: (result.data as Record<string, unknown>)[id] };
  return {
    success: false,
    code: result.error.issues[0]?.message === "required" ? "required" : "invalid",
  };
}
