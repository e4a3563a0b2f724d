// Outcome ids: a public contract (SPEC "Contract: outcomes").

export const APPROACHES = [
  "server-session",
  "gateway-token",
  "access-refresh",
  "stateless-token",
] as const;
export type Approach = (typeof APPROACHES)[number];

export const ADD_ONS = [
  "oidc",
  "bff",
  "csrf",
  "pkce-native",
  "denylist",
  "oauth-server",
  "sender-constrained",
] as const;
export type AddOn = (typeof ADD_ONS)[number];

/** The approaches from the simplest to run to the most complex: a tie goes to the earlier one. */
export const SIMPLEST_FIRST: readonly Approach[] = [
  "server-session",
  "stateless-token",
  "gateway-token",
  "access-refresh",
];
