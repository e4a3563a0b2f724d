// The ruleset, as data. Each rule: a stable id (kebab-case; it doubles as a content id), conditions over the
// answers in json-rules-engine's format, effects on the approaches and add-ons, and what it rests on.
//
// Ruleset 3 (SPEC "Ruleset 3: the teams that exist"): where a provider's role decides the approach (a token
// issuer, a platform, a proxy: principle 9), one rule rules out every other approach and the rules about the
// team's own sessions are guarded off (`ownSessionOnly`). Derived facts (derived.ts) carry the role, what the
// store answer means, and the one provider fact a conflict reads; "because you said …" names their answers.
//
// How the effects combine (evaluate.ts): "rules-out" removes an approach; among the approaches left, the
// highest sum of "supports" minus "opposes" wins, and a tie goes to the simpler approach (the order of
// APPROACHES). The hard limits of SPEC's decision model are rules-outs, so no weighting can break them:
// without microservices there is no gateway and no authorization server for the team's own clients; with no
// shared store (and a logout window that allows it) only a stateless token can run; immediate logout rules out
// a stateless token; a partners-only API is an OAuth API. Weights only choose among what is left.
//
// Strength: 1 = slight, 2 = moderate, 3 = strong, 4–5 = decisive.
import type { ArgumentId } from "./arguments";
import type { AddOn, Approach } from "./outcomes";
import type { DerivedFactId } from "./derived";
import type { QuestionId } from "./questions";
import type { SourceId } from "./sources";

export type Operator = "equal" | "notEqual" | "in" | "notIn" | "contains" | "doesNotContain";

export interface Condition {
  /** An answer, a fact derived from the answers (derived.ts), or (in the add-on stage) the chosen `approach`. */
  fact: QuestionId | DerivedFactId | "approach";
  operator: Operator;
  value: string | readonly string[];
}

export type Conditions = { all: readonly Clause[] } | { any: readonly Clause[] };
export type Clause = Condition | Conditions;

export type Effect =
  | { kind: "supports"; approach: Approach; strength: 1 | 2 | 3 | 4 | 5 }
  | { kind: "opposes"; approach: Approach; strength: 1 | 2 | 3 | 4 | 5 }
  | { kind: "rules-out"; approach: Approach }
  | { kind: "add-on"; addOn: AddOn }
  /**
   * The answers pull against each other; the rule's text says how and what to do. A `note` is a mismatch worth
   * naming that does not put the result in doubt (SPEC principle 16: an SPA on a subdomain of its API).
   */
  | { kind: "conflict"; note?: true }
  /** An "I'm not sure" answer: the result says what to find out. */
  | { kind: "find-out"; question: QuestionId };

export interface RuleDef {
  id: string;
  /** "approach" rules decide the approach; "add-on" rules run after it and may read `approach`. */
  stage: "approach" | "add-on";
  when: Conditions;
  /**
   * The rule is about how the team's own users stay signed in, so it applies only when at least one
   * first-party client was answered. A guard, not a reason: "because you said …" never shows it.
   */
  firstPartyOnly?: true;
  /**
   * The rule is about how the team's own code keeps users signed in, so it applies only when no provider's role
   * decides the approach (principle 9: idp is our own or an OpenID provider that only signs users in). A guard.
   */
  ownSessionOnly?: true;
  effects: readonly Effect[];
  cites: { arguments: readonly ArgumentId[]; sources: readonly SourceId[] };
}

/**
 * The first-party clients: the team's own users on the team's own clients (SPEC "Contract: outcomes"), command-line
 * tools included (principle 12: with the team's own login the app runs their sign-in itself). `service` is
 * other organisations' machines, like `third-party`.
 */
export const FIRST_PARTY_CLIENTS = ["browser", "spa", "native", "cli"] as const;

const severalInstances = { fact: "deploy", operator: "in", value: ["multi", "edge"] } as const;
const browserFacing = {
  any: [
    { fact: "clients", operator: "contains", value: "browser" },
    { fact: "clients", operator: "contains", value: "spa" },
  ],
} as const;
/** Some client that signs a person in (a machine-only API has nobody to sign in). */
const userClient = {
  any: [
    { fact: "clients", operator: "contains", value: "browser" },
    { fact: "clients", operator: "contains", value: "spa" },
    { fact: "clients", operator: "contains", value: "native" },
    { fact: "clients", operator: "contains", value: "cli" },
    { fact: "clients", operator: "contains", value: "third-party" },
  ],
} as const;
const singleSignOn = { fact: "sso", operator: "in", value: ["own-apps", "federated"] } as const;

