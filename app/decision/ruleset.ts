// The ruleset, as data. Each rule: a stable id (kebab-case; it doubles as a content id), conditions over the
// answers in json-rules-engine's format, effects on the approaches and add-ons, and what it rests on.
// Strength: 1 = slight, 2 = moderate, 3 = strong, 4–5 = decisive. "rules-out" removes an approach unless
// every approach is ruled out.
import type { ArgumentId } from "./arguments";
import type { AddOn, Approach } from "./outcomes";
import type { QuestionId } from "./questions";
import type { SourceId } from "./sources";

export type Operator = "equal" | "notEqual" | "in" | "notIn" | "contains" | "doesNotContain";

export interface Condition {
  /** An answer, or (in the add-on stage) the chosen `approach` and the `addOns` so far. */
  fact: QuestionId | "approach" | "addOns";
  operator: Operator;
  value: string | readonly string[];
}

export type Conditions = { all: readonly Condition[] } | { any: readonly Condition[] };

export type Effect =
  | { kind: "supports"; approach: Approach; strength: 1 | 2 | 3 | 4 | 5 }
  | { kind: "opposes"; approach: Approach; strength: 1 | 2 | 3 | 4 | 5 }
  | { kind: "rules-out"; approach: Approach }
  | { kind: "add-on"; addOn: AddOn }
  /** The answers pull against each other; the rule's text says how and what to do. */
  | { kind: "conflict" }
  /** An "I'm not sure" answer that matters: the result says what to find out. */
  | { kind: "find-out"; question: QuestionId };

export interface RuleDef {
  id: string;
  /** "approach" rules decide the approach; "add-on" rules run after it and may read `approach`. */
  stage: "approach" | "add-on";
  when: Conditions;
  effects: readonly Effect[];
  cites: { arguments: readonly ArgumentId[]; sources: readonly SourceId[] };
}

