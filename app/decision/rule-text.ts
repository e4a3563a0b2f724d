// What each rule says, in both languages. Typed by RuleId, so a rule without text does not compile.
// The long-form rationale lives in content/{en,ja}/arguments; these are the one-line explanations.
import type { Localized } from "./questions";
import type { RuleId } from "./ruleset";

export interface RuleText {
  title: Localized;
  /** Why this answer pushes the decision this way. */
  explanation: Localized;
}

export const ruleText: Record<RuleId, RuleText> = {
  "no-microservices": {
    title: {
      en: "No independent services to hand tokens to",
      ja: "トークンを渡す独立したサービスがない",
    },
    explanation: {
      en: "With one application (or a few sharing one store) every request reaches code that can look the session up directly. A self-contained token has nobody to save a lookup for, and a session ID needs no signature because it only names a record on the server.",
      ja: "アプリケーションが 1 つ（または 1 つのストアを共有する少数のサービス）なら、どのリクエストもセッションを直接参照できるコードに届きます。自己完結型トークンで参照を省く相手がいません。セッション ID はサーバー上のレコードを指す名前にすぎないので、署名も不要です。",
    },
  },
  "independent-services": {
    title: {
      en: "Many services verify the user on their own",
      ja: "多数のサービスがそれぞれユーザーを検証する",
    },
    explanation: {
      en: "Independently deployed services cannot all call one session store on every request without coupling them. Verifying a short-lived signed token locally is what a token buys here; OWASP advises exchanging the external credential at the edge for an internal one.",
      ja: "独立してデプロイされるサービスが毎回 1 つのセッションストアを呼ぶと、サービス同士が密結合になります。ここでは短命な署名付きトークンを各サービスで検証できることに価値があります。OWASP は外部の認証情報をエッジで内部用のものに交換することを勧めています。",
    },
  },
  "shared-store-scales-out": {
    title: {
      en: "A shared store already solves scale-out",
      ja: "共有ストアでスケールアウトは解決済み",
    },
    explanation: {
      en: "Every instance can reach the same fast store, so any instance can serve any session. Statelessness would remove a lookup that costs about a millisecond, not a scaling problem.",
      ja: "すべてのインスタンスから同じ高速なストアに届くので、どのインスタンスでもどのセッションでも扱えます。ステートレスにして減らせるのは 1 ミリ秒程度の参照だけで、スケールの問題ではありません。",
    },
  },
  "single-server": {
    title: { en: "One server has nothing to share", ja: "サーバーが 1 台なら共有は不要" },
    explanation: {
      en: "With a single instance its own database or memory is the session store; there is no scale-out problem for a token to solve.",
      ja: "インスタンスが 1 つなら、そのデータベースやメモリがそのままセッションストアになります。トークンで解くべきスケールアウトの問題はありません。",
    },
  },
  "no-shared-store": {
    title: {
      en: "No store that every instance can reach",
      ja: "全インスタンスから届くストアがない",
    },
    explanation: {
      en: "Server-side sessions need a store that every instance reaches, or sticky sessions. Without one, state has to travel with the request: a signed or encrypted token or cookie.",
      ja: "サーバー側セッションには全インスタンスから届くストアか、スティッキーセッションが必要です。それがなければ、状態はリクエストと一緒に運ぶしかありません（署名または暗号化したトークンや Cookie）。",
    },
  },
  "edge-runtime": {
    title: { en: "Code runs far from any store", ja: "コードがストアから遠い場所で動く" },
    explanation: {
      en: "Serverless and edge functions pay a network round trip for every session lookup; verifying a token where the code runs avoids it.",
      ja: "サーバーレスやエッジの関数では、セッションを参照するたびにネットワークの往復が発生します。その場でトークンを検証すれば往復を避けられます。",
    },
  },
  "immediate-revocation": {
    title: { en: "Logout must take effect at once", ja: "ログアウトを即時に反映させる必要がある" },
    explanation: {
      en: "Deleting a session record ends it on the next request. A self-contained token stays valid until it expires unless every check also consults a deny list, which is server state again. A stolen token and a stolen session ID are equally usable; only the session ID can be killed at once.",
      ja: "セッションのレコードを消せば、次のリクエストからそのセッションは使えません。自己完結型トークンは、毎回拒否リストを確認しない限り期限まで有効です（拒否リストはサーバー側の状態そのものです）。盗まれたトークンと盗まれたセッション ID はどちらも同じように使えますが、即座に無効化できるのはセッション ID だけです。",
    },
  },
  "revocation-within-minutes": {
    title: { en: "Logout may take a few minutes", ja: "ログアウトの反映は数分以内でよい" },
    explanation: {
      en: "Access tokens that live a few minutes, renewed with refresh tokens that can be revoked and rotated, bound how long a revoked login keeps working (RFC 7009 §3).",
      ja: "数分で切れるアクセストークンを、失効とローテーションができるリフレッシュトークンで更新すれば、失効後もログインが使える時間に上限を設けられます（RFC 7009 §3）。",
    },
  },
  "revocation-at-expiry": {
    title: { en: "Logout can wait for expiry", ja: "ログアウトは期限切れまで待てる" },
    explanation: {
      en: "If a credential may live until it expires, a short-lived self-contained token needs no server state at all; keep the lifetime short.",
      ja: "認証情報が期限まで有効でよいなら、短命な自己完結型トークンにはサーバー側の状態が一切いりません。有効期間は短く保ってください。",
    },
  },
  "third-party-delegation": {
    title: {
      en: "Other organisations' software acts for your users",
      ja: "他組織のソフトウェアがユーザーに代わって動く",
    },
    explanation: {
      en: "Delegated access is what OAuth exists for: an authorization server issues scoped, short-lived access tokens and revocable refresh tokens. Handing a session cookie to someone else's software is not a delegation protocol.",
      ja: "委任アクセスこそ OAuth の目的です。認可サーバーがスコープ付きの短命なアクセストークンと失効可能なリフレッシュトークンを発行します。セッション Cookie を他社のソフトウェアに渡すのは委任の仕組みではありません。",
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
  "federated-identity": {
    title: {
      en: "Users sign in with outside identity providers",
      ja: "外部の ID プロバイダーでログインする",
    },
    explanation: {
      en: "Sign-in goes through OpenID Connect; the ID token is read once at login and each application then keeps its own session. The token format comes with the protocol, not with your session design.",
      ja: "ログインは OpenID Connect を通します。ID トークンはログイン時に一度読むだけで、その後は各アプリケーションが自分のセッションを持ちます。トークン形式はプロトコルに付いてくるもので、セッション設計とは別の話です。",
    },
  },
  "own-apps-sso": {
    title: { en: "One login across your own apps", ja: "自社アプリ間で 1 回のログイン" },
    explanation: {
      en: "An OpenID Connect provider gives single sign-on; each app still keeps its own session, and back-channel logout ends them all.",
      ja: "OpenID Connect プロバイダーでシングルサインオンを実現できます。各アプリは自分のセッションを持ち続け、バックチャネルログアウトでまとめて終了できます。",
    },
  },
  "cross-site-domains": {
    title: { en: "Several registrable domains", ja: "複数の登録可能ドメイン" },
    explanation: {
      en: "Browsers increasingly block cookies across sites, and a bearer token in JavaScript is exposed to XSS. Sign in on each domain through a redirect to one identity provider, and keep a session per domain.",
      ja: "ブラウザはサイトをまたぐ Cookie をますますブロックし、JavaScript に置いたベアラートークンは XSS にさらされます。各ドメインで 1 つの ID プロバイダーへのリダイレクトでログインし、ドメインごとにセッションを持ってください。",
    },
  },
  "native-clients": {
    title: {
      en: "Native apps store a credential either way",
      ja: "ネイティブアプリはどの方式でも認証情報を保存する",
    },
    explanation: {
      en: "An app must keep whatever it sends, token or session ID, in the Keychain or Keystore. An opaque session token works as a bearer token just as well and stays revocable.",
      ja: "アプリは送るもの（トークンでもセッション ID でも）を Keychain や Keystore に保存する必要があります。不透明なセッショントークンもベアラートークンとして同じように使え、失効もできます。",
    },
  },
  "cross-site-spa": {
    title: { en: "An SPA on another site", ja: "別サイトの SPA" },
    explanation: {
      en: "RFC 10017 ranks a backend-for-frontend first: the SPA's own backend keeps the tokens and the browser holds only an HttpOnly session cookie.",
      ja: "RFC 10017 はバックエンド・フォー・フロントエンド（BFF）を最も安全な形としています。SPA 専用のバックエンドがトークンを持ち、ブラウザは HttpOnly のセッション Cookie だけを持ちます。",
    },
  },
  "cookies-carry-credentials": {
    title: { en: "Browsers send cookies by themselves", ja: "ブラウザは Cookie を自動で送る" },
    explanation: {
      en: "Whenever a cookie carries the credential, every state-changing request needs a CSRF defence; SameSite is a second layer, not the defence.",
      ja: "Cookie で認証情報を運ぶ場合、状態を変えるすべてのリクエストに CSRF 対策が必要です。SameSite は補助的な層であって、対策そのものではありません。",
    },
  },
  "immediate-logout-without-store": {
    title: {
      en: "Immediate logout needs somewhere to record it",
      ja: "即時ログアウトには記録する場所が必要",
    },
    explanation: {
      en: "Ending a login at once means every request checks current state, but no instance can reach a shared store. Provide a store the instances can reach (a managed KV or database near them), or accept logout at expiry with a short lifetime.",
      ja: "ログインを即座に終わらせるには、毎回のリクエストで現在の状態を確認する必要がありますが、共有ストアに届くインスタンスがありません。インスタンスから届くストア（近くに置いたマネージドな KV やデータベース）を用意するか、短い有効期間で期限切れによるログアウトを受け入れてください。",
    },
  },
  "arch-unsure": {
    title: { en: "The backend's shape is not known", ja: "バックエンドの構成が不明" },
    explanation: {
      en: "Whether several services verify users on their own is the biggest single factor; the recommendation assumes neither case.",
      ja: "複数のサービスがそれぞれユーザーを検証するかどうかは、最も大きな判断材料です。この推奨はどちらとも仮定していません。",
    },
  },
  "domains-unsure": {
    title: { en: "The domain layout is not known", ja: "ドメイン構成が不明" },
    explanation: {
      en: "Cookies work within one site; several registrable domains need redirect-based sign-in.",
      ja: "Cookie は 1 つのサイト内で機能します。登録可能ドメインが複数あれば、リダイレクトによるログインが必要です。",
    },
  },
  "store-unsure": {
    title: {
      en: "Whether a shared store is reachable is not known",
      ja: "共有ストアに届くかどうかが不明",
    },
    explanation: {
      en: "Server-side sessions on several instances depend on a store that all of them reach with low latency.",
      ja: "複数インスタンスでのサーバー側セッションは、全インスタンスから低遅延で届くストアがあるかどうかにかかっています。",
    },
  },
  "stateless-needs-denylist": {
    title: {
      en: "Stateless tokens need a deny list to end early",
      ja: "ステートレストークンを早く終わらせるには拒否リストが必要",
    },
    explanation: {
      en: "To end a token before it expires, record its id (`jti` with its issuer) in a deny list that every check consults, or keep lifetimes within the logout window.",
      ja: "期限前にトークンを終わらせるには、その ID（発行者付きの `jti`）を拒否リストに記録し、毎回の検証で確認するか、有効期間をログアウトの許容時間内に収めてください。",
    },
  },
  "native-sign-in-with-pkce": {
    title: {
      en: "Native apps sign in through the system browser",
      ja: "ネイティブアプリはシステムブラウザでログインする",
    },
    explanation: {
      en: "RFC 8252: native apps use the authorization code flow with PKCE in the system browser, never an embedded web view, and keep tokens in the platform keystore.",
      ja: "RFC 8252 に従い、ネイティブアプリはシステムブラウザで PKCE 付きの認可コードフローを使い、埋め込み WebView は使いません。トークンはプラットフォームのキーストアに保存します。",
    },
  },
  "native-sign-in-through-idp": {
    title: {
      en: "Native apps sign in with the identity provider",
      ja: "ネイティブアプリは ID プロバイダーでログインする",
    },
    explanation: {
      en: "When sign-in goes through OpenID Connect, the native app uses the system browser with PKCE and then receives its own revocable session token.",
      ja: "ログインが OpenID Connect を通る場合、ネイティブアプリはシステムブラウザで PKCE を使い、その後に自分専用の失効可能なセッショントークンを受け取ります。",
    },
  },
};
