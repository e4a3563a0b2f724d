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
    // Only browsers care where the pages and APIs live; skipped, no rule reads it.
    askedWhen: { question: "clients", anyOf: ["browser", "spa"] },
    default: "one-origin",
  },
  sso: {
    kind: "single",
    values: ["none", "own-apps", "federated"],
  },
  idp: {
    kind: "single",
    values: [
      "own",
      "auth0",
      "okta",
      "entra",
      "cognito",
      "keycloak",
      "oidc-other",
      "clerk",
      "supabase",
      "firebase",
      "platform-other",
      "proxy",
    ],
    optional: true,
    default: "own",
  },
  tokens: {
    kind: "single",
    values: ["session", "provider"],
    // Only an OpenID Connect provider can either only sign users in or also issue the tokens our APIs accept.
    askedWhen: {
      question: "idp",
      anyOf: ["auth0", "okta", "entra", "cognito", "keycloak", "oidc-other"],
    },
    optional: true,
    default: "session",
  },
  clients: {
    kind: "multiple",
    values: ["browser", "native", "spa", "third-party", "cli", "service"],
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
    values: ["yes", "no", "eventual", "unsure"],
    // With one server there is nothing to share: its own database or memory is the store.
    askedWhen: { question: "deploy", anyOf: ["multi", "edge"] },
    default: "yes",
  },
  assurance: {
    kind: "single",
    values: ["standard", "high"],
    optional: true,
    default: "standard",
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

/**
 * The order in which the flow asks the questions (the canonical link keeps QUESTION_IDS' order): who signs users
 * in comes early because it changes what the other answers mean, `tokens` right after it, and the clients before
 * `domains`, which is only asked for browser clients.
 */
export const ASK_ORDER: readonly QuestionId[] = [
  "arch",
  "sso",
  "idp",
  "tokens",
  "clients",
  "domains",
  "logout",
  "deploy",
  "store",
  "assurance",
  "stack",
];

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
export type IdpAnswer = ValueOf<"idp">;
export type Tokens = ValueOf<"tokens">;
export type Assurance = ValueOf<"assurance">;

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
  // An optional question left unanswered stands for its default (a link without `idp` means our own sign-in).
  const given = answers[on] ?? (isOptional(on) ? defaultAnswer(on) : undefined);
  const list: unknown[] = Array.isArray(given) ? given : given === undefined ? [] : [given];
  if (list.length === 0 || !list.every((v) => isValue(on, v))) return false;
  return !list.some((v) => when.anyOf.includes(v as string));
}

export function isValue<Q extends QuestionId>(id: Q, value: unknown): value is ValueOf<Q> {
  return typeof value === "string" && (catalog[id].values as readonly string[]).includes(value);
}
