// The public scenarios of SPEC: golden (G1–G5) and expert (E1–E16, and E17–E32 of ruleset 3). They are the ruleset's regression tests,
// the home page's examples (G) and the e2e tests' inputs. "add" = add-ons required, "absent" = add-ons that
// must not appear, "conflict" = the result must name a conflict.
import type { AddOn, Approach } from "./outcomes";
import { GOLDEN } from "./golden-links.js";

export { GOLDEN };

export const GOLDEN_APPROACH = {
  G1: "server-session",
  G2: "server-session",
  G3: "gateway-token",
  G4: "access-refresh",
  G5: "stateless-token",
} as const;

export type GoldenId = keyof typeof GOLDEN;

export interface Scenario {
  query: string;
  approach: Approach;
  /** Exactly these add-ons (G) or at least these (E). */
  add: readonly AddOn[];
  absent?: readonly AddOn[];
  conflict?: true;
  /** The add-ons are exactly `add` (the golden table lists them all). */
  exact?: true;
  /** The result must name no conflict. */
  noConflict?: true;
  /** The conflict is shown as a note, not as an error (the result is not in doubt). */
  note?: true;
}

const E1 =
  "arch=monolith&domains=same-site&sso=none&clients=browser,third-party&logout=immediate&deploy=multi&store=yes&stack=laravel";
const E4 =
  "arch=monolith&domains=one-origin&sso=none&clients=browser&logout=minutes&deploy=multi&store=no";

const RULESET_2_SCENARIOS: Record<string, Scenario> = {
  G1: { query: GOLDEN.G1, approach: "server-session", add: ["csrf"], exact: true },
  G2: { query: GOLDEN.G2, approach: "server-session", add: ["csrf"], exact: true },
  G3: { query: GOLDEN.G3, approach: "gateway-token", add: ["csrf"], exact: true },
  G4: {
    query: GOLDEN.G4,
    approach: "access-refresh",
    add: ["oidc", "bff", "csrf", "oauth-server", "pkce-native"],
    exact: true,
  },
  G5: { query: GOLDEN.G5, approach: "stateless-token", add: ["csrf"], exact: true },
  E1: { query: E1, approach: "server-session", add: ["csrf", "oauth-server"] },
  E2: {
    query: E1.replace("logout=immediate", "logout=minutes"),
    approach: "server-session",
    add: ["csrf", "oauth-server"],
  },
  E3: {
    query:
      "arch=monolith&domains=one-origin&sso=federated&clients=browser&logout=minutes&deploy=edge&store=yes",
    approach: "server-session",
    add: ["oidc", "csrf"],
  },
  E4: { query: E4, approach: "stateless-token", add: ["csrf"], absent: ["denylist"] },
  E5: {
    query: E4.replace("deploy=multi", "deploy=edge"),
    approach: "stateless-token",
    add: ["csrf"],
    absent: ["denylist"],
  },
  E6: {
    query:
      "arch=unsure&domains=unsure&sso=none&clients=browser&logout=minutes&deploy=multi&store=unsure",
    approach: "server-session",
    add: ["csrf"],
  },
  E7: {
    query:
      "arch=monolith&domains=cross-site&sso=none&clients=browser&logout=minutes&deploy=edge&store=yes",
    approach: "server-session",
    add: ["csrf"],
    absent: ["oidc"],
  },
  E8: {
    query:
      "arch=monolith&domains=cross-site&sso=none&clients=spa&logout=immediate&deploy=multi&store=yes",
    approach: "server-session",
    add: ["bff", "csrf"],
    absent: ["oidc"],
  },
  E9: {
    query:
      "arch=monolith&domains=one-origin&sso=federated&clients=browser&logout=immediate&deploy=multi&store=yes&stack=rails",
    approach: "server-session",
    add: ["oidc", "csrf"],
  },
  E10: {
    query:
      "arch=monolith&domains=one-origin&sso=none&clients=third-party&logout=minutes&deploy=multi&store=yes",
    approach: "access-refresh",
    add: ["oauth-server"],
    absent: ["csrf", "bff"],
  },
  E11: {
    query:
      "arch=monolith&domains=one-origin&sso=none&clients=browser,native&logout=immediate&deploy=multi&store=yes&stack=laravel",
    approach: "server-session",
    add: ["csrf"],
  },
  E12: {
    query:
      "arch=microservices&domains=one-origin&sso=none&clients=browser,third-party&logout=immediate&deploy=multi&store=yes",
    approach: "gateway-token",
    add: ["oauth-server", "csrf"],
  },
  E13: {
    query:
      "arch=unsure&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=edge&store=no",
    approach: "server-session",
    add: ["csrf"],
    conflict: true,
  },
  E14: {
    query:
      "arch=monolith&domains=one-origin&sso=none&clients=spa&logout=immediate&deploy=multi&store=yes",
    approach: "server-session",
    add: ["csrf"],
    conflict: true,
  },
  E15: {
    query:
      "arch=monolith&domains=one-origin&sso=federated&clients=native&logout=immediate&deploy=multi&store=yes",
    approach: "server-session",
    add: ["oidc", "pkce-native"],
    absent: ["csrf"],
  },
  E16: {
    query: "arch=monolith&domains=one-origin&sso=none&clients=browser&logout=expiry&deploy=single",
    approach: "server-session",
    add: ["csrf"],
  },
};

