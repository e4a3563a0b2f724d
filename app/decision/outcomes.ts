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
] as const;
export type AddOn = (typeof ADD_ONS)[number];
