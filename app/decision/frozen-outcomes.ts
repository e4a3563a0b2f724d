// How a frozen ruleset version stores its outcomes: two base64url characters per answer set, the approach in
// the low two bits and the add-ons as a bit set above them. The orders below are part of the frozen data:
// append, never reorder.
import type { AddOn, Approach } from "./outcomes";

export const FROZEN_APPROACHES: readonly Approach[] = [
  "server-session",
  "gateway-token",
  "access-refresh",
  "stateless-token",
];
export const FROZEN_ADD_ONS: readonly AddOn[] = [
  "oidc",
  "bff",
  "csrf",
  "pkce-native",
  "denylist",
  "oauth-server",
];
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export interface FrozenOutcome {
  approach: Approach;
  addOns: AddOn[];
}

export function encodeOutcome(outcome: FrozenOutcome): string {
  let code = FROZEN_APPROACHES.indexOf(outcome.approach);
  for (const a of outcome.addOns) code |= 1 << (FROZEN_ADD_ONS.indexOf(a) + 2);
  return ALPHABET[code & 63]! + ALPHABET[code >> 6]!;
}

export function decodeOutcome(table: string, index: number): FrozenOutcome {
  const code = ALPHABET.indexOf(table[2 * index]!) | (ALPHABET.indexOf(table[2 * index + 1]!) << 6);
  return {
    approach: FROZEN_APPROACHES[code & 3]!,
    addOns: FROZEN_ADD_ONS.filter((_, bit) => code & (1 << (bit + 2))),
  };
}