const E18 =
  "arch=modular&domains=one-origin&sso=federated&idp=supabase&clients=browser,native&logout=minutes&deploy=edge&store=yes";
const E20 =
  "arch=monolith&domains=one-origin&sso=federated&idp=proxy&clients=browser&logout=minutes&deploy=edge&store=no";
const E23 =
  "arch=monolith&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=edge&store=eventual";
const E29 =
  "arch=modular&domains=cross-site&sso=none&idp=cognito&tokens=provider&clients=spa,native&logout=minutes&deploy=edge&store=yes";

/** SPEC "Ruleset 3": expert scenarios E17–E32 (unlisted keys take their defaults). */
export const RULESET_3_SCENARIOS: Record<string, Scenario> = {
  E17: {
    query:
      "arch=monolith&domains=one-origin&sso=federated&idp=auth0&clients=browser&logout=minutes&deploy=multi&store=yes&stack=nextjs-authjs",
    approach: "server-session",
    add: ["oidc", "csrf"],
  },
  E18: {
    query: E18,
    approach: "access-refresh",
    add: ["csrf", "pkce-native"],
    absent: ["bff", "oidc"],
  },
  E19: {
    query: E18.replace("logout=minutes", "logout=immediate"),
    approach: "access-refresh",
    add: [],
    conflict: true,
  },
  E20: {
    query: E20,
    approach: "stateless-token",
    add: ["csrf"],
    absent: ["oidc", "denylist"],
  },
  E21: {
    query:
      "arch=monolith&domains=one-origin&sso=none&clients=browser,cli&logout=minutes&deploy=multi&store=yes",
    approach: "server-session",
    add: ["csrf"],
    absent: ["oauth-server"],
  },
  E22: {
    query: "arch=monolith&sso=none&clients=service&logout=expiry&deploy=multi&store=yes",
    approach: "access-refresh",
    add: ["oauth-server"],
    absent: ["csrf", "bff"],
  },
  E23: { query: E23, approach: "server-session", add: ["csrf"], conflict: true },
  E24: {
    query: E23.replace("logout=immediate", "logout=minutes"),
    approach: "server-session",
    add: ["csrf"],
    noConflict: true,
  },
  E25: {
    query:
      "arch=microservices&domains=one-origin&sso=none&clients=browser&logout=minutes&deploy=multi&store=yes",
    approach: "gateway-token",
    add: ["csrf"],
  },
  E26: {
    query:
      "arch=microservices&domains=one-origin&sso=none&clients=browser,native&logout=immediate&deploy=multi&store=yes&assurance=high",
    approach: "gateway-token",
    add: ["csrf", "sender-constrained"],
  },
  E27: {
    query:
      "arch=monolith&domains=same-site&sso=none&clients=spa&logout=immediate&deploy=multi&store=yes",
    approach: "server-session",
    add: ["csrf"],
    absent: ["bff"],
    conflict: true,
    note: true,
  },
  E28: {
    query:
      "arch=monolith&domains=one-origin&sso=none&clients=browser,native&logout=minutes&deploy=multi&store=yes&stack=express",
    approach: "server-session",
    add: ["csrf"],
  },
  E29: { query: E29, approach: "access-refresh", add: ["oidc", "bff", "pkce-native"] },
  E30: {
    query: E29.replace("logout=minutes", "logout=immediate"),
    approach: "access-refresh",
    add: [],
    conflict: true,
  },
  E31: {
    query:
      "arch=monolith&domains=one-origin&sso=federated&idp=firebase&clients=browser,native&logout=minutes&deploy=edge&store=yes",
    approach: "access-refresh",
    add: [],
  },
  E32: {
    query: E20.replace("clients=browser", "clients=browser,native"),
    approach: "stateless-token",
    add: ["csrf"],
    conflict: true,
  },
};

/** Every public scenario: G1–G5 and E1–E32. */
export const SCENARIOS: Record<string, Scenario> = {
  ...RULESET_2_SCENARIOS,
  ...RULESET_3_SCENARIOS,
};
