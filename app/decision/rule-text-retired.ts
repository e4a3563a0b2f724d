// Rules that earlier ruleset versions had and today's does not. Saved records keep the reasons they were
// saved with, so their words stay here, unchanged, for those records to show.
import type { RuleText } from "./rule-text";

export const RETIRED_RULE_IDS = [
  "third-party-delegation",
  "edge-runtime",
  "third-party-and-immediate-logout",
  "cross-site-domains",
  "native-clients",
  "stateless-needs-denylist",
  "one-issuer-for-many-clients",
] as const;
export type RetiredRuleId = (typeof RETIRED_RULE_IDS)[number];

export const retiredRuleText: Record<RetiredRuleId, RuleText> = {
  "third-party-delegation": {
    title: {
      en: "Other organisations' software acts for your users",
      ja: "他組織のソフトウェアがユーザーに代わって動く",
    },
    explanation: {
      en: "Delegated access is what OAuth exists for: an authorization server issues scoped, short-lived access tokens and revocable refresh tokens. Handing a session cookie to someone else's software is not a delegation protocol.",
      ja: "委任アクセスこそ OAuth の目的です。認可サーバーがスコープ付きの短命なアクセストークンと失効可能なリフレッシュトークンを発行します。セッション Cookie を他組織のソフトウェアに渡すのは委任の仕組みではありません。",
    },
  },
  "edge-runtime": {
    title: { en: "Code runs far from any store", ja: "コードがストアから遠い場所で動く" },
    explanation: {
      en: "Serverless and edge functions pay a network round trip for every session lookup; verifying a token where the code runs avoids it.",
      ja: "サーバーレスやエッジの関数では、セッションを参照するたびにネットワークの往復が発生します。その場でトークンを検証すれば往復を避けられます。",
    },
  },
  "third-party-and-immediate-logout": {
    title: {
      en: "Delegated tokens and immediate logout pull apart",
      ja: "委任トークンと即時ログアウトは両立しにくい",
    },
    explanation: {
      en: "A JWT access token stays valid until it expires. To stop third-party access at once, issue opaque access tokens that resource servers check by introspection (RFC 7662), or keep JWT lifetimes to a few minutes and revoke the refresh token.",
      ja: "JWT のアクセストークンは期限まで有効です。第三者のアクセスを即座に止めるには、リソースサーバーがイントロスペクション（RFC 7662）で確認する不透明なアクセストークンを使うか、JWT の有効期間を数分に抑えてリフレッシュトークンを失効させてください。",
    },
  },
  "cross-site-domains": {
    title: { en: "Several registrable domains", ja: "複数の登録可能ドメイン" },
    explanation: {
      en: "Browsers increasingly block cookies across sites, and a bearer token in JavaScript is exposed to XSS. Sign in on each domain through a redirect to one identity provider, and keep a session per domain.",
      ja: "ブラウザはサイトをまたぐ Cookie をますますブロックし、JavaScript に置いたベアラートークンは XSS にさらされます。各ドメインで 1 つの IDプロバイダーへのリダイレクトでログインし、ドメインごとにセッションを持ってください。",
    },
  },
  "native-clients": {
    title: {
      en: "Native apps store a credential either way",
      ja: "ネイティブアプリはどの方式でも認証情報を保存する",
    },
    explanation: {
      en: "An app must keep whatever it sends, token or session ID, in the Keychain or Keystore. An opaque session token works as a bearer token just as well and stays revocable.",
      ja: "アプリは送るもの（トークンでもセッションID でも）を Keychain や Keystore に保存する必要があります。不透明なセッショントークンもベアラートークンとして同じように使え、失効もできます。",
    },
  },
  "stateless-needs-denylist": {
    title: {
      en: "Stateless tokens need a deny list to end early",
      ja: "ステートレストークンを早く終わらせるには失効リストが必要",
    },
    explanation: {
      en: "To end a token before it expires, record its ID (the jti claim, with its issuer) in a deny list that every check consults, or keep lifetimes within the logout window. A jti list only works for tokens that are never re-issued; sessions that renew need a per-user session version checked at each renewal.",
      ja: "期限前にトークンを終わらせるには、その ID（発行者付きの jti クレーム）を失効リストに記録して毎回の検証で確認するか、有効期間をログアウトの許容時間内に収めてください。jti の一覧が使えるのは再発行されないトークンだけです。更新されるセッションには、更新のたびに確認するユーザーごとのセッション世代番号が必要です。",
    },
  },
  "one-issuer-for-many-clients": {
    title: {
      en: "Many services called from apps, single-page apps or several sites; logout need not be immediate",
      ja: "アプリや SPA、複数のサイトから多数のサービスを呼び、ログアウトは即時でなくてよい",
    },
    explanation: {
      en: "With apps, single-page apps or several sites calling many services, one authorization server can serve them all: short-lived access tokens that each service verifies itself, and refresh tokens that end a login within the access token's lifetime. Your logout answer allows that lifetime.",
      ja: "アプリや SPA、複数のサイトが多数のサービスを呼ぶなら、1 つの認可サーバーでまとめて扱えます。各サービスが自分で検証できる短命なアクセストークンと、アクセストークンの有効期間内にログインを終わらせられるリフレッシュトークンです。ログアウトの回答はその有効期間を許容しています。",
    },
  },
};
