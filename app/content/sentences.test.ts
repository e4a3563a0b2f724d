// SPEC principle 16 (every sentence is true for the answers it stands next to) and principle 13 (one value per
// thing), as properties over the answer space: for every answer set, collect every sentence its decision page
// shows in each language — plans and their provider lines, why-nots, reasons, conflicts, the approach's and
// add-ons' words, the guides' checklists, the cited argument cards, the stack notes — and check each class of
// mistake.
//
// Ruleset 3's space (5.2 million answer sets) is too large to render page by page, so the properties run over a
// factorised space that is stated, not sampled (see `factorisedSpace`): every value of every key, in every
// combination with the keys the plan sentences read.
// The same walk checks SPEC's principles about whole decisions (1, 5, 6, 8: plans, counterfactuals, honest
// reasons) on every set of the factorisation, beside the one-in-1,009 sample of the product space that
// app/decision/principles-*.test.ts checks.
// Needs the compiled manifest (npx tsx scripts/build-content.ts), as the server does.
import { evaluateDecision, type Answers, type Decision, type Lang } from "~/decision";
import { baseline, idleTimeout, absoluteTimeout } from "~/decision/baseline";
import { eventualStore } from "~/decision/plans";
import { assuranceOf, roleOf } from "~/decision/plan-provider";
import { providerTable } from "~/decision/providers";
import { valuesOf } from "~/decision/questions";
import { glossaryHits } from "~/i18n/glossary";
import { wholeDecisionProblems } from "~/decision/principles.test.suite";
import { pageSentences } from "./page-sentences.server";

const FIRST_PARTY = ["browser", "spa", "native", "cli"] as const;

const has = (a: Answers, c: string) => (a.clients as readonly string[]).includes(c);
const storeReachable = (a: Answers) => a.deploy === "single" || a.store !== "no";
const firstPartyKinds = (a: Answers) => FIRST_PARTY.filter((c) => has(a, c)).length;
const collect = (sentences: string[], pattern: RegExp) =>
  new Set(sentences.flatMap((s) => [...s.matchAll(pattern)].map((m) => m[1]!)));

/**
 * A Japanese sentence that ends in a plain form (…する。…ない。…だ。) where the page speaks in です・ます.
 * Only what ends in 。 is a sentence: titles and labels ("…を扱う" as a heading) are not.
 */
function plainEnding(text: string): string | undefined {
  for (const raw of text.split("。").slice(0, -1)) {
    const sentence = raw.trim().replace(/[）」』]+$/, "");
    if (sentence === "" || /(?:です|ます|ません|ました|でした|ください|しょう)$/.test(sentence))
      continue;
    if (/(?:[るたうくすつむぶぐだ]|ない|しい)$/.test(sentence)) return `${sentence}。`;
  }
  return undefined;
}

type Check = (a: Answers, d: Decision, page: Record<Lang, string[]>) => string | undefined;

const first = (sentences: string[], pattern: RegExp) => sentences.find((s) => pattern.test(s));

