// The question catalog: the single source of truth for answer keys and values (SPEC "Contract: answers").
// The zod schema, the share-link codec, the forms, the API and the docs are all derived from it.

export const LANGS = ["en", "ja"] as const;
export type Lang = (typeof LANGS)[number];
export type Localized = Readonly<Record<Lang, string>>;

export const UNSURE = "unsure";

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
    skip: { when: { question: "deploy", in: ["single"] }, default: "yes" },
  },
  stack: {
    kind: "single",
    values: ["nextjs-authjs", "remix", "express", "laravel", "rails", "django", "spring", "other"],
    optional: { default: "other" },
  },
} as const;

export type Catalog = typeof catalog;
export type QuestionId = keyof Catalog;
export type ValueOf<Q extends QuestionId> = Catalog[Q]["values"][number];

/** Questions in the order of the public contract (and of the canonical share link). */
export const QUESTION_IDS = Object.keys(catalog) as QuestionId[];
/** The questions that decide the approach; `stack` only changes implementation notes. */
export const DECIDING_QUESTIONS = QUESTION_IDS.filter((id) => id !== "stack");

export type Arch = ValueOf<"arch">;
export type Domains = ValueOf<"domains">;
export type Sso = ValueOf<"sso">;
export type Client = ValueOf<"clients">;
export type Logout = ValueOf<"logout">;
export type Deploy = ValueOf<"deploy">;
export type Store = ValueOf<"store">;
export type Stack = ValueOf<"stack">;

export interface Answers {
  arch: Arch;
  domains: Domains;
  sso: Sso;
  /** Non-empty, sorted, without duplicates. */
  clients: Client[];
  logout: Logout;
  deploy: Deploy;
  store: Store;
  stack: Stack;
}

export function valuesOf<Q extends QuestionId>(id: Q): readonly ValueOf<Q>[] {
  return catalog[id].values as readonly ValueOf<Q>[];
}

export function allowsUnsure(id: QuestionId): boolean {
  return (catalog[id].values as readonly string[]).includes(UNSURE);
}

/** A question is skipped when earlier answers make it irrelevant; it then takes its documented default. */
export function isSkipped(id: QuestionId, answers: Partial<Record<QuestionId, unknown>>): boolean {
  const q = catalog[id];
  if (!("skip" in q)) return false;
  const other = answers[q.skip.when.question];
  return typeof other === "string" && (q.skip.when.in as readonly string[]).includes(other);
}

export function skippedDefault(id: QuestionId): string | undefined {
  const q = catalog[id];
  return "skip" in q ? q.skip.default : undefined;
}

export function optionalDefault(id: QuestionId): string | undefined {
  const q = catalog[id];
  return "optional" in q ? q.optional.default : undefined;
}

export function isValue<Q extends QuestionId>(id: Q, value: unknown): value is ValueOf<Q> {
  return typeof value === "string" && (catalog[id].values as readonly string[]).includes(value);
}
