// SPEC's decision model as properties of the outcome (approach, add-ons, conflicts, confidence) over the WHOLE
// answer space of ruleset 3, factorised by the provider's role (docs/decisions/0015-ruleset-3.md):
// - Brands within a role are interchangeable for the approach and the add-ons: no rule that decides either reads
//   the brand (checked below on the rule data), so one brand per role stands for all of them, plus one token
//   issuer with introspection and one without (the only provider fact a rule reads, for a conflict).
// - Skipped questions take their default (tokens without an OpenID provider, domains without a browser client,
//   store on one server); that a skipped answer changes nothing is checked per key.
// - stack only changes implementation notes.
// Every other key takes every value. The checks use outcomeOf (the same rules as evaluateDecision, without its
// trace and sentences; a test checks they agree); the sentence-level principles run in principles.test.suite.ts.
import { expect, it } from "vitest";
import { OPENID_PROVIDERS, PLATFORMS, idpRole, storeReach } from "./derived";
import {
  FORCED_BY,
  ONLY_OPTION_CONFIDENCE,
  approachOf,
  decide,
  outcomeOf,
  type Outcome,
} from "./evaluate";
import { APPROACHES, type AddOn } from "./outcomes";
import { ruleset, type Clause, type RuleDef } from "./ruleset";
import { valuesOf, type Answers, type Client } from "./questions";

/** One brand per role; two token issuers, because a conflict reads whether the provider has introspection. */
export const ROLE_REPRESENTATIVES: readonly Pick<Answers, "idp" | "tokens">[] = [
  { idp: "own", tokens: "session" },
  { idp: "auth0", tokens: "session" },
  { idp: "auth0", tokens: "provider" },
  { idp: "okta", tokens: "provider" },
  { idp: "clerk", tokens: "session" },
  { idp: "proxy", tokens: "session" },
];

const CLIENT_SETS: Client[][] = (() => {
  const values = valuesOf("clients");
  return Array.from({ length: 2 ** values.length - 1 }, (_, m) =>
    values.filter((_, bit) => (m + 1) & (1 << bit)),
  );
})();

/** The factorised answer space, in a fixed order. */
export function* factorisedSpace(): Generator<Answers> {
  for (const arch of valuesOf("arch"))
    for (const sso of valuesOf("sso"))
      for (const who of ROLE_REPRESENTATIVES)
        for (const clients of CLIENT_SETS) {
          const web = clients.includes("browser") || clients.includes("spa");
          for (const domains of web ? valuesOf("domains") : (["one-origin"] as const))
            for (const logout of valuesOf("logout"))
              for (const deploy of valuesOf("deploy"))
                for (const store of deploy === "single" ? (["yes"] as const) : valuesOf("store"))
                  for (const assurance of valuesOf("assurance"))
                    yield {
                      arch,
                      domains,
                      sso,
                      ...who,
                      clients,
                      logout,
                      deploy,
                      store,
                      assurance,
                      stack: "other",
                    };
        }
}

const clientCombos = CLIENT_SETS.reduce(
  (n, c) => n + (c.includes("browser") || c.includes("spa") ? valuesOf("domains").length : 1),
  0,
);
export const FACTORISED_SIZE =
  valuesOf("arch").length *
  valuesOf("sso").length *
  ROLE_REPRESENTATIVES.length *
  clientCombos *
  valuesOf("logout").length *
  (1 + 2 * valuesOf("store").length) *
  valuesOf("assurance").length;

/** The distinct answer sets of the whole space (every brand, skipped questions at their default). */
export const CANONICAL_SIZE =
  valuesOf("arch").length *
  valuesOf("sso").length *
  (OPENID_PROVIDERS.length * 2 + PLATFORMS.length + 2) *
  clientCombos *
  valuesOf("logout").length *
  (1 + 2 * valuesOf("store").length) *
  valuesOf("assurance").length;

const has = (a: Answers, c: Client) => a.clients.includes(c);
const FIRST_PARTY: readonly Client[] = ["browser", "spa", "native", "cli"];
const hasFirstParty = (a: Answers) => FIRST_PARTY.some((c) => has(a, c));
const web = (a: Answers) => has(a, "browser") || has(a, "spa");
const userClient = (a: Answers) =>
  (["browser", "spa", "native", "cli", "third-party"] as const).some((c) => has(a, c));
