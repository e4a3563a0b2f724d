// The question catalog: the single source of truth for answer keys and values (SPEC "Contract: answers").
// The zod schema, the share-link codec, the forms, the API and the docs are all derived from it.

export const LANGS = ["en", "ja"] as const;
export type Lang = (typeof LANGS)[number];
export type Localized = Readonly<Record<Lang, string>>;

export const UNSURE = "unsure";

/** Asked (and required) only when another question's answer holds one of these values. */
export interface AskedWhen {
  question: string;
  anyOf: readonly string[];
}

/**
 * One question of the list. Everything else — the schema, the share-link codec, the answer space, the
 * arbitraries, the 400 page's fields, the flow — is derived from these entries, so adding a question means
 * adding an entry here, its words (question-text.ts, i18n), its rules and its tests.
 */
export interface QuestionDef {
  /** `single`: one value; `multiple`: a non-empty set, kept in the order of `values`. */
  kind: "single" | "multiple";
  values: readonly string[];
  /** Conditional: not asked when the other answer holds none of `anyOf`; `default` then applies. */
  askedWhen?: AskedWhen;
  /** Optional: may be left unanswered; `default` then applies (and is omitted from links). */
  optional?: boolean;
  /** The answer of a skipped conditional or an unanswered optional question. */
  default?: string;
  /** False for questions that only change implementation notes, never the outcome. */
  deciding?: boolean;
}

export const catalog = {
  arch: {
    kind: "single",
    values: ["monolith", "modular", "microservices", "unsure"],
  },
  domains: {
    kind: "single",
    values: ["one-origin", "same-site", "cross-site", "unsure"],
  },
  sso: {
    kind: "single",
    values: ["none", "own-apps", "federated"],
  },
  clients: {
    kind: "multiple",
    values: ["browser", "native", "spa", "third-party"],
  },
  logout: {
    kind: "single",
    values: ["immediate", "minutes", "expiry"],
  },
  deploy: {
    kind: "single",
    values: ["single", "multi", "edge"],
  },
  store: {
    kind: "single",
    values: ["yes", "no", "unsure"],
    // With one server there is nothing to share: its own database or memory is the store.
    askedWhen: { question: "deploy", anyOf: ["multi", "edge"] },
    default: "yes",
  },
  stack: {
    kind: "single",
    values: ["nextjs-authjs", "remix", "express", "laravel", "rails", "django", "spring", "other"],
    optional: true,
    default: "other",
    deciding: false,
  },
} as const satisfies Record<string, QuestionDef>;

export type Catalog = typeof catalog;
export type QuestionId = keyof Catalog;
export type ValueOf<Q extends QuestionId> = Catalog[Q]["values"][number];

/** Questions in the order of the public contract (and of the canonical share link). */
export const QUESTION_IDS = Object.keys(catalog) as QuestionId[];

function definition(id: QuestionId): QuestionDef {
  return catalog[id];
}

/** The questions that decide the outcome (the answer space); the others only change implementation notes. */
export const DECIDING_QUESTIONS = QUESTION_IDS.filter((id) => definition(id).deciding !== false);
/** The questions answered with a set of values (checkboxes, comma-joined in links). */
export const MULTIPLE_CHOICE_QUESTIONS = QUESTION_IDS.filter(isMultipleChoice);

export type Arch = ValueOf<"arch">;
export type Domains = ValueOf<"domains">;
export type Sso = ValueOf<"sso">;
export type Client = ValueOf<"clients">;
export type Logout = ValueOf<"logout">;
export type Deploy = ValueOf<"deploy">;
export type Store = ValueOf<"store">;
export type Stack = ValueOf<"stack">;

/** One answer: a value, or for a multiple-choice question a non-empty, sorted list without duplicates. */
export type AnswerTo<Q extends QuestionId> = Catalog[Q]["kind"] extends "multiple"
  ? ValueOf<Q>[]
  : ValueOf<Q>;
export type Answers = { [Q in QuestionId]: AnswerTo<Q> };

export function valuesOf<Q extends QuestionId>(id: Q): readonly ValueOf<Q>[] {
  return catalog[id].values as readonly ValueOf<Q>[];
}

export function isMultipleChoice(id: QuestionId): boolean {
  return definition(id).kind === "multiple";
}

export function allowsUnsure(id: QuestionId): boolean {
  return (catalog[id].values as readonly string[]).includes(UNSURE);
}

export function isOptional(id: QuestionId): boolean {
  return definition(id).optional === true;
}

/** Asked only when another answer holds (see `askedWhen`). */
export function isConditional(id: QuestionId): boolean {
  return definition(id).askedWhen !== undefined;
}

/** The answer a question takes when it is skipped or left unanswered as optional. */
export function defaultAnswer(id: QuestionId): string | undefined {
  return definition(id).default;
}

/**
 * A conditional question is skipped when the question it depends on is answered, with values of the contract,
 * and none of them is one it is asked for. Unanswered or invalid, the question stays: asking cannot hurt.
 */
export function isSkipped(id: QuestionId, answers: Partial<Record<QuestionId, unknown>>): boolean {
  const when = definition(id).askedWhen;
  if (!when) return false;
  const on = when.question as QuestionId;
  const given = answers[on];
  const list: unknown[] = Array.isArray(given) ? given : given === undefined ? [] : [given];
  if (list.length === 0 || !list.every((v) => isValue(on, v))) return false;
  return !list.some((v) => when.anyOf.includes(v as string));
}

export function isValue<Q extends QuestionId>(id: Q, value: unknown): value is ValueOf<Q> {
  return typeof value === "string" && (catalog[id].values as readonly string[]).includes(value);
}
