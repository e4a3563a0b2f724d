// Facts the rules read besides the answers: what the answers mean once read together (SPEC "Ruleset 3").
// Each is a function of the answers (and, for provider facts, of the dated capability table), so the trace can
// always say which answers a derived fact came from.
import { providerTable } from "./providers";
import { catalog, type Answers, type QuestionId } from "./questions";

/**
 * OpenID Connect providers: they sign users in, and may also issue the tokens our APIs accept. One list: the
 * providers the question list asks `tokens` for.
 */
export const OPENID_PROVIDERS = catalog.tokens.askedWhen.anyOf;
/** Auth platforms that keep the session themselves and hand our code short-lived tokens. */
export const PLATFORMS = ["clerk", "supabase", "firebase", "platform-other"] as const;

/**
 * The provider's role (principle 9): decided by what the provider does for this team, never by its brand.
 * `own`: our app signs users in; `sign-in`: an OpenID provider signs them in and our app keeps its own session;
 * `token-issuer`: our APIs accept the provider's access tokens; `platform`; `proxy`.
 */
export type IdpRole = "own" | "sign-in" | "token-issuer" | "platform" | "proxy";
export const IDP_ROLES: readonly IdpRole[] = [
  "own",
  "sign-in",
  "token-issuer",
  "platform",
  "proxy",
];

/** Roles in which the team's own code keeps users signed in, so the approach follows principles 1–8 and 10–16. */
export const OWN_SESSION_ROLES: readonly IdpRole[] = ["own", "sign-in"];

export function idpRole(a: Pick<Answers, "idp" | "tokens">): IdpRole {
  if ((OPENID_PROVIDERS as readonly string[]).includes(a.idp))
    return a.tokens === "provider" ? "token-issuer" : "sign-in";
  if ((PLATFORMS as readonly string[]).includes(a.idp)) return "platform";
  return a.idp === "proxy" ? "proxy" : "own";
}

/**
 * What the store answer means for sessions (principle 11): on one server the store answer is dropped (`local`);
 * at the edge "I'm not sure" is read as eventually consistent; otherwise the answer as given.
 */
export type StoreReach = "local" | "yes" | "no" | "eventual" | "unsure";

export function storeReach(a: Pick<Answers, "deploy" | "store">): StoreReach {
  if (a.deploy === "single") return "local";
  if (a.deploy === "edge" && a.store === "unsure") return "eventual";
  return a.store;
}

/**
 * Whether an API can learn at once that a provider-issued access token was revoked: only where the capability
 * table records, with a checked source, an RFC 7662 introspection endpoint. Unverified counts as no: a page
 * never promises what nobody here has read.
 */
export function providerIntrospects(idp: Answers["idp"]): boolean {
  const row = providerTable[idp];
  if (!("introspection" in row)) return false;
  return row.introspection.status === "fact" && row.introspection.value === true;
}

export interface DerivedFacts {
  idpRole: IdpRole;
  storeReach: StoreReach;
  /** "yes" | "no": see providerIntrospects (a string, so the trace shows it like an answer). */
  providerIntrospection: "yes" | "no";
}
export type DerivedFactId = keyof DerivedFacts;

export function derivedFacts(a: Answers): DerivedFacts {
  return {
    idpRole: idpRole(a),
    storeReach: storeReach(a),
    providerIntrospection: providerIntrospects(a.idp) ? "yes" : "no",
  };
}

/** The answers a derived fact is read from ("because you said …" names these, never the derived fact). */
export function sourcesOfFact(fact: DerivedFactId, a: Answers): QuestionId[] {
  if (fact === "idpRole")
    return (OPENID_PROVIDERS as readonly string[]).includes(a.idp) ? ["idp", "tokens"] : ["idp"];
  if (fact === "storeReach") return a.deploy === "single" ? ["deploy"] : ["deploy", "store"];
  return ["idp"];
}

/** The questions a derived fact may be read from, whatever the answers (for pages that only hold a trace). */
export const FACT_QUESTIONS: Readonly<Record<DerivedFactId, readonly QuestionId[]>> = {
  idpRole: ["idp", "tokens"],
  storeReach: ["deploy", "store"],
  providerIntrospection: ["idp"],
};