export const ruleset = [
  {
    id: "no-microservices",
    stage: "approach",
    when: { all: [{ fact: "arch", operator: "in", value: ["monolith", "modular"] }] },
    effects: [
      { kind: "supports", approach: "server-session", strength: 3 },
      { kind: "opposes", approach: "gateway-token", strength: 2 },
    ],
    cites: {
      arguments: [
        "no-microservices-no-benefit",
        "signature-tamper-detection",
        "claims-authorisation",
      ],
      sources: ["rfc10017", "owasp-jwt", "degges-2017"],
    },
  },
  {
    id: "independent-services",
    stage: "approach",
    when: { all: [{ fact: "arch", operator: "equal", value: "microservices" }] },
    effects: [
      { kind: "supports", approach: "gateway-token", strength: 4 },
      { kind: "supports", approach: "access-refresh", strength: 2 },
      { kind: "opposes", approach: "server-session", strength: 2 },
    ],
    cites: {
      arguments: ["microservices-sso", "claims-authorisation"],
      sources: ["owasp-microservices", "rfc9068", "rfc7662", "rfc9701"],
    },
  },
  {
    id: "shared-store-scales-out",
    stage: "approach",
    when: {
      all: [
        { fact: "deploy", operator: "equal", value: "multi" },
        { fact: "store", operator: "equal", value: "yes" },
      ],
    },
    effects: [
      { kind: "supports", approach: "server-session", strength: 2 },
      { kind: "supports", approach: "gateway-token", strength: 1 },
    ],
    cites: {
      arguments: ["stateless-scale-out", "performance"],
      sources: ["degges-2017", "rfc10017", "owasp-session"],
    },
  },
  {
    id: "single-server",
    stage: "approach",
    when: { all: [{ fact: "deploy", operator: "equal", value: "single" }] },
    effects: [{ kind: "supports", approach: "server-session", strength: 2 }],
    cites: { arguments: ["stateless-scale-out"], sources: ["owasp-session", "express-session"] },
  },
  {
    id: "no-shared-store",
    stage: "approach",
    when: {
      all: [
        { fact: "deploy", operator: "in", value: ["multi", "edge"] },
        { fact: "store", operator: "equal", value: "no" },
      ],
    },
    effects: [
      { kind: "opposes", approach: "server-session", strength: 3 },
      { kind: "opposes", approach: "gateway-token", strength: 1 },
      { kind: "supports", approach: "stateless-token", strength: 2 },
    ],
    cites: { arguments: ["stateless-scale-out"], sources: ["rfc10017", "authjs-sessions"] },
  },
  {
    id: "edge-runtime",
    stage: "approach",
    when: { all: [{ fact: "deploy", operator: "equal", value: "edge" }] },
    effects: [
      { kind: "supports", approach: "stateless-token", strength: 2 },
      { kind: "opposes", approach: "server-session", strength: 1 },
    ],
    cites: { arguments: ["performance"], sources: ["authjs-sessions"] },
  },
  {
    id: "immediate-revocation",
    stage: "approach",
    when: { all: [{ fact: "logout", operator: "equal", value: "immediate" }] },
    effects: [
      { kind: "supports", approach: "server-session", strength: 3 },
      { kind: "supports", approach: "gateway-token", strength: 1 },
      { kind: "opposes", approach: "access-refresh", strength: 2 },
      { kind: "rules-out", approach: "stateless-token" },
    ],
    cites: {
      arguments: ["logout-is-hard", "stolen-token", "expiry-without-jwt"],
      sources: ["owasp-session", "rfc7009", "owasp-jwt", "authjs-sessions"],
    },
  },
  {
    id: "revocation-within-minutes",
    stage: "approach",
    when: { all: [{ fact: "logout", operator: "equal", value: "minutes" }] },
    effects: [
      { kind: "supports", approach: "access-refresh", strength: 2 },
      { kind: "opposes", approach: "stateless-token", strength: 1 },
    ],
    cites: {
      arguments: ["expiry-without-jwt", "refresh-token-rotation"],
      sources: ["rfc7009", "rfc9700", "rfc6750"],
    },
  },
  {
    id: "revocation-at-expiry",
    stage: "approach",
    when: { all: [{ fact: "logout", operator: "equal", value: "expiry" }] },
    effects: [{ kind: "supports", approach: "stateless-token", strength: 2 }],
    cites: {
      arguments: ["expiry-without-jwt", "logout-is-hard"],
      sources: ["rfc7519", "owasp-jwt"],
    },
  },
  {
    id: "third-party-delegation",
    stage: "approach",
    when: { all: [{ fact: "clients", operator: "contains", value: "third-party" }] },
    effects: [
      { kind: "supports", approach: "access-refresh", strength: 5 },
      { kind: "supports", approach: "gateway-token", strength: 1 },
      { kind: "rules-out", approach: "server-session" },
    ],
    cites: { arguments: ["standardisation"], sources: ["rfc6749", "rfc9700", "rfc10017"] },
  },
  {
    id: "third-party-and-immediate-logout",
    stage: "approach",
    when: {
      all: [
        { fact: "clients", operator: "contains", value: "third-party" },
        { fact: "logout", operator: "equal", value: "immediate" },
      ],
    },
    effects: [{ kind: "conflict" }],
    cites: { arguments: ["logout-is-hard"], sources: ["rfc7662", "rfc7009"] },
  },
  {
    id: "federated-identity",
    stage: "approach",
    when: { all: [{ fact: "sso", operator: "equal", value: "federated" }] },
    effects: [
      { kind: "add-on", addOn: "oidc" },
      { kind: "supports", approach: "access-refresh", strength: 1 },
    ],
    cites: { arguments: ["microservices-sso"], sources: ["rfc10017", "oidc-backchannel"] },
  },
  {
    id: "own-apps-sso",
    stage: "approach",
    when: { all: [{ fact: "sso", operator: "equal", value: "own-apps" }] },
    effects: [{ kind: "add-on", addOn: "oidc" }],
    cites: { arguments: ["microservices-sso"], sources: ["rfc10017", "oidc-backchannel"] },
  },
  {
    id: "cross-site-domains",
    stage: "approach",
    when: { all: [{ fact: "domains", operator: "equal", value: "cross-site" }] },
    effects: [
      { kind: "add-on", addOn: "oidc" },
      { kind: "supports", approach: "access-refresh", strength: 1 },
    ],
    cites: {
      arguments: ["cross-domain", "third-party-cookies"],
      sources: ["rfc10017", "owasp-csrf"],
    },
  },
  {
    id: "native-clients",
    stage: "approach",
    when: { all: [{ fact: "clients", operator: "contains", value: "native" }] },
    effects: [
      { kind: "supports", approach: "server-session", strength: 1 },
      { kind: "supports", approach: "access-refresh", strength: 1 },
    ],
    cites: { arguments: ["cookie-independence"], sources: ["owasp-mobile", "rfc8252"] },
  },
  {
    id: "cross-site-spa",
    stage: "approach",
    when: { all: [{ fact: "clients", operator: "contains", value: "spa" }] },
    effects: [
      { kind: "add-on", addOn: "bff" },
      { kind: "opposes", approach: "stateless-token", strength: 1 },
    ],
    cites: {
      arguments: ["xss-and-token-storage", "cookie-independence"],
      sources: ["rfc10017", "owasp-session"],
    },
  },
  {
    id: "cookies-carry-credentials",
    stage: "approach",
    when: {
      any: [
        { fact: "clients", operator: "contains", value: "browser" },
        { fact: "clients", operator: "contains", value: "spa" },
      ],
    },
    effects: [{ kind: "add-on", addOn: "csrf" }],
    cites: {
      arguments: ["csrf-for-cookies", "session-fixation"],
      sources: ["owasp-csrf", "rfc10017"],
    },
  },
  {
    id: "immediate-logout-without-store",
    stage: "approach",
    when: {
      all: [
        { fact: "logout", operator: "equal", value: "immediate" },
        { fact: "store", operator: "equal", value: "no" },
      ],
    },
    effects: [{ kind: "conflict" }],
    cites: {
      arguments: ["logout-is-hard", "stateless-scale-out"],
      sources: ["rfc7009", "owasp-jwt"],
    },
  },
  {
    id: "arch-unsure",
    stage: "approach",
    when: { all: [{ fact: "arch", operator: "equal", value: "unsure" }] },
    effects: [{ kind: "find-out", question: "arch" }],
    cites: { arguments: ["no-microservices-no-benefit"], sources: ["owasp-microservices"] },
  },
  {
    id: "domains-unsure",
    stage: "approach",
    when: { all: [{ fact: "domains", operator: "equal", value: "unsure" }] },
    effects: [{ kind: "find-out", question: "domains" }],
    cites: { arguments: ["cross-domain"], sources: ["owasp-csrf"] },
  },
  {
    id: "store-unsure",
    stage: "approach",
    when: {
      all: [
        { fact: "store", operator: "equal", value: "unsure" },
        { fact: "deploy", operator: "in", value: ["multi", "edge"] },
      ],
    },
    effects: [{ kind: "find-out", question: "store" }],
    cites: { arguments: ["stateless-scale-out"], sources: ["rfc10017"] },
  },
  {
    id: "stateless-needs-denylist",
    stage: "add-on",
    when: {
      all: [
        { fact: "approach", operator: "equal", value: "stateless-token" },
        { fact: "logout", operator: "in", value: ["immediate", "minutes"] },
      ],
    },
    effects: [{ kind: "add-on", addOn: "denylist" }],
    cites: { arguments: ["logout-is-hard"], sources: ["owasp-jwt", "rfc7009"] },
  },
  {
    id: "native-sign-in-with-pkce",
    stage: "add-on",
    when: {
      all: [
        { fact: "clients", operator: "contains", value: "native" },
        {
          fact: "approach",
          operator: "in",
          value: ["access-refresh", "gateway-token"],
        },
      ],
    },
    effects: [{ kind: "add-on", addOn: "pkce-native" }],
    cites: { arguments: ["cookie-independence"], sources: ["rfc8252", "rfc9700"] },
  },
  {
    id: "native-sign-in-through-idp",
    stage: "add-on",
    when: {
      all: [
        { fact: "clients", operator: "contains", value: "native" },
        { fact: "addOns", operator: "contains", value: "oidc" },
      ],
    },
    effects: [{ kind: "add-on", addOn: "pkce-native" }],
    cites: { arguments: ["cookie-independence"], sources: ["rfc8252"] },
  },
] as const satisfies readonly RuleDef[];

export type RuleId = (typeof ruleset)[number]["id"];
export const RULE_IDS = ruleset.map((r) => r.id) as RuleId[];