export const ruleset = [
  // ── Who decides: the provider's role (principle 9) ───────────────────────────────────────────────
  {
    id: "provider-issues-tokens",
    stage: "approach",
    when: { all: [{ fact: "idpRole", operator: "equal", value: "token-issuer" }] },
    effects: [
      { kind: "supports", approach: "access-refresh", strength: 5 },
      { kind: "rules-out", approach: "server-session" },
      { kind: "rules-out", approach: "gateway-token" },
      { kind: "rules-out", approach: "stateless-token" },
    ],
    cites: { arguments: ["standardisation"], sources: ["rfc9068", "rfc6749", "rfc7662"] },
  },
  {
    id: "platform-keeps-the-session",
    stage: "approach",
    when: { all: [{ fact: "idpRole", operator: "equal", value: "platform" }] },
    effects: [
      { kind: "supports", approach: "access-refresh", strength: 5 },
      { kind: "rules-out", approach: "server-session" },
      { kind: "rules-out", approach: "gateway-token" },
      { kind: "rules-out", approach: "stateless-token" },
    ],
    cites: { arguments: ["refresh-token-rotation"], sources: ["rfc9700", "rfc9068"] },
  },
  {
    id: "proxy-authenticates-every-request",
    stage: "approach",
    when: { all: [{ fact: "idpRole", operator: "equal", value: "proxy" }] },
    effects: [
      { kind: "supports", approach: "stateless-token", strength: 5 },
      { kind: "rules-out", approach: "server-session" },
      { kind: "rules-out", approach: "gateway-token" },
      { kind: "rules-out", approach: "access-refresh" },
    ],
    // The proxy is the edge that checks every request and hands the app a short-lived signed assertion: the
    // edge pattern the microservices argument describes. (The tamper-check argument argues for sessions.)
    cites: { arguments: ["microservices-sso"], sources: ["rfc8725", "owasp-jwt"] },
  },
  // ── Who the primary approach is for ──────────────────────────────────────────────────────────────
  {
    id: "partners-only",
    stage: "approach",
    ownSessionOnly: true,
    when: {
      all: [
        { fact: "clients", operator: "doesNotContain", value: "browser" },
        { fact: "clients", operator: "doesNotContain", value: "spa" },
        { fact: "clients", operator: "doesNotContain", value: "native" },
        { fact: "clients", operator: "doesNotContain", value: "cli" },
      ],
    },
    effects: [
      { kind: "supports", approach: "access-refresh", strength: 5 },
      { kind: "rules-out", approach: "server-session" },
      { kind: "rules-out", approach: "gateway-token" },
      { kind: "rules-out", approach: "stateless-token" },
    ],
    cites: { arguments: ["standardisation"], sources: ["rfc6749", "rfc9700", "rfc7662"] },
  },
  // ── How the backend is built ─────────────────────────────────────────────────────────────────────
  {
    id: "no-microservices",
    stage: "approach",
    firstPartyOnly: true,
    ownSessionOnly: true,
    when: { all: [{ fact: "arch", operator: "in", value: ["monolith", "modular"] }] },
    effects: [
      { kind: "supports", approach: "server-session", strength: 3 },
      { kind: "rules-out", approach: "gateway-token" },
      { kind: "rules-out", approach: "access-refresh" },
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
    id: "arch-unsure-read-as-one-app",
    stage: "approach",
    firstPartyOnly: true,
    ownSessionOnly: true,
    when: { all: [{ fact: "arch", operator: "equal", value: "unsure" }] },
    effects: [
      { kind: "supports", approach: "server-session", strength: 3 },
      { kind: "rules-out", approach: "gateway-token" },
      { kind: "rules-out", approach: "access-refresh" },
    ],
    cites: { arguments: ["no-microservices-no-benefit"], sources: ["owasp-microservices"] },
  },
  {
    id: "independent-services",
    stage: "approach",
    firstPartyOnly: true,
    ownSessionOnly: true,
    when: { all: [{ fact: "arch", operator: "equal", value: "microservices" }] },
    effects: [
      { kind: "supports", approach: "gateway-token", strength: 3 },
      { kind: "opposes", approach: "server-session", strength: 3 },
    ],
    cites: {
      arguments: ["microservices-sso", "claims-authorisation"],
      sources: ["owasp-microservices", "rfc9068", "rfc7662"],
    },
  },
  {
    // Principle 14: the logout window is no reason to pick an authorization server; centralised sign-in is.
    id: "sign-in-already-centralised",
    stage: "approach",
    firstPartyOnly: true,
    ownSessionOnly: true,
    when: { all: [{ fact: "arch", operator: "equal", value: "microservices" }, singleSignOn] },
    effects: [
      { kind: "supports", approach: "access-refresh", strength: 5 },
      { kind: "rules-out", approach: "gateway-token" },
      { kind: "rules-out", approach: "server-session" },
    ],
    cites: {
      arguments: ["microservices-sso", "standardisation", "refresh-token-rotation"],
      sources: ["rfc9068", "rfc9700", "rfc7662", "owasp-microservices"],
    },
  },
  // ── Where the code runs and what it can reach ────────────────────────────────────────────────────
  {
    id: "shared-store-scales-out",
    stage: "approach",
    firstPartyOnly: true,
    ownSessionOnly: true,
    when: { all: [{ fact: "storeReach", operator: "in", value: ["yes", "eventual"] }] },
    effects: [
      { kind: "supports", approach: "server-session", strength: 1 },
      { kind: "supports", approach: "gateway-token", strength: 1 },
    ],
    cites: {
      arguments: ["stateless-scale-out", "performance"],
      sources: ["degges-2017", "rfc10017", "owasp-session"],
    },
  },
  {
    id: "store-unsure-read-as-reachable",
    stage: "approach",
    firstPartyOnly: true,
    ownSessionOnly: true,
    when: { all: [{ fact: "storeReach", operator: "equal", value: "unsure" }] },
    effects: [
      { kind: "supports", approach: "server-session", strength: 1 },
      { kind: "supports", approach: "gateway-token", strength: 1 },
    ],
    cites: { arguments: ["stateless-scale-out"], sources: ["owasp-session"] },
  },
  {
    id: "single-server",
    stage: "approach",
    firstPartyOnly: true,
    ownSessionOnly: true,
    when: { all: [{ fact: "deploy", operator: "equal", value: "single" }] },
    effects: [{ kind: "supports", approach: "server-session", strength: 1 }],
    cites: { arguments: ["stateless-scale-out"], sources: ["owasp-session", "express-session"] },
  },
  {
    id: "no-shared-store",
    stage: "approach",
    firstPartyOnly: true,
    ownSessionOnly: true,
    when: {
      all: [
        { fact: "storeReach", operator: "equal", value: "no" },
        { fact: "logout", operator: "in", value: ["minutes", "expiry"] },
      ],
    },
    effects: [
      { kind: "supports", approach: "stateless-token", strength: 3 },
      { kind: "rules-out", approach: "server-session" },
      { kind: "rules-out", approach: "gateway-token" },
      { kind: "rules-out", approach: "access-refresh" },
    ],
    cites: {
      arguments: ["stateless-scale-out", "expiry-without-jwt"],
      sources: ["rfc8725", "owasp-jwt", "owasp-session"],
    },
  },
  // ── How fast logout must work ────────────────────────────────────────────────────────────────────
  {
    id: "immediate-revocation",
    stage: "approach",
    firstPartyOnly: true,
    ownSessionOnly: true,
    when: { all: [{ fact: "logout", operator: "equal", value: "immediate" }] },
    effects: [
      { kind: "supports", approach: "server-session", strength: 2 },
      { kind: "supports", approach: "gateway-token", strength: 2 },
      { kind: "rules-out", approach: "stateless-token" },
    ],
    cites: {
      arguments: ["logout-is-hard", "stolen-token", "expiry-without-jwt"],
      sources: ["owasp-session", "rfc7009", "owasp-jwt"],
    },
  },
  {
    id: "revocation-within-minutes",
    stage: "approach",
    firstPartyOnly: true,
    ownSessionOnly: true,
    when: { all: [{ fact: "logout", operator: "equal", value: "minutes" }] },
    effects: [
      { kind: "supports", approach: "stateless-token", strength: 1 },
      { kind: "supports", approach: "access-refresh", strength: 1 },
    ],
    cites: {
      arguments: ["expiry-without-jwt", "refresh-token-rotation"],
      sources: ["rfc7009", "rfc9700", "rfc8725"],
    },
  },
  {
    id: "revocation-at-expiry",
    stage: "approach",
    firstPartyOnly: true,
    ownSessionOnly: true,
    when: { all: [{ fact: "logout", operator: "equal", value: "expiry" }] },
    effects: [{ kind: "supports", approach: "stateless-token", strength: 2 }],
    cites: {
      arguments: ["expiry-without-jwt", "logout-is-hard"],
      sources: ["rfc7519", "owasp-jwt"],
    },
  },
  // ── Answers that cannot all hold ─────────────────────────────────────────────────────────────────
  {
    id: "immediate-logout-without-store",
    stage: "approach",
    ownSessionOnly: true,
    when: {
      all: [
        { fact: "storeReach", operator: "equal", value: "no" },
        { fact: "logout", operator: "equal", value: "immediate" },
      ],
    },
    effects: [{ kind: "conflict" }],
    cites: {
      arguments: ["logout-is-hard", "stateless-scale-out"],
      sources: ["rfc7009", "owasp-jwt"],
    },
  },
  {
    id: "authorization-server-without-store",
    stage: "approach",
    ownSessionOnly: true,
    when: {
      all: [
        { fact: "storeReach", operator: "equal", value: "no" },
        {
          any: [
            { fact: "clients", operator: "contains", value: "third-party" },
            { fact: "clients", operator: "contains", value: "service" },
          ],
        },
      ],
    },
    effects: [{ kind: "conflict" }],
    cites: { arguments: ["refresh-token-rotation"], sources: ["rfc9700", "rfc7009"] },
  },
  {
    // Principle 11: a delete that is not seen everywhere at once cannot end a login at once.
    id: "eventual-store-and-immediate-logout",
    stage: "approach",
    firstPartyOnly: true,
    ownSessionOnly: true,
    when: {
      all: [
        { fact: "storeReach", operator: "equal", value: "eventual" },
        { fact: "logout", operator: "equal", value: "immediate" },
      ],
    },
    effects: [{ kind: "conflict" }],
    cites: { arguments: ["logout-is-hard"], sources: ["owasp-session", "rfc10017"] },
  },
  {
    id: "provider-tokens-outlive-revocation",
    stage: "approach",
    when: {
      all: [
        { fact: "idpRole", operator: "equal", value: "token-issuer" },
        { fact: "logout", operator: "equal", value: "immediate" },
        { fact: "providerIntrospection", operator: "equal", value: "no" },
      ],
    },
    effects: [{ kind: "conflict" }],
    cites: { arguments: ["logout-is-hard"], sources: ["rfc7662", "rfc9068"] },
  },
  {
    id: "platform-and-immediate-logout",
    stage: "approach",
    when: {
      all: [
        { fact: "idpRole", operator: "equal", value: "platform" },
        { fact: "logout", operator: "equal", value: "immediate" },
      ],
    },
    effects: [{ kind: "conflict" }],
    cites: { arguments: ["logout-is-hard"], sources: ["rfc9068", "rfc7009"] },
  },
  {
    id: "proxy-and-programmatic-clients",
    stage: "approach",
    when: {
      all: [
        { fact: "idpRole", operator: "equal", value: "proxy" },
        {
          any: [
            { fact: "clients", operator: "contains", value: "native" },
            { fact: "clients", operator: "contains", value: "cli" },
            { fact: "clients", operator: "contains", value: "third-party" },
            { fact: "clients", operator: "contains", value: "service" },
          ],
        },
      ],
    },
    effects: [{ kind: "conflict" }],
    cites: { arguments: ["cookie-independence"], sources: ["rfc8252"] },
  },
  {
    id: "high-assurance-and-expiry",
    stage: "approach",
    when: {
      all: [
        { fact: "assurance", operator: "equal", value: "high" },
        { fact: "logout", operator: "equal", value: "expiry" },
      ],
    },
    effects: [{ kind: "conflict" }],
    cites: { arguments: ["stolen-token", "logout-is-hard"], sources: ["owasp-session"] },
  },
  {
    // Every platform's browser SDK checked so far keeps its tokens where page scripts can read them, or was not
    // verified (providers.test.ts keeps this true); a BFF keeps them off the page instead.
    id: "high-assurance-and-platform-browser-sdk",
    stage: "approach",
    when: {
      all: [
        { fact: "assurance", operator: "equal", value: "high" },
        { fact: "idpRole", operator: "equal", value: "platform" },
        browserFacing,
      ],
    },
    effects: [{ kind: "conflict" }],
    cites: { arguments: ["xss-and-token-storage"], sources: ["rfc10017", "owasp-session"] },
  },
  {
    id: "spa-on-one-origin",
    stage: "approach",
    when: {
      all: [
        { fact: "clients", operator: "contains", value: "spa" },
        { fact: "domains", operator: "equal", value: "one-origin" },
      ],
    },
    effects: [{ kind: "conflict" }],
    cites: { arguments: ["cross-domain"], sources: ["rfc10017"] },
  },
  {
    id: "spa-on-same-site",
    stage: "approach",
    when: {
      all: [
        { fact: "clients", operator: "contains", value: "spa" },
        { fact: "domains", operator: "equal", value: "same-site" },
      ],
    },
    effects: [{ kind: "conflict", note: true }],
    cites: { arguments: ["cross-domain"], sources: ["rfc10017"] },
  },
  // ── "I'm not sure": what to find out ─────────────────────────────────────────────────────────────
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
    when: { all: [{ fact: "domains", operator: "equal", value: "unsure" }, browserFacing] },
    effects: [{ kind: "find-out", question: "domains" }],
    cites: { arguments: ["cross-domain"], sources: ["rfc10017"] },
  },
  {
    id: "store-unsure",
    stage: "approach",
    when: { all: [severalInstances, { fact: "store", operator: "equal", value: "unsure" }] },
    effects: [{ kind: "find-out", question: "store" }],
    cites: { arguments: ["stateless-scale-out"], sources: ["rfc10017"] },
  },
  // ── Add-ons: they follow the answers and the approach ────────────────────────────────────────────
  {
    id: "cookies-carry-credentials",
    stage: "add-on",
    when: browserFacing,
    effects: [{ kind: "add-on", addOn: "csrf" }],
    cites: {
      arguments: ["csrf-for-cookies", "session-fixation"],
      sources: ["owasp-csrf", "rfc10017"],
    },
  },
  {
    id: "cross-site-spa",
    stage: "add-on",
    when: {
      all: [
        { fact: "clients", operator: "contains", value: "spa" },
        { fact: "domains", operator: "equal", value: "cross-site" },
      ],
    },
    effects: [{ kind: "add-on", addOn: "bff" }],
    cites: {
      arguments: ["xss-and-token-storage", "third-party-cookies"],
      sources: ["rfc10017", "owasp-session"],
    },
  },
  {
    id: "tokens-stay-off-the-browser",
    stage: "add-on",
    when: {
      all: [
        { fact: "approach", operator: "equal", value: "access-refresh" },
        { fact: "idpRole", operator: "notEqual", value: "platform" },
        browserFacing,
      ],
    },
    effects: [{ kind: "add-on", addOn: "bff" }],
    cites: { arguments: ["xss-and-token-storage"], sources: ["rfc10017"] },
  },
  {
    id: "high-assurance-keeps-platform-tokens-off-the-page",
    stage: "add-on",
    when: {
      all: [
        { fact: "assurance", operator: "equal", value: "high" },
        { fact: "idpRole", operator: "equal", value: "platform" },
        browserFacing,
      ],
    },
    effects: [{ kind: "add-on", addOn: "bff" }],
    cites: { arguments: ["xss-and-token-storage"], sources: ["rfc10017", "owasp-session"] },
  },
  {
    id: "federated-identity",
    stage: "add-on",
    when: {
      all: [
        { fact: "sso", operator: "equal", value: "federated" },
        { fact: "idpRole", operator: "in", value: ["own", "sign-in", "token-issuer"] },
        userClient,
      ],
    },
    effects: [{ kind: "add-on", addOn: "oidc" }],
    cites: { arguments: ["microservices-sso"], sources: ["rfc10017", "oidc-backchannel"] },
  },
  {
    id: "own-apps-sso",
    stage: "add-on",
    when: {
      all: [
        { fact: "sso", operator: "equal", value: "own-apps" },
        { fact: "idpRole", operator: "in", value: ["own", "sign-in", "token-issuer"] },
        userClient,
      ],
    },
    effects: [{ kind: "add-on", addOn: "oidc" }],
    cites: { arguments: ["microservices-sso"], sources: ["rfc10017", "oidc-backchannel"] },
  },
  {
    id: "sso-logout-reaches-every-app",
    stage: "add-on",
    when: {
      all: [
        singleSignOn,
        { fact: "logout", operator: "in", value: ["immediate", "minutes"] },
        { fact: "idpRole", operator: "in", value: ["own", "sign-in", "token-issuer"] },
        userClient,
      ],
    },
    effects: [{ kind: "add-on", addOn: "oidc" }],
    cites: { arguments: ["logout-is-hard"], sources: ["oidc-backchannel"] },
  },
  {
    id: "provider-signs-users-in",
    stage: "add-on",
    when: {
      all: [{ fact: "idpRole", operator: "in", value: ["sign-in", "token-issuer"] }, userClient],
    },
    effects: [{ kind: "add-on", addOn: "oidc" }],
    cites: { arguments: ["microservices-sso"], sources: ["rfc6749", "oidc-backchannel"] },
  },
  {
    // Principle 10: back-channel logout finds a server-side session by `sid`; a stateless token has none.
    id: "single-logout-needs-a-session",
    stage: "add-on",
    ownSessionOnly: true,
    when: {
      all: [
        { fact: "approach", operator: "equal", value: "stateless-token" },
        singleSignOn,
        { fact: "logout", operator: "in", value: ["immediate", "minutes"] },
        userClient,
      ],
    },
    effects: [{ kind: "conflict" }],
    cites: { arguments: ["logout-is-hard"], sources: ["oidc-backchannel"] },
  },
  {
    id: "native-sign-in-with-pkce",
    stage: "add-on",
    when: {
      all: [
        { fact: "clients", operator: "contains", value: "native" },
        { fact: "approach", operator: "equal", value: "access-refresh" },
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
        {
          any: [
            {
              all: [
                singleSignOn,
                { fact: "idpRole", operator: "in", value: ["own", "sign-in", "token-issuer"] },
              ],
            },
            { fact: "idpRole", operator: "in", value: ["sign-in", "token-issuer"] },
          ],
        },
      ],
    },
    effects: [{ kind: "add-on", addOn: "pkce-native" }],
    cites: { arguments: ["cookie-independence"], sources: ["rfc8252"] },
  },
  {
    id: "partners-get-delegated-access",
    stage: "add-on",
    when: { all: [{ fact: "clients", operator: "contains", value: "third-party" }] },
    effects: [{ kind: "add-on", addOn: "oauth-server" }],
    cites: {
      arguments: ["standardisation"],
      sources: ["rfc6749", "rfc9700", "rfc7009", "rfc7662"],
    },
  },
  {
    id: "machines-get-client-credentials",
    stage: "add-on",
    when: { all: [{ fact: "clients", operator: "contains", value: "service" }] },
    effects: [{ kind: "add-on", addOn: "oauth-server" }],
    cites: { arguments: ["standardisation"], sources: ["rfc6749", "rfc9700", "rfc8705"] },
  },
  {
    id: "high-assurance-binds-bearer-tokens",
    stage: "add-on",
    when: {
      all: [
        { fact: "assurance", operator: "equal", value: "high" },
        {
          any: [
            { fact: "clients", operator: "contains", value: "native" },
            { fact: "clients", operator: "contains", value: "cli" },
            { fact: "clients", operator: "contains", value: "service" },
            { fact: "clients", operator: "contains", value: "third-party" },
          ],
        },
      ],
    },
    effects: [{ kind: "add-on", addOn: "sender-constrained" }],
    cites: { arguments: ["stolen-token"], sources: ["rfc9449", "rfc8705", "rfc9700"] },
  },
] as const satisfies readonly RuleDef[];

export type RuleId = (typeof ruleset)[number]["id"];
export const RULE_IDS = ruleset.map((r) => r.id) as RuleId[];