const same = (x: Outcome, y: Outcome) =>
  x.approach === y.approach && x.addOns.join() === y.addOns.join();

type Check = (a: Answers, o: Outcome) => string | undefined;

export const outcomePrinciples: Record<string, Check> = {
  "2. partners and machines do not decide how your users sign in": (a, o) => {
    if ((has(a, "third-party") || has(a, "service")) !== o.addOns.includes("oauth-server"))
      return "oauth-server does not follow third-party/service";
    const role = idpRole(a);
    if (!hasFirstParty(a)) {
      if ((role === "own" || role === "sign-in") && o.approach !== "access-refresh")
        return "API for other organisations only, not access-refresh";
      return;
    }
    const other = has(a, "third-party")
      ? a.clients.filter((c) => c !== "third-party")
      : [...a.clients, "third-party" as const];
    if (approachOf({ ...a, clients: other }) !== o.approach) return "partners change the approach";
  },
  "3/9. oidc follows sign-in through a provider; sso decides nothing outside principle 14": (
    a,
    o,
  ) => {
    const role = idpRole(a);
    const want =
      userClient(a) &&
      ((a.sso !== "none" && ["own", "sign-in", "token-issuer"].includes(role)) ||
        role === "sign-in" ||
        role === "token-issuer");
    if (want !== o.addOns.includes("oidc")) return `oidc ${want ? "missing" : "present"}`;
    if (a.sso !== "none" && a.arch !== "microservices")
      if (approachOf({ ...a, sso: "none" }) !== o.approach) return "sso changes the approach";
  },
  "4. no microservices, no JWT machinery (unless the provider's role decides)": (a, o) => {
    const role = idpRole(a);
    if (o.approach === "gateway-token" && a.arch !== "microservices")
      return "gateway without microservices";
    if (
      (role === "own" || role === "sign-in") &&
      a.arch !== "microservices" &&
      hasFirstParty(a) &&
      !["server-session", "stateless-token"].includes(o.approach)
    )
      return `${o.approach} without microservices`;
  },
  "5. never silently recommend what the team cannot run": (a, o) => {
    const role = idpRole(a);
    if (o.addOns.includes("denylist")) return "a deny list is never added";
    if ((role === "own" || role === "sign-in") && storeReach(a) === "no" && hasFirstParty(a)) {
      if (a.logout === "immediate") {
        if (!o.conflicts.includes("immediate-logout-without-store")) return "conflict not named";
      } else if (o.approach !== "stateless-token") return `${o.approach} without a store`;
    }
    if (a.deploy === "single")
      for (const store of ["no", "eventual", "unsure"] as const)
        if (!same(outcomeOf({ ...a, store }), o)) return `store=${store} matters on one server`;
  },
  '6. "I\'m not sure" is read as the simplest consistent case': (a, o) => {
    const simplest = {
      arch: "monolith",
      domains: has(a, "spa") ? "same-site" : "one-origin",
      store: a.deploy === "edge" ? "eventual" : "yes",
    } as const;
    for (const q of ["arch", "domains", "store"] as const) {
      if (a[q] !== "unsure") continue;
      if (q === "store" && a.deploy === "single") continue;
      if (q === "domains" && !web(a)) continue;
      if (!o.findOut.includes(q)) return `no find-out for ${q}`;
      const known = outcomeOf({ ...a, [q]: simplest[q] } as Answers);
      if (!same(known, o)) return `${q}=unsure is not read as ${simplest[q]}`;
      if (!(o.confidence < known.confidence)) return `${q}=unsure does not lower confidence`;
    }
  },
  "7/12/13. add-ons follow the answers": (a, o) => {
    const role = idpRole(a);
    const ar = o.approach === "access-refresh";
    const oidc = o.addOns.includes("oidc");
    const want: Record<AddOn, boolean> = {
      oidc,
      csrf: web(a),
      bff:
        (has(a, "spa") && a.domains === "cross-site") ||
        (ar && web(a) && role !== "platform") ||
        (role === "platform" && a.assurance === "high" && web(a)),
      "pkce-native":
        has(a, "native") &&
        (ar ||
          (a.sso !== "none" && ["own", "sign-in", "token-issuer"].includes(role)) ||
          role === "sign-in" ||
          role === "token-issuer"),
      "oauth-server": has(a, "third-party") || has(a, "service"),
      denylist: false,
      "sender-constrained":
        a.assurance === "high" &&
        (["native", "cli", "service", "third-party"] as const).some((c) => has(a, c)),
    };
    for (const [addOn, expected] of Object.entries(want) as [AddOn, boolean][])
      if (expected !== o.addOns.includes(addOn))
        return `${addOn} ${expected ? "missing" : "present"}`;
    if (has(a, "spa") && a.domains === "one-origin" && !o.conflicts.includes("spa-on-one-origin"))
      return "spa on one origin not named";
  },
  "9. the provider's role decides: token issuer and platform, access tokens; proxy, its assertion":
    (a, o) => {
      const role = idpRole(a);
      if ((role === "token-issuer" || role === "platform") && o.approach !== "access-refresh")
        return `${role}: ${o.approach}`;
      if (role === "proxy") {
        if (o.approach !== "stateless-token") return `proxy: ${o.approach}`;
        const programmatic = (["native", "cli", "third-party", "service"] as const).some((c) =>
          has(a, c),
        );
        if (programmatic !== o.conflicts.includes("proxy-and-programmatic-clients"))
          return "proxy mismatch with programmatic clients";
      }
      if (
        role === "platform" &&
        (a.logout === "immediate") !== o.conflicts.includes("platform-and-immediate-logout")
      )
        return "platform and immediate logout";
    },
  "10. single logout is never promised without a session to end": (a, o) => {
    if (
      o.approach === "stateless-token" &&
      o.addOns.includes("oidc") &&
      a.sso !== "none" &&
      a.logout !== "expiry" &&
      !o.conflicts.includes("single-logout-needs-a-session")
    )
      return "back-channel logout with a stateless token, no conflict";
  },
  "11. an eventually consistent store cannot make logout immediate": (a, o) => {
    const role = idpRole(a);
    if (
      (role === "own" || role === "sign-in") &&
      hasFirstParty(a) &&
      storeReach(a) === "eventual" &&
      a.logout === "immediate"
    ) {
      if (!o.conflicts.includes("eventual-store-and-immediate-logout")) return "conflict not named";
      if (o.approach === "stateless-token") return "stateless token on a reachable store";
    }
  },
  "13. high assurance raises the baseline, never changes the family": (a, o) => {
    if (a.assurance !== "high") return;
    if (approachOf({ ...a, assurance: "standard" }) !== o.approach)
      return "assurance changes the approach";
    if (a.logout === "expiry" && !o.conflicts.includes("high-assurance-and-expiry"))
      return "high assurance with expiry, no conflict";
    if (
      idpRole(a) === "platform" &&
      web(a) &&
      !o.conflicts.includes("high-assurance-and-platform-browser-sdk")
    )
      return "platform browser SDK at high assurance, no conflict";
  },
  "14. microservices: the gateway unless sign-in is centralised; logout never decides": (a, o) => {
    const role = idpRole(a);
    if (a.arch !== "microservices" || !hasFirstParty(a)) return;
    if (role !== "own" && role !== "sign-in") return;
    if (storeReach(a) === "no" && a.logout !== "immediate") return; // principle 5: nothing to look up
    const want = a.sso === "none" ? "gateway-token" : "access-refresh";
    if (o.approach !== want) return `${o.approach}, not ${want}`;
  },
  "15. the only workable option is never shown as strong": (a, o) => {
    const forced = APPROACHES.some((x) => o.ruledOut[x].some((id) => FORCED_BY.includes(id)));
    if (forced && o.confidence > ONLY_OPTION_CONFIDENCE) return `forced at ${o.confidence}`;
  },
  "16. an SPA on a subdomain of its API is a note, without a BFF": (a, o) => {
    if (!(has(a, "spa") && a.domains === "same-site")) return;
    if (!o.notes.includes("spa-on-same-site")) return "no note";
    const bffForTokens =
      (o.approach === "access-refresh" && idpRole(a) !== "platform") ||
      (idpRole(a) === "platform" && a.assurance === "high");
    if (!bffForTokens && o.addOns.includes("bff")) return "a BFF for a same-site SPA";
  },
  "8. some approach is always left": (_a, o) => {
    if (APPROACHES.every((x) => o.ruledOut[x].length > 0)) return "every approach ruled out";
  },
};

