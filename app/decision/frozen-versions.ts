// Every frozen ruleset version, by id. `npm run freeze-ruleset` writes a version's file into ./frozen/ and
// registers it here; the first version keeps its original format-1 table.
import type { FrozenQuestion, FrozenRuleset } from "./frozen-outcomes";
import { outcomes as r23d3afeee0 } from "./frozen/r-23d3afeee0";
import { frozen as rb01e5446f6 } from "./frozen/r-b01e5446f6";
import { frozen as rb594075c68 } from "./frozen/r-b594075c68";

/** The questions of the first rulesets, in the order and with the values their format-1 table is numbered by. */
const FIRST_QUESTIONS: readonly FrozenQuestion[] = [
  { id: "arch", kind: "single", values: ["monolith", "modular", "microservices", "unsure"] },
  { id: "domains", kind: "single", values: ["one-origin", "same-site", "cross-site", "unsure"] },
  { id: "sso", kind: "single", values: ["none", "own-apps", "federated"] },
  { id: "clients", kind: "multiple", values: ["browser", "native", "spa", "third-party"] },
  { id: "logout", kind: "single", values: ["immediate", "minutes", "expiry"] },
  { id: "deploy", kind: "single", values: ["single", "multi", "edge"] },
  { id: "store", kind: "single", values: ["yes", "no", "unsure"] },
];

export const FROZEN: Readonly<Record<string, FrozenRuleset>> = {
  "r-23d3afeee0": {
    format: 1,
    questions: FIRST_QUESTIONS,
    approaches: ["server-session", "gateway-token", "access-refresh", "stateless-token"],
    addOns: ["oidc", "bff", "csrf", "pkce-native", "denylist", "oauth-server"],
    table: r23d3afeee0,
  },
  "r-b01e5446f6": rb01e5446f6,
  "r-b594075c68": rb594075c68,
  // freeze-ruleset: new versions go above this line
};
