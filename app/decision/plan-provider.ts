// The provider lines of a client's plan (SPEC principles 9 and 10): what the team's identity provider, auth
// platform or proxy actually does, read from the capability table (providers.ts), each line citing the registry
// entries it was checked in. An unverified cell becomes a "check this" line, never a promise. Pure data.
import type { AddOn, Approach } from "./outcomes";
import {
  PROVIDER_FACTS_CHECKED,
  providerTable,
  type Cell,
  type Idp,
  type OpenIdProviderRow,
  type PlatformRow,
  type ProviderRow,
  type ProxyRow,
} from "./providers";
import type { Answers, Localized } from "./questions";
import type { SourceId } from "./sources";

/** One provider line: a checked fact with its sources, or what to check because nobody here could confirm it. */
export interface PlanFact {
  status: "fact" | "unverified";
  text: Localized;
  /** The registry entries the fact was read in (for an unverified line: the pages that did not settle it). */
  sources: readonly SourceId[];
  /** The day the table's facts were read. */
  checked: string;
}

const L = (en: string, ja: string): Localized => ({ en, ja });

/** The answers ruleset 3 adds, read with their defaults (a link without them means our own sign-in). */
export function idpOf(a: Answers): Idp {
  return ((a as { idp?: Idp }).idp ?? "own") as Idp;
}

export function tokensOf(a: Answers): "session" | "provider" {
  return (a as { tokens?: "session" | "provider" }).tokens ?? "session";
}

export function assuranceOf(a: Answers): "standard" | "high" {
  return (a as { assurance?: "standard" | "high" }).assurance ?? "standard";
}

export type Role = "own" | "sign-in" | "token-issuer" | "platform" | "proxy";

/** The provider's role (principle 9): by what the team answered, never by the brand. */
export function roleOf(a: Answers): Role {
  const row = providerTable[idpOf(a)];
  if (row.role === "own") return "own";
  if (row.role === "platform") return "platform";
  if (row.role === "proxy") return "proxy";
  return tokensOf(a) === "provider" ? "token-issuer" : "sign-in";
}

export function providerName(a: Answers): Localized {
  return providerTable[idpOf(a)].name;
}

function line(name: Localized, cell: Cell<unknown>): PlanFact {
  if (cell.status === "fact")
    return {
      status: "fact",
      text: L(`${name.en}: ${cell.note.en}`, `${name.ja}：${cell.note.ja}`),
      sources: cell.sources,
      checked: PROVIDER_FACTS_CHECKED,
    };
  return {
    status: "unverified",
    text: L(
      `${name.en} (not confirmed): ${cell.check.en}`,
      `${name.ja}（未確認）：${cell.check.ja}`,
    ),
    sources: cell.read ?? [],
    checked: PROVIDER_FACTS_CHECKED,
  };
}

type Kind = "browser" | "native" | "cli" | "service" | "partner";

function kindOf(client: string): Kind {
  if (client === "browser" || client === "spa") return "browser";
  if (client === "native" || client === "cli" || client === "service") return client;
  return "partner";
}

function openIdLines(row: OpenIdProviderRow | PlatformRow, kind: Kind, a: Answers, role: Role) {
  const cells: Cell<unknown>[] = [];
  const federated = a.sso === "federated";
  switch (kind) {
    case "browser":
      if (role === "sign-in") {
        cells.push(row.sdk, row.singleLogout, row.logoutTriggers, row.revocation);
        if (federated) cells.push(row.scim);
      } else if (role === "token-issuer") {
        cells.push(
          row.accessTokenLifetime,
          row.accessTokenMinimum,
          row.revocation,
          row.introspection,
          row.singleLogout,
        );
      } else {
        cells.push(row.sdk, row.accessTokenLifetime, row.accessTokenMinimum, row.revocation);
        if ("serverSideCheck" in row) cells.push(row.serverSideCheck);
        cells.push(row.logoutTriggers);
      }
      break;
    case "native":
      if (role === "sign-in") cells.push(row.revocation, row.perDeviceRevocation);
      else {
        cells.push(row.accessTokenLifetime, row.revocation, row.perDeviceRevocation);
        if ("serverSideCheck" in row) cells.push(row.serverSideCheck);
      }
      break;
    case "cli":
      cells.push(row.deviceGrant, row.perDeviceRevocation);
      break;
    case "service":
      // Machines on client credentials get no refresh token (RFC 6749 §4.4.3): the provider's revocation call
      // (which ends refresh tokens and sessions) is not theirs; how long an access token lives and whether the
      // API can ask about one at once are.
      if (role === "token-issuer") cells.push(row.accessTokenLifetime, row.introspection);
      break;
    case "partner":
      if (role === "token-issuer") cells.push(row.revocation, row.introspection);
      break;
  }
  return cells.map((cell) => line(row.name, cell));
}

function proxyLines(row: ProxyRow, kind: Kind): PlanFact[] {
  if (kind !== "browser") return [line(row.name, row.programmaticAccess)];
  const out: PlanFact[] = [];
  for (const product of row.products) {
    const name = L(product.name, product.name);
    out.push(
      line(name, product.assertion),
      line(name, product.binding),
      line(name, product.revocation),
    );
  }
  out.push(line(row.name, row.browserCookie));
  return out;
}

function ownLines(row: Extract<ProviderRow, { role: "own" }>, kind: Kind, a: Answers): PlanFact[] {
  // Social sign-in (customers' or partners' identity providers, Google, Apple): what they send the app.
  if (kind !== "browser" && kind !== "native") return [];
  if (a.sso !== "federated") return [];
  const social = L("Social sign-in", "ソーシャルログイン");
  return [line(social, row.socialSingleLogout), line(social, row.socialSecurityEvents)];
}

/**
 * The provider lines for one client's plan. The approach and add-ons are not read: the facts depend on the
 * provider's role and the client kind only (principle 9: facts shape plan lines, never the approach).
 */
export function providerFacts(
  client: string,
  a: Answers,
  _approach?: Approach,
  _addOns?: readonly AddOn[],
): PlanFact[] {
  const row = providerTable[idpOf(a)];
  const kind = kindOf(client);
  const role = roleOf(a);
  switch (row.role) {
    case "own":
      return ownLines(row, kind, a);
    case "proxy":
      return proxyLines(row, kind);
    default:
      return openIdLines(row, kind, a, role);
  }
}

/** A cell's value when it is a checked fact, else undefined. */
export function factValue<V>(cell: Cell<V>): V | undefined {
  return cell.status === "fact" ? cell.value : undefined;
}