function leafFacts(c: Clause): string[] {
  return "all" in c ? c.all.flatMap(leafFacts) : "any" in c ? c.any.flatMap(leafFacts) : [c.fact];
}

/** The factorisation's premise, on the rule data: a brand can only ever raise a conflict. */
export function brandReadingRules(): RuleDef[] {
  return (ruleset as readonly RuleDef[]).filter((r) =>
    leafFacts(r.when).some((f) => f === "idp" || f === "providerIntrospection"),
  );
}

/** How many test files share the factorised space. */
export const SPACE_PARTS = 4;

export function describeSpacePart(part: number) {
  if (part === 1) {
    it("brands within a role are interchangeable: no rule that decides the approach or an add-on reads the brand", () => {
      for (const rule of brandReadingRules())
        for (const e of rule.effects) expect(e.kind, rule.id).toBe("conflict");
      // The rules read the role (derived from idp and tokens), and the role is a function of the answers.
      for (const idp of valuesOf("idp"))
        for (const tokens of valuesOf("tokens"))
          expect(idpRole({ idp, tokens })).toBe(
            idp === "own"
              ? "own"
              : (PLATFORMS as readonly string[]).includes(idp)
                ? "platform"
                : idp === "proxy"
                  ? "proxy"
                  : tokens === "provider"
                    ? "token-issuer"
                    : "sign-in",
          );
    });
    it("SAMPLED (one in 997 of the factorised space): outcomeOf agrees with the full evaluation it stands for", () => {
      let i = 0;
      for (const a of factorisedSpace()) {
        if (i++ % 997 !== 0) continue;
        const d = decide(a);
        const o = outcomeOf(a);
        expect([o.approach, o.addOns, o.conflicts, o.notes, o.findOut, o.confidence]).toEqual([
          d.approach,
          d.addOns,
          d.conflicts,
          d.notes,
          d.findOut,
          d.confidence,
        ]);
      }
    }, 600_000);
    it("the factorised space is counted exactly", () => {
      let n = 0;
      for (const _ of factorisedSpace()) n++;
      expect(n).toBe(FACTORISED_SIZE);
      console.log(
        `answer space: ${CANONICAL_SIZE} distinct answer sets (every brand; skipped questions at their default); ${FACTORISED_SIZE} checked, one brand per role`,
      );
    });
  }
  it(`principles 2–16 hold for every answer set of part ${part}/${SPACE_PARTS} of the factorised space (${FACTORISED_SIZE} in all)`, () => {
    const started = performance.now();
    const failures: Record<string, string[]> = {};
    const byApproach: Partial<Record<string, number>> = {};
    let i = 0;
    let checked = 0;
    for (const a of factorisedSpace()) {
      if (i++ % SPACE_PARTS !== part - 1) continue;
      checked++;
      const o = outcomeOf(a);
      byApproach[o.approach] = (byApproach[o.approach] ?? 0) + 1;
      for (const [name, check] of Object.entries(outcomePrinciples)) {
        const problem = check(a, o);
        if (problem) {
          const list = (failures[name] ??= []);
          if (list.length < 5)
            list.push(`${problem}: ${new URLSearchParams(a as never).toString()}`);
        }
      }
    }
    console.log(
      `principles (outcomes): ${checked} answer sets of part ${part}/${SPACE_PARTS} in ${((performance.now() - started) / 1000).toFixed(1)} s; ${JSON.stringify(byApproach)}`,
    );
    expect(failures).toEqual({});
  }, 1_800_000);
}
