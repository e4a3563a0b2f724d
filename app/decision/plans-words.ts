// The words a result page puts under the approach's name, and which guide checklist it shows, where the
// approach family's general words would not be true for the answers (SPEC principles 12 and 16):
// - "machines": an access-refresh result whose only client is other organisations' servers gets no refresh
//   token (RFC 6749 §4.4.3), so it is named as OAuth access tokens for machines;
// - "proxy": a stateless-token result behind an identity-aware proxy: the proxy's assertion, nothing the app issues;
// - "provider": an access-refresh result whose tokens come from an auth platform or the team's OpenID provider;
// - "eventual": a session whose store is only eventually consistent cannot promise an immediate logout.
// Pure: read from the decision (its plans and reasons) and, for the store, the answers.
import type { Decision } from "./evaluate";
import { eventualStore } from "./plans";
import type { Answers, Lang, Localized } from "./questions";

export type GuideVariant = "machines" | "proxy" | "provider";
export type WordsVariant = GuideVariant | "eventual";

type Shown = Pick<Decision, "approach" | "perClient" | "reasons">;

const fired = (d: Shown, rule: string) => d.reasons.some((r) => r.rule === rule);

/** Which variant of the approach's guide (its checklist) is true for this decision, if any. */
export function guideVariant(d: Shown): GuideVariant | undefined {
  const clients = Object.keys(d.perClient);
  if (d.approach === "access-refresh" && clients.length > 0 && clients.every((c) => c === "service"))
    return "machines";
  if (d.approach === "stateless-token" && fired(d, "proxy-authenticates-every-request")) return "proxy";
  if (
    d.approach === "access-refresh" &&
    (fired(d, "platform-keeps-the-session") || fired(d, "provider-issues-tokens"))
  )
    return "provider";
  return undefined;
}

export interface ApproachWords {
  name: Localized;
  summary: Localized;
  tradeOff: Localized;
}

const L = (en: string, ja: string): Localized => ({ en, ja });

const WORDS: Partial<Record<WordsVariant, Partial<ApproachWords>>> = {
  machines: {
    name: L("OAuth access tokens for machines", "マシン向けの OAuth アクセストークン"),
    summary: L(
      "Short-lived access tokens that other organisations' servers obtain from an authorization server with the client credentials grant; no refresh token (RFC 6749 §4.4.3): a server asks again when its token expires.",
      "取引先のサーバーがクライアントクレデンシャルグラントで認可サーバーから取得する短命なアクセストークンです。リフレッシュトークンはありません（RFC 6749 §4.4.3）。期限が来たらサーバーが取得し直します。",
    ),
    tradeOff: L(
      "A disabled client keeps its current token until it expires unless your API checks tokens by introspection, and the authorization server becomes critical infrastructure.",
      "API がイントロスペクションで確認しない限り、無効にしたクライアントも手元のトークンを期限まで使えます。また、認可サーバーが重要な基盤になります。",
    ),
  },
  proxy: {
    summary: L(
      "The identity-aware proxy signs users in and passes a signed assertion with every request; your app verifies it and keeps no session, and access is revoked at the proxy.",
      "ID 認識型プロキシがログインを受け持ち、リクエストごとに署名付きアサーションを渡します。アプリはそれを検証するだけで自分のセッションを持たず、アクセスの取り消しはプロキシで行います。",
    ),
    tradeOff: L(
      "Every request depends on the proxy; an origin reachable around it, or an assertion checked without its audience or signer, lets anyone in.",
      "すべてのリクエストがプロキシに依存します。プロキシを迂回してオリジンに届く経路や、オーディエンス（aud）や署名者を確かめないアサーションの検証があれば、誰でも入れてしまいます。",
    ),
  },
  eventual: {
    summary: L(
      "A random, opaque session ID in a cookie (or in the OS keystore for native apps) with the session kept in a shared store. Logout and revocation take effect once the store's deletion reaches every location, after its propagation delay.",
      "推測できないランダムなセッションIDを Cookie（ネイティブアプリでは OS のキーストア）に置き、セッションは共有ストアに保持します。ログアウトや失効は、ストアの削除が伝播の遅れを経てすべての拠点に届いた時点で反映されます。",
    ),
  },
};

/** The variant of the words under the approach's name, if the general words would not be true. */
export function wordsVariant(d: Shown, answers?: Answers): WordsVariant | undefined {
  const g = guideVariant(d);
  if (g === "machines" || g === "proxy") return g;
  if (d.approach === "server-session" && answers && eventualStore(answers)) return "eventual";
  return undefined;
}

interface Words {
  name: string;
  summary: string;
  tradeOff: string;
}

/**
 * The approach's name, summary and trade-off in `lang` as a result page shows them: the dictionary's general
 * words for the approach (`general`), with those a variant replaces.
 */
export function approachWords(d: Shown, lang: Lang, general: Words, answers?: Answers): Words {
  const variant = wordsVariant(d, answers);
  const over = variant ? WORDS[variant] : undefined;
  return {
    name: over?.name?.[lang] ?? general.name,
    summary: over?.summary?.[lang] ?? general.summary,
    tradeOff: over?.tradeOff?.[lang] ?? general.tradeOff,
  };
}