/** Each class of mistake: a name and a check that returns the offending sentence, or nothing. */
const properties: Record<string, Check> = {
  // Partners alone are served by an authorization server, which keeps its grants in its own database.
  "no deny list where no store is reachable": (a, _d, page) => {
    if (storeReachable(a) || firstPartyKinds(a) === 0) return undefined;
    return first(page.en, /deny ?list/i) ?? first(page.ja, /失効リスト/);
  },
  'no "no authorization server needed" beside the partners\' authorization server': (
    _a,
    d,
    page,
  ) => {
    if (!d.addOns.includes("oauth-server")) return undefined;
    return (
      first(
        page.en,
        /(?:do not call for|need no|no) (?:an )?authorization server(?! for your own)/i,
      ) ?? first(page.ja, /(?<!自社ユーザー向けの)認可サーバーは(?:必要ありません|不要)/)
    );
  },
  "no OAuth tokens in a BFF that holds a session": (_a, d, page) => {
    if (!d.addOns.includes("bff") || d.approach === "access-refresh") return undefined;
    return (
      first(
        page.en,
        /(?:BFF|backend-for-frontend)[^.]*(?:(?:keeps?|holds?|stores?)[^.]*(?:access|refresh) tokens|OAuth client)/i,
      ) ??
      first(
        page.ja,
        /BFF[^。]*(?:(?:アクセストークン|リフレッシュトークン)[^。]*(?:保持|持ち|置き)|OAuth)/,
      )
    );
  },
  "a why-not never calls one kind of client several": (a, _d, page) => {
    if (firstPartyKinds(a) > 1) return undefined;
    return (
      first(page.en, /several kinds of client|yours are several/i) ??
      first(page.ja, /複数種類のクライアント|複数あるなら/)
    );
  },
  "one SameSite value per page, the table's": (_a, _d, page) => {
    const values = collect([...page.en, ...page.ja], /SameSite[=\s(]*(Strict|Lax|None)\b/g);
    const other = [...values].filter((v) => v !== baseline.sameSite);
    return other.length > 0 ? `SameSite ${[...values].join(" and ")}` : undefined;
  },
  "one session-ID size per page, the table's": (_a, _d, page) => {
    const bits = collect(
      [...page.en, ...page.ja].filter((s) =>
        /session ID|entropy|セッションID|エントロピー/i.test(s),
      ),
      /(\d+)\s*(?:bits|ビット)/g,
    );
    const other = [...bits].filter((b) => b !== String(baseline.sessionIdBits));
    return other.length > 0 ? `session IDs of ${[...bits].join(" and ")} bits` : undefined;
  },
  "idle and absolute timeouts are the table's for the answered assurance": (a, _d, page) => {
    const idle = collect(page.en, /idle(?: timeout)?[^.;]*?(\d+(?:–\d+)? minutes)/gi);
    const absolute = collect(
      page.en,
      /absolute(?: timeouts?| limit)?[^.;]*?(\d+(?:–\d+)? hours)/gi,
    );
    const level = assuranceOf(a);
    const wrongIdle = [...idle].filter((v) => v !== idleTimeout(level).en);
    const wrongAbsolute = [...absolute].filter((v) => v !== absoluteTimeout(level).en);
    if (wrongIdle.length > 0) return `idle ${[...idle].join(" and ")}`;
    if (wrongAbsolute.length > 0) return `absolute ${[...absolute].join(" and ")}`;
    const idleJa = collect(page.ja, /アイドルタイムアウト[^。]*?(\d+(?:〜\d+)? 分)/g);
    const wrongJa = [...idleJa].filter((v) => v !== idleTimeout(level).ja);
    return wrongJa.length > 0 ? `idle (ja) ${[...idleJa].join(" and ")}` : undefined;
  },
  "no promise of back-channel logout: it is conditional on the provider, and never reaches a stateless token":
    (_a, d, page) => {
      const promise =
        first(page.en, /back-channel logout ends/i) ??
        first(page.ja, /バックチャネルログアウトで[^。]*すべて終わらせ/);
      if (promise) return promise;
      if (d.approach !== "stateless-token") return undefined;
      // The provider's own sourced lines state what it offers; the plan's words must not promise it here.
      const facts = new Set(
        Object.values(d.perClient).flatMap((p) =>
          (p.provider ?? []).map((f) => f.text.en.replace(/`/g, "")),
        ),
      );
      return page.en.find(
        (s) =>
          !facts.has(s) && /back-channel logout/i.test(s) && !/cannot|no back-channel/i.test(s),
      );
    },
  "no back-channel logout claimed for a provider that does not document it": (a, _d, page) => {
    const row = providerTable[a.idp];
    if (row.role !== "openid-provider" && row.role !== "platform") return undefined;
    if (row.singleLogout.status === "fact" && row.singleLogout.value.kind === "back-channel")
      return undefined;
    // Lines may name back-channel logout only as a condition ("where the provider sends one") or as absent.
    return first(
      page.en,
      /back-channel logout (?:is (?:available|supported)|ends|will end)(?![^.]*(?:only|not))/i,
    );
  },
  "a deletion is never immediate in a store that is only eventually consistent": (a, d, page) => {
    if (!eventualStore(a)) return undefined;
    const held = first(
      page.en,
      /ends the moment it is deleted|the next request is refused everywhere|(?<!must )take effect at once|takes effect on the next request\.|(?<!consistent store )ends the login on the next request/i,
    );
    // A gateway or an app whose sessions sit in the team's store: only then is the store's delay the logout's.
    if (held && (d.approach === "server-session" || d.approach === "gateway-token")) return held;
    return first(page.ja, /削除した時点で終わります/);
  },
  "no refresh token for machines (RFC 6749 §4.4.3)": (_a, d) => {
    const plan = d.perClient.service;
    if (!plan) return undefined;
    const lines = [
      plan.summary,
      plan.holds,
      plan.sends,
      plan.lifetime,
      plan.revocation,
      plan.signIn,
    ];
    return lines
      .map((l) => l?.en ?? "")
      .find((s) => /refresh token/i.test(s) && !/no refresh token/i.test(s));
  },
  "no mobile keystore alone where desktop apps or CLIs are meant": (a, d, page) => {
    if (!has(a, "native") && !has(a, "cli")) return undefined;
    const cli = d.perClient.cli;
    const cliLines = cli ? [cli.summary, cli.holds, ...cli.baseline].map((l) => l.en) : [];
    const inCli = cliLines.find((s) => /Android|iOS/.test(s));
    if (inCli) return inCli;
    return page.en.find(
      (s) =>
        /(?:Keychain|iOS)[^.]*(?:or|and) (?:the )?(?:Android )?Keystore/.test(s) &&
        !/Windows|desktop/.test(s),
    );
  },
  "no session of the app's own behind an identity-aware proxy": (a, d) => {
    if (roleOf(a) !== "proxy") return undefined;
    const web = d.perClient.browser ?? d.perClient.spa;
    if (!web) return undefined;
    return [web.summary, web.holds, web.revocation]
      .map((l) => l.en)
      .find((s) => /session (?:ID|lives)|Delete the session|renewed at your origin/i.test(s));
  },
  // Principle 12: every client kind gets a sign-in path that fits it (E28: a desktop app with the team's own login).
  "every app and tool has a sign-in path": (_a, d) => {
    for (const kind of ["native", "cli"] as const) {
      const plan = d.perClient[kind];
      if (plan && !plan.signIn) return `${kind}: ${plan.summary.en}`;
    }
    return undefined;
  },
  // Fetch standard (CORS): a cross-origin fetch sends cookies only with credentials: "include", and the API must
  // allow that exact origin with Access-Control-Allow-Credentials.
  "an SPA on a sibling subdomain is told how its cookie crosses origins": (a, d) => {
    const plan = d.perClient.spa;
    if (!plan || a.domains !== "same-site" || d.addOns.includes("bff")) return undefined;
    if (!/cookie/i.test(plan.sends.en)) return undefined;
    if (!plan.sends.en.includes('credentials: "include"')) return `spa: ${plan.sends.en}`;
    if (!plan.sends.ja.includes('credentials: "include"')) return `spa: ${plan.sends.ja}`;
    return undefined;
  },
  // RFC 9449 §7.1: a DPoP-bound token travels in an Authorization: DPoP header, never as a plain bearer token.
  "a key-bound token is not sent as a plain bearer token": (_a, d) => {
    if (!d.addOns.includes("sender-constrained")) return undefined;
    for (const kind of ["native", "cli", "service", "third-party"] as const) {
      const sends = d.perClient[kind]?.sends;
      if (sends && /Bearer/.test(sends.en) && !/DPoP/.test(sends.en)) return `${kind}: ${sends.en}`;
    }
    return undefined;
  },
  "behind an identity-aware proxy the app issues no session or token of its own": (a, d) => {
    if (roleOf(a) !== "proxy") return undefined;
    for (const kind of ["browser", "spa", "native", "cli"] as const) {
      const line = d.perClient[kind]?.baseline.find((l) =>
        /Issue a new session ID|enforced on the server/.test(l.en),
      );
      if (line) return `${kind}: ${line.en}`;
    }
    return undefined;
  },
  "where a provider keeps the session, the team's server is not said to enforce its timeouts": (
    a,
    d,
  ) => {
    const role = roleOf(a);
    if (role !== "platform" && role !== "token-issuer") return undefined;
    for (const [kind, plan] of Object.entries(d.perClient)) {
      if ((kind === "browser" || kind === "spa") && d.addOns.includes("bff")) continue;
      const line = plan.baseline.find((l) => /timeouts enforced on the server/.test(l.en));
      if (line) return `${kind}: ${line.en}`;
    }
    return undefined;
  },
  "a provider's tokens: no refresh-token limit the provider does not set, no doubt about a documented lifetime":
    (a, d) => {
      const role = roleOf(a);
      if (role !== "platform" && role !== "token-issuer") return undefined;
      const row = providerTable[a.idp];
      const known =
        "accessTokenLifetime" in row &&
        row.accessTokenLifetime.status === "fact" &&
        row.accessTokenLifetime.value.defaultSeconds !== null;
      for (const plan of Object.values(d.perClient)) {
        const life = plan.lifetime?.en ?? "";
        if (/Refresh token: rotated on use/.test(life) && !/BFF/.test(life)) return life;
        if (known && /not confirmed to be shorter/.test(life)) return life;
      }
      return undefined;
    },
  // RFC 6749 §4.4.3, principle 12: a service-only result is OAuth access tokens for machines, nowhere refresh tokens.
  "a result for machines alone promises them no refresh token and no user's sign-in flow": (
    _a,
    d,
    page,
  ) => {
    const clients = Object.keys(d.perClient);
    if (!(clients.length > 0 && clients.every((c) => c === "service"))) return undefined;
    if (d.approach !== "access-refresh") return undefined;
    return (
      page.en.find(
        (s) =>
          (/refresh tokens?/i.test(s) &&
            // RFC 7009 §3's own summary (cited on two argument cards) says what the standard says, and offers the
            // team nothing.
            !/no refresh token|gets? no refresh token|never|clients acting for a person|Software acting for your users|For public clients|no standard defines; the alternative|cannot be revoked at once without an extra backend check/i.test(
              s,
            )) ||
          /authorization code flow with PKCE for every client/i.test(s),
      ) ?? undefined
    );
  },
  "behind an identity-aware proxy no checklist line tells the app to issue or renew tokens": (
    a,
    _d,
    page,
  ) => {
    if (roleOf(a) !== "proxy") return undefined;
    return (
      first(page.en, /HMAC key|session version|renew the token|renewal re-checks/i) ??
      first(page.ja, /HMAC 鍵|セッションバージョン/)
    );
  },
  "without a backend-for-frontend no line says one keeps the browser's tokens": (a, d, page) => {
    if (d.addOns.includes("bff") || !(has(a, "browser") || has(a, "spa"))) return undefined;
    return first(page.en, /for browsers, the backend-for-frontend/i) ?? undefined;
  },
  "every provider fact cites a registered source, and an unverified line says so": (_a, d) => {
    for (const plan of Object.values(d.perClient))
      for (const fact of plan.provider ?? []) {
        if (fact.status === "fact" && fact.sources.length === 0) return fact.text.en;
        if (fact.status === "unverified" && !/not confirmed/.test(fact.text.en))
          return fact.text.en;
      }
    return undefined;
  },
  "Japanese uses the glossary's terms": (_a, _d, page) => {
    const hit = page.ja.flatMap(glossaryHits)[0];
    return hit ? `${hit.found} → ${hit.use}: ${hit.text}` : undefined;
  },
  "Japanese speaks in one register (です・ます)": (_a, _d, page) =>
    page.ja.map(plainEnding).find((s) => s !== undefined),
};

const ALL = <Q extends Parameters<typeof valuesOf>[0]>(q: Q) => [...valuesOf(q)];

/** Client sets: each kind alone, the browser beside each other kind, the SPA beside apps, and all six. */
const CLIENT_SETS: Answers["clients"][] = [
  ...ALL("clients").map((c) => [c]),
  ...ALL("clients")
    .filter((c) => c !== "browser")
    .map((c) => ["browser", c] as Answers["clients"]),
  ["native", "spa"],
  [...ALL("clients")],
];

const DEPLOY_STORE: Pick<Answers, "deploy" | "store">[] = [
  { deploy: "single", store: "yes" },
  ...(["multi", "edge"] as const).flatMap((deploy) =>
    ALL("store").map((store) => ({ deploy, store })),
  ),
];

const browserFacing = (clients: readonly string[]) =>
  clients.includes("browser") || clients.includes("spa");

/**
 * The factorised space the properties run over. A plan sentence reads the client kind, the decision (approach
 * and add-ons) and the answers idp, tokens, sso, domains, logout, deploy, store and assurance; a client's plan
 * never reads which other clients were answered, only the decision they lead to. So:
 * - part A walks every arch × domains (for browser-facing sets) × sso × logout × deploy/store × client set with
 *   the ruleset-3 keys at their defaults (our own sign-in, standard assurance): how the approach is decided;
 * - part B walks every idp × tokens (where asked) × sso × logout × client set, at one origin, with a monolith
 *   under each assurance on one server, on several with a store and without, and on an eventually consistent
 *   store, plus microservices with a shared store: what the provider's role, the store and assurance say.
 * Client sets are each kind alone, the browser beside each other kind, the SPA with apps, and all six.
 */
function* factorisedSpace(): Generator<Answers> {
  const base = { stack: "other" } as const;
  for (const arch of ALL("arch"))
    for (const sso of ALL("sso"))
      for (const clients of CLIENT_SETS)
        for (const domains of browserFacing(clients) ? ALL("domains") : (["one-origin"] as const))
          for (const logout of ALL("logout"))
            for (const ds of DEPLOY_STORE)
              yield {
                ...base,
                arch,
                domains,
                sso,
                idp: "own",
                tokens: "session",
                clients,
                logout,
                ...ds,
                assurance: "standard",
              } as Answers;
  const B_STORES = DEPLOY_STORE.filter(
    (x) =>
      x.deploy === "single" ||
      (x.deploy === "multi" && x.store !== "unsure") ||
      x.store === "eventual",
  );
  for (const idp of ALL("idp"))
    for (const tokens of providerTable[idp].role === "openid-provider"
      ? ALL("tokens")
      : (["session"] as const))
      for (const sso of ALL("sso"))
        for (const clients of CLIENT_SETS)
          for (const logout of ALL("logout")) {
            const common = { ...base, domains: "one-origin", sso, idp, tokens, clients, logout };
            for (const assurance of ALL("assurance"))
              for (const ds of B_STORES)
                yield { ...common, arch: "monolith", ...ds, assurance } as Answers;
            yield {
              ...common,
              arch: "microservices",
              deploy: "multi",
              store: "yes",
              assurance: "standard",
            } as Answers;
          }
}

/**
 * SENTENCE_STRIDE=n (or `npm run check`'s ANSWER_SPACE_SAMPLE=n) checks every n-th answer set only, and the test's
 * name says SAMPLED; `npm test` checks them all.
 */
const STRIDE =
  Number(process.env.SENTENCE_STRIDE ?? process.env.ANSWER_SPACE_SAMPLE ?? "1") || 1;

describe("every sentence on a decision page is true for its answers, and principles 1, 5, 6 and 8 hold", () => {
  it(`over the factorised ruleset-3 space (every value of every key with the keys plan sentences read)${STRIDE > 1 ? `, SAMPLED: every ${STRIDE}th set` : ""}`, async () => {
    const failures: Record<string, { count: number; examples: string[] }> = {};
    const seen = new Set<string>();
    let index = 0;
    for (const answers of factorisedSpace()) {
      const key = JSON.stringify(answers);
      if (seen.has(key)) continue;
      seen.add(key);
      if (index++ % STRIDE !== 0) continue;
      const d = await evaluateDecision(answers);
      const page = { en: pageSentences(d, "en", answers), ja: pageSentences(d, "ja", answers) };
      // Principles 1, 5, 6 and 8 (plans per client, counterfactuals, honest reasons) over the same space.
      const found: Record<string, string> = await wholeDecisionProblems(answers, d);
      for (const [name, check] of Object.entries(properties)) {
        const problem = check(answers, d, page);
        if (problem) found[name] = problem;
      }
      for (const [name, problem] of Object.entries(found)) {
        const f = (failures[name] ??= { count: 0, examples: [] });
        f.count++;
        if (f.examples.length < 3)
          f.examples.push(
            `${new URLSearchParams(answers as never).toString()}: ${problem.slice(0, 160)}`,
          );
      }
    }
    expect(seen.size).toBeGreaterThan(10_000);
    expect(failures).toEqual({});
  }, 1_800_000);
});
