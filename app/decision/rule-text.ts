// What each rule says, in both languages. Typed by RuleId, so a rule without text does not compile.
// The explanation argues for what the rule supports (its approach or add-on), because that is what it is shown
// next to; `whyNot` says, for each approach the rule rules out, why in one sentence. The long-form rationale
// lives in content/{en,ja}/arguments.
import type { Approach } from "./outcomes";
import type { Localized } from "./questions";
import { retiredRuleText, type RetiredRuleId } from "./rule-text-retired";
import type { RuleId } from "./ruleset";

export interface RuleText {
  title: Localized;
  /** Why this answer pushes the decision this way. */
  explanation: Localized;
  /** For each approach the rule rules out: why, in one sentence. */
  whyNot?: Partial<Record<Approach, Localized>>;
}

const current: Record<RuleId, RuleText> = {
  "partners-only": {
    title: {
      en: "Only partners' software calls your API",
      ja: "API を呼ぶのは取引先のソフトウェアだけ",
    },
    explanation: {
      en: "Your product is the API, and every caller is someone else's software acting for your users. Delegated access is what OAuth 2 was made for: an authorization server registers each partner, asks the user's consent, issues short-lived access tokens with scopes and refresh tokens that can be revoked grant by grant.",
      ja: "プロダクトそのものが API で、呼び出し元はすべてユーザーの代わりに動く他組織のソフトウェアです。委任アクセスは OAuth 2 が想定している用途そのものです。認可サーバーが取引先を登録し、ユーザーの同意を得て、スコープ付きの短命なアクセストークンと、グラントごとに失効できるリフレッシュトークンを発行します。",
    },
    whyNot: {
      "server-session": {
        en: "No user of yours signs in on a client of yours: partners need scoped, revocable, delegated access, which a session cookie is not.",
        ja: "自社のクライアントでログインするユーザーがいません。取引先に必要なのはスコープ付きで失効できる委任アクセスで、セッション Cookie はその仕組みではありません。",
      },
      "gateway-token": {
        en: "There is no first-party session at an edge to exchange: partners need OAuth grants of their own.",
        ja: "エッジで交換する自社のセッションがありません。取引先には独自の OAuth のグラントが必要です。",
      },
      "stateless-token": {
        en: "A home-made signed token is not a delegation protocol: partners need registration, consent, scopes and revocation per grant.",
        ja: "自作の署名付きトークンは委任の仕組みではありません。取引先には登録、同意、スコープ、グラントごとの失効が必要です。",
      },
    },
  },
  "no-microservices": {
    title: {
      en: "No independent services to hand tokens to",
      ja: "トークンを渡す独立したサービスがない",
    },
    explanation: {
      en: "With one application (or a few services sharing one store) every request reaches code that can look the session up directly. A self-contained token would save a lookup for nobody, and a session ID needs no signature: it only names a record on the server.",
      ja: "アプリケーションが 1 つ（または 1 つのストアを共有する少数のサービス）なら、どのリクエストもセッションを直接参照できるコードで処理されます。自己完結型トークンで参照を省いて得をする相手がいません。セッションID はサーバー上のレコードを指す名前にすぎないので、署名も要りません。",
    },
    whyNot: {
      "gateway-token": {
        en: "No independently deployed services verify users, so a gateway would mint internal tokens for nobody.",
        ja: "独立してデプロイされ、それぞれユーザーを検証するサービスがないので、ゲートウェイが内部トークンを発行しても使う先がありません。",
      },
      "access-refresh": {
        en: "Your own clients talk to one application: an authorization server with access and refresh tokens adds moving parts and gives them nothing a session does not.",
        ja: "自社のクライアントがやり取りするのは 1 つのアプリケーションです。アクセストークンとリフレッシュトークンを扱う認可サーバーは部品を増やすだけで、セッションにない利点をもたらしません。",
      },
    },
  },
  "arch-unsure-read-as-one-app": {
    title: {
      en: "Not sure about microservices: read as one application",
      ja: "マイクロサービスか不明なので、1 つのアプリケーションとして扱う",
    },
    explanation: {
      en: "Until you know that several independently deployed services verify users on their own, the simpler reading holds: one application, or a few services sharing one store, where a server-side session is the plain answer. The find-out step below shows what would change.",
      ja: "独立してデプロイされる複数のサービスがそれぞれユーザーを検証すると分かるまでは、単純な読み方をとります。アプリケーションが 1 つ（または 1 つのストアを共有する少数のサービス）なら、サーバー側セッションが素直な答えです。変わる場合は下の「確認すべきこと」に示します。",
    },
    whyNot: {
      "gateway-token": {
        en: "Read as the simpler case until you know you run microservices: a gateway only pays off with independently deployed services.",
        ja: "マイクロサービスだと分かるまでは単純な構成として扱います。ゲートウェイが役に立つのは独立したサービスがある場合だけです。",
      },
      "access-refresh": {
        en: "Read as the simpler case until you know more: an authorization server for your own clients only pays off with many services.",
        ja: "分かるまでは単純な構成として扱います。自社クライアント向けの認可サーバーが役に立つのは、サービスが多数ある場合です。",
      },
    },
  },
  "independent-services": {
    title: {
      en: "Many services verify the user on their own",
      ja: "多数のサービスがそれぞれユーザーを検証する",
    },
    explanation: {
      en: "Independently deployed services should not all call one session store on every request. OWASP's microservices guidance puts the session check at the edge: a gateway looks up the opaque session once and hands each service a short-lived signed token it verifies locally.",
      ja: "独立してデプロイされるサービスが、リクエストのたびに 1 つのセッションストアを呼ぶべきではありません。OWASP のマイクロサービス向けガイドは、セッションの確認をエッジで行う形を示しています。ゲートウェイが不透明なセッションを 1 回だけ参照し、各サービスにはその場で検証できる短命な署名付きトークンを渡します。",
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
  "shared-store-scales-out": {
    title: {
      en: "A shared store already solves scale-out",
      ja: "共有ストアでスケールアウトは解決済み",
    },
    explanation: {
      en: "Every instance can reach the same fast store, so any instance can look up any session, in the application or at a gateway. Going stateless would save a lookup of about a millisecond; it would not solve a scaling problem.",
      ja: "すべてのインスタンスから同じ高速なストアを参照できるので、アプリケーションでもゲートウェイでも、どのインスタンスからでもセッションを引けます。ステートレスにして省けるのは 1 ミリ秒程度の参照だけで、スケールの問題を解くものではありません。",
    },
  },
  "store-unsure-read-as-reachable": {
    title: {
      en: "Not sure about a shared store: read as reachable",
      ja: "共有ストアがあるか不明なので、あるものとして扱う",
    },
    explanation: {
      en: "Most teams running several instances already have a store they all reach: the database they share. The result assumes it, so a server-side session can be looked up from any instance; check it before you build (see what to find out).",
      ja: "複数のインスタンスを動かすチームの多くは、全インスタンスが参照できるストアをすでに持っています（共有しているデータベースです）。この結果はそれを前提に、どのインスタンスからもサーバー側セッションを引けるものとしています。作り始める前に確認してください（「確認すべきこと」を参照）。",
    },
  },
  "single-server": {
    title: { en: "One server has nothing to share", ja: "サーバーが 1 台なら共有するものがない" },
    explanation: {
      en: "With a single instance its own database or memory is the session store; there is no scale-out problem for a token to solve.",
      ja: "インスタンスが 1 つなら、そのデータベースやメモリがそのままセッションストアになります。トークンで解くべきスケールアウトの問題はありません。",
    },
  },
  "no-shared-store": {
    title: {
      en: "No store that every instance can reach",
      ja: "全インスタンスから参照できるストアがない",
    },
    explanation: {
      en: "Without a store that every instance reaches, the state has to travel with the request: a short-lived signed (or encrypted) token in a cookie. It is renewed at your origin at most once per logout window, and each renewal re-checks the user in the user database (a per-user session version), so a ban or a password change takes effect within that window.",
      ja: "全インスタンスから参照できるストアがなければ、状態はリクエストと一緒に運ぶしかありません。Cookie に入れた短命な署名付き（または暗号化した）トークンです。更新はログアウトの許容時間ごとに多くても 1 回オリジンで行い、そのたびにユーザーデータベースでユーザーを確認し直します（ユーザーごとのセッション世代番号）。これで利用停止やパスワード変更は許容時間内に反映されます。",
    },
    whyNot: {
      "server-session": {
        en: "Server-side sessions need a store that every instance reaches on every request, and you have none.",
        ja: "サーバー側セッションには、全インスタンスがリクエストごとに参照できるストアが必要ですが、それがありません。",
      },
      "gateway-token": {
        en: "A gateway's session lookup needs a shared store too.",
        ja: "ゲートウェイでのセッション参照にも共有ストアが必要です。",
      },
      "access-refresh": {
        en: "Refresh tokens must be stored, rotated and checked: the store you do not have.",
        ja: "リフレッシュトークンは保存し、ローテーションし、確認する必要があります。そのためのストアがありません。",
      },
    },
  },
  "immediate-revocation": {
    title: { en: "Logout must take effect at once", ja: "ログアウトを即時に反映させる必要がある" },
    explanation: {
      en: "Deleting a session record ends the login on the next request, whether the application or a gateway looks it up. A stolen session ID and a stolen token are equally usable; only the one checked against server state on every request can be ended at once.",
      ja: "セッションのレコードを消せば、アプリケーションが参照していてもゲートウェイが参照していても、次のリクエストからそのログインは使えません。盗まれたセッションID と盗まれたトークンはどちらも同じように使えますが、すぐに止められるのは、毎回サーバー側の状態と照合するほうだけです。",
    },
    whyNot: {
      "stateless-token": {
        en: "A self-contained token stays valid until it expires; ending it at once needs a check against server state on every request, which is a session again.",
        ja: "自己完結型トークンは期限まで有効です。すぐに止めるには毎回サーバー側の状態と照合する必要があり、それはセッションと変わりません。",
      },
    },
  },
  "revocation-within-minutes": {
    title: { en: "Logout may take a few minutes", ja: "ログアウトの反映は数分以内でよい" },
    explanation: {
      en: "A login may outlive a logout by a few minutes, so a credential that lives a few minutes and is renewed against current state is enough: a short-lived token re-checked at each renewal, or an access token renewed with a revocable refresh token (RFC 7009).",
      ja: "ログアウト後もログインが数分残ってよいなら、数分で切れ、更新のたびに現在の状態で確認し直す認証情報で足ります。更新ごとに確認し直す短命なトークンか、失効できるリフレッシュトークン（RFC 7009）で更新するアクセストークンです。",
    },
  },
  "revocation-at-expiry": {
    title: { en: "Logout can wait for expiry", ja: "ログアウトは期限切れまで待てる" },
    explanation: {
      en: "If a login may last until its credential expires, a short-lived self-contained token needs no server state to check; keep its lifetime short.",
      ja: "認証情報の期限までログインが続いてよいなら、短命な自己完結型トークンは照合のためのサーバー側の状態を必要としません。有効期間は短く保ってください。",
    },
  },
  "immediate-logout-without-store": {
    title: {
      en: "Immediate logout needs somewhere to record it",
      ja: "即時ログアウトには記録する場所が必要",
    },
    explanation: {
      en: "Ending a login at once means every request checks current state, but you said no store is reachable from every instance. The recommendation assumes you add one (a managed key-value store or database near the instances); otherwise accept logout within minutes and renew short-lived tokens against the user database.",
      ja: "ログインをすぐに終わらせるには毎回のリクエストで現在の状態を確認する必要がありますが、全インスタンスから参照できるストアはないとの回答でした。この推奨はストアを追加する前提です（インスタンスの近くに置くマネージドな KV ストアやデータベース）。追加しないなら、ログアウトの反映は数分以内とし、短命なトークンをユーザーデータベースで確認しながら更新してください。",
    },
  },
  "authorization-server-without-store": {
    title: {
      en: "Partners' grants need a store of their own",
      ja: "取引先のグラントには専用の保存場所が必要",
    },
    explanation: {
      en: "An authorization server keeps client registrations, grants and refresh tokens, and revokes them one by one. With no store that your instances share, run it as a hosted service or give it a database of its own.",
      ja: "認可サーバーはクライアントの登録、グラント、リフレッシュトークンを保存し、1 つずつ失効させます。インスタンス間で共有するストアがないなら、ホスティング型の認可サーバーを使うか、専用のデータベースを用意してください。",
    },
  },
  "spa-on-one-origin": {
    title: {
      en: "An SPA on another site, yet everything on one origin",
      ja: "別サイトの SPA と、すべて同一オリジンという回答",
    },
    explanation: {
      en: "Both cannot be true. If the single-page app is served from the same origin as its API, it is one of your web pages: the result treats it so (cookie session, no backend-for-frontend). If it lives on another site, answer the domains question again.",
      ja: "この 2 つは同時には成り立ちません。SPA が API と同じオリジンから配信されているなら、それは自社の Web ページの一部です。結果ではそのように扱います（Cookie のセッション、BFF なし）。別のサイトにあるなら、ドメインの質問に答え直してください。",
    },
  },
  "arch-unsure": {
    title: {
      en: "Find out whether services verify users on their own",
      ja: "サービスがそれぞれユーザーを検証するかを確認する",
    },
    explanation: {
      en: "Whether several independently deployed services verify users is the answer that moves the recommendation most.",
      ja: "独立してデプロイされる複数のサービスがそれぞれユーザーを検証するかどうかは、推奨を最も大きく左右する回答です。",
    },
  },
  "domains-unsure": {
    title: {
      en: "Find out where the browser-facing parts live",
      ja: "ブラウザ向けの部分の配置を確認する",
    },
    explanation: {
      en: "Cookies work within one site; several registrable domains need a sign-in per domain or redirect-based single sign-on.",
      ja: "Cookie は 1 つのサイトの中で機能します。登録可能ドメインが複数あるなら、ドメインごとのログインか、リダイレクトによるシングルサインオンが必要です。",
    },
  },
  "store-unsure": {
    title: {
      en: "Find out whether every instance reaches a shared store",
      ja: "全インスタンスが共有ストアを参照できるかを確認する",
    },
    explanation: {
      en: "Server-side sessions on several instances depend on a store that all of them reach with low latency.",
      ja: "複数インスタンスでのサーバー側セッションは、全インスタンスから低遅延で参照できるストアがあるかどうかにかかっています。",
    },
  },
  "cookies-carry-credentials": {
    title: { en: "Browsers send cookies by themselves", ja: "ブラウザは Cookie を自動で送る" },
    explanation: {
      en: "A cookie carries the browser's credential, so every state-changing request needs a CSRF defence (a token or a checked Origin header); SameSite is a second layer, not the defence.",
      ja: "ブラウザの認証情報は Cookie で運ぶので、状態を変えるすべてのリクエストに CSRF 対策（トークン、または Origin ヘッダーの確認）が必要です。SameSite は補助的な層であって、対策そのものではありません。",
    },
  },
  "cross-site-spa": {
    title: { en: "An SPA on another site", ja: "別サイトの SPA" },
    explanation: {
      en: "Browsers restrict cookies sent across sites, and a token kept in JavaScript is exposed to XSS. RFC 10017 ranks a backend-for-frontend first: a backend on the SPA's own site holds the credential, and the browser holds only an HttpOnly cookie for that site.",
      ja: "ブラウザはサイトをまたいで送る Cookie を制限しており、JavaScript に置いたトークンは XSS にさらされます。RFC 10017 は BFF（バックエンド・フォー・フロントエンド）を第一の選択肢としています。SPA と同じサイトのバックエンドが認証情報を持ち、ブラウザはそのサイトの HttpOnly Cookie だけを持ちます。",
    },
  },
  "tokens-stay-off-the-browser": {
    title: {
      en: "OAuth tokens stay off the browser",
      ja: "OAuth のトークンはブラウザに置かない",
    },
    explanation: {
      en: "An access or refresh token in browser JavaScript can be read by any XSS. RFC 10017 puts a backend-for-frontend first: it is the OAuth client, keeps the tokens on the server, and gives the browser only an HttpOnly session cookie.",
      ja: "ブラウザの JavaScript に置いたアクセストークンやリフレッシュトークンは、XSS があれば読み取られます。RFC 10017 は BFF を第一の選択肢としています。BFF が OAuth クライアントとしてトークンをサーバー側に保持し、ブラウザには HttpOnly のセッション Cookie だけを渡します。",
    },
  },
  "federated-identity": {
    title: {
      en: "Users sign in with outside identity providers",
      ja: "外部の IDプロバイダーでログインする",
    },
    explanation: {
      en: "Sign-in goes through OpenID Connect (or SAML 2.0, which many enterprise customers' identity providers still speak). The provider's token is read once at sign-in; after that each application keeps its own session, so this changes how users sign in, not how they stay signed in.",
      ja: "ログインは OpenID Connect（企業顧客の IDプロバイダーでは今も SAML 2.0 が多く使われます）を通します。プロバイダーのトークンはログイン時に 1 回読むだけで、その後は各アプリケーションが自分のセッションを持ちます。変わるのはログインの方法で、ログイン状態の保ち方ではありません。",
    },
  },
  "own-apps-sso": {
    title: { en: "One login across your own apps", ja: "自社アプリ間で 1 回のログイン" },
    explanation: {
      en: "An OpenID Connect provider of your own (hosted or self-run) gives single sign-on across your apps; each app still keeps its own session after sign-in.",
      ja: "自社の OpenID Connect プロバイダー（ホスティング型でも自前でも）で、自社アプリ間のシングルサインオンを実現できます。ログイン後も各アプリは自分のセッションを持ち続けます。",
    },
  },
  "sso-logout-reaches-every-app": {
    title: {
      en: "A ban must reach every app",
      ja: "利用停止をすべてのアプリに届ける",
    },
    explanation: {
      en: "Each app keeps its own session, so ending one ends only that one. Within your logout window every app must hear of it: where the provider sends back-channel logout (OpenID Connect Back-Channel Logout 1.0), it tells each app that keeps a server-side session to end it; a stateless token cannot receive it, and a provider that does not send it needs each app to end its own sessions (your plan says which applies).",
      ja: "各アプリが自分のセッションを持つので、1 つを終わらせても終わるのはそのアプリだけです。ログアウトの許容時間内にすべてのアプリへ伝える必要があります。プロバイダーがバックチャネルログアウト（OpenID Connect Back-Channel Logout 1.0）を送る場合は、サーバー側のセッションを持つ各アプリにその終了を通知できます。ステートレスなトークンでは受け取れず、送らないプロバイダーでは各アプリが自分のセッションを終わらせる必要があります（どれに当たるかは計画に示します）。",
    },
  },
  "native-sign-in-with-pkce": {
    title: {
      en: "Native apps sign in through the system browser",
      ja: "ネイティブアプリはシステムブラウザでログインする",
    },
    explanation: {
      en: "RFC 8252: a native app that gets OAuth tokens uses the authorization code flow with PKCE in the system browser, never an embedded web view, and keeps its refresh token in the platform keystore.",
      ja: "RFC 8252 に従い、OAuth のトークンを受け取るネイティブアプリは、システムブラウザで PKCE 付きの認可コードフローを使い、埋め込み WebView は使いません。リフレッシュトークンはプラットフォームのキーストアに保存します。",
    },
  },
  "native-sign-in-through-idp": {
    title: {
      en: "Native apps sign in with the identity provider",
      ja: "ネイティブアプリは IDプロバイダーでログインする",
    },
    explanation: {
      en: "When sign-in goes through an identity provider, the native app opens it in the system browser with PKCE (or the platform's own sign-in SDK), never in an embedded web view, and then receives its own revocable token from your backend.",
      ja: "ログインが IDプロバイダーを通る場合、ネイティブアプリはそれをシステムブラウザで PKCE 付きで開き（またはプラットフォーム公式のログイン SDK を使い）、埋め込み WebView は使いません。その後、自社のバックエンドから失効できる自分専用のトークンを受け取ります。",
    },
  },
  "partners-get-delegated-access": {
    title: {
      en: "Partners get delegated access of their own",
      ja: "取引先には専用の委任アクセスを与える",
    },
    explanation: {
      en: "Other organisations' software acting for your users needs what OAuth 2 provides: client registration, the user's consent, scopes, and revocation per grant. An authorization server (yours or hosted) gives partners that, apart from how your own users stay signed in.",
      ja: "ユーザーの代わりに動く他組織のソフトウェアには、OAuth 2 が提供するもの（クライアント登録、ユーザーの同意、スコープ、グラントごとの失効）が必要です。認可サーバー（自前でもホスティング型でも）がそれを取引先に提供し、自社のユーザーのログイン状態の保ち方とは切り離します。",
    },
  },
};

/** Today's rules and the retired ones that saved records may still cite. */
export const ruleText: Record<RuleId | RetiredRuleId, RuleText> = {
  ...retiredRuleText,
  ...current,
};
