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
  "provider-issues-tokens": {
    title: {
      en: "Your APIs accept the provider's access tokens",
      ja: "自社の API がプロバイダーのアクセストークンを受け付ける",
    },
    explanation: {
      en: "Your identity provider is already your authorization server: it issues the access tokens your APIs verify and, to clients acting for a person, the refresh tokens that renew them. The approach follows that role whatever the brand: access tokens from the provider, checked by your APIs, and a second session system beside it would only add a way to get out of step.",
      ja: "IDプロバイダーがすでに認可サーバーの役割を担っています。自社の API が検証するアクセストークンも、人の代わりに動くクライアントにはそれを更新するリフレッシュトークンも、プロバイダーが発行します。方式はブランドではなくこの役割で決まります。プロバイダーのアクセストークンを自社の API で検証する形で、別のセッションの仕組みを並べても、食い違いの原因が増えるだけです。",
    },
    whyNot: {
      "server-session": {
        en: "Your APIs already accept the provider's access tokens; a session of your own beside them would be a second system to keep in step.",
        ja: "自社の API はすでにプロバイダーのアクセストークンを受け付けています。自社のセッションを並べると、整合を保つ仕組みが 2 つになります。",
      },
      "gateway-token": {
        en: "The provider already issues the tokens your services verify; a gateway session would sit beside it, not replace it.",
        ja: "各サービスが検証するトークンはすでにプロバイダーが発行しています。ゲートウェイのセッションはそれを置き換えず、並ぶだけです。",
      },
      "stateless-token": {
        en: "The provider already issues short-lived tokens it can end (for clients acting for a person, through refresh tokens it can revoke); a home-made token would add one it cannot.",
        ja: "プロバイダーはすでに、終わらせることのできる短命なトークンを発行しています（人の代わりに動くクライアントには、失効できるリフレッシュトークンで）。自作のトークンは失効できないものを増やすだけです。",
      },
    },
  },
  "platform-keeps-the-session": {
    title: {
      en: "An auth platform keeps the session",
      ja: "認証プラットフォームがセッションを保持する",
    },
    explanation: {
      en: "The platform signs users in, keeps their session and hands your code short-lived tokens it refreshes. That makes it the authorization server whatever your architecture, deployment or store: build on its tokens and its server-side checks, and do not run a session system of your own beside it.",
      ja: "プラットフォームがユーザーをログインさせ、セッションを保持し、更新する短命なトークンを自社のコードに渡します。構成・デプロイ・ストアにかかわらず、プラットフォームが認可サーバーの役割を担います。そのトークンとサーバー側の確認を土台にし、自社のセッションの仕組みを並べて動かさないでください。",
    },
    whyNot: {
      "server-session": {
        en: "The platform already keeps the session; a second one of your own would have to be kept in step with it.",
        ja: "プラットフォームがすでにセッションを保持しています。自社のセッションを別に持つと、それと整合させ続ける必要があります。",
      },
      "gateway-token": {
        en: "The platform's tokens are what your services receive; a gateway session would duplicate the platform's own.",
        ja: "各サービスが受け取るのはプラットフォームのトークンです。ゲートウェイのセッションはプラットフォームのものと重複します。",
      },
      "stateless-token": {
        en: "The platform already issues short-lived tokens it can refresh and revoke; a token of your own would be one more that it cannot revoke.",
        ja: "プラットフォームはすでに、更新や失効ができる短命なトークンを発行しています。自社のトークンを作ると、プラットフォームが失効できないものが増えます。",
      },
    },
  },
  "proxy-authenticates-every-request": {
    title: {
      en: "An identity-aware proxy authenticates every request",
      ja: "ID 認識型プロキシがすべてのリクエストを認証する",
    },
    explanation: {
      en: "The proxy in front of the app signs users in, checks every request and is where access is revoked. The app keeps no session of its own: it verifies the assertion the proxy passes on each request (signature, audience or signer) or, where the proxy sends unsigned headers, accepts requests only through the proxy.",
      ja: "アプリの前段にあるプロキシがユーザーをログインさせ、すべてのリクエストを確認し、アクセスの失効もそこで行います。アプリは自社のセッションを持ちません。プロキシがリクエストごとに渡すアサーションを検証する（署名、aud クレーム、または署名者）か、署名のないヘッダーを渡すプロキシなら、プロキシ経由のリクエストだけを受け付けます。",
    },
    whyNot: {
      "server-session": {
        en: "The proxy already signs users in and ends their access; a session of your own would be a second login to keep in step.",
        ja: "プロキシがすでにログインとアクセスの終了を担っています。自社のセッションは、整合を保つべき 2 つ目のログインになります。",
      },
      "gateway-token": {
        en: "The proxy is already the gateway that checks every request; a second one adds nothing.",
        ja: "プロキシがすでにすべてのリクエストを確認するゲートウェイです。もう 1 つ置いても何も増えません。",
      },
      "access-refresh": {
        en: "The proxy authenticates every request itself and your app issues your users no tokens, so there is no authorization server for your own users to run.",
        ja: "プロキシ自身がすべてのリクエストを認証します。アプリは自社ユーザーにトークンを発行しないので、ログインのために認可サーバーを置く必要はありません。",
      },
    },
  },
  "sign-in-already-centralised": {
    title: {
      en: "Many services, and sign-in is already centralised",
      ja: "多数のサービスがあり、ログインはすでに一元化されている",
    },
    explanation: {
      en: "With single sign-on an authorization server already issues your users' tokens. Many independently deployed services can verify its short-lived access tokens themselves, with refresh tokens that can be revoked; opaque tokens checked by introspection where logout must be immediate.",
      ja: "シングルサインオンがあるなら、ユーザーのトークンはすでに認可サーバーが発行しています。独立してデプロイされる多数のサービスは、その短命なアクセストークンを自分で検証でき、リフレッシュトークンは失効できます。ログアウトを即時にする必要があるなら、イントロスペクションで確認する不透明なトークンを使います。",
    },
    whyNot: {
      "gateway-token": {
        en: "Sign-in is already centralised in an authorization server that issues your users' tokens; a gateway session would be a second system beside it.",
        ja: "ログインはすでに、ユーザーのトークンを発行する認可サーバーに一元化されています。ゲートウェイのセッションは、それと並ぶ 2 つ目の仕組みになります。",
      },
      "server-session": {
        en: "Many services would all depend on one session store, while an authorization server already issues tokens each service verifies itself.",
        ja: "多数のサービスがすべて 1 つのセッションストアに依存することになります。認可サーバーはすでに、各サービスが自分で検証できるトークンを発行しています。",
      },
    },
  },
  "partners-only": {
    title: {
      en: "Only other organisations' software calls your API",
      ja: "API を呼ぶのは他組織のソフトウェアだけ",
    },
    explanation: {
      en: "Your product is the API, and every caller is another organisation's software. That is what OAuth 2 was made for: an authorization server registers each caller and issues short-lived access tokens with scopes. Software acting for your users also gets the user's consent and refresh tokens that can be revoked grant by grant; servers calling on their own behalf use client credentials and get no refresh token.",
      ja: "プロダクトそのものが API で、呼び出し元はすべて他組織のソフトウェアです。これは OAuth 2 が想定している用途そのものです。認可サーバーが呼び出し元を登録し、スコープ付きの短命なアクセストークンを発行します。ユーザーの代わりに動くソフトウェアにはユーザーの同意を得たうえで、グラントごとに失効できるリフレッシュトークンも発行します。自らの立場で呼び出すサーバーはクライアントクレデンシャルを使い、リフレッシュトークンは受け取りません。",
    },
    whyNot: {
      "server-session": {
        en: "No user of yours signs in on a client of yours: other organisations' software needs scoped, revocable access, which a session cookie is not.",
        ja: "自社のクライアントでログインするユーザーがいません。他組織のソフトウェアに必要なのはスコープ付きで失効できるアクセスで、セッション Cookie はその仕組みではありません。",
      },
      "gateway-token": {
        en: "There is no first-party session at an edge to exchange: other organisations' software needs OAuth grants of its own.",
        ja: "エッジで交換する自社のセッションがありません。他組織のソフトウェアには独自の OAuth のグラントが必要です。",
      },
      "stateless-token": {
        en: "A home-made signed token is not an access protocol: other organisations' software needs registration, scopes and revocation per client or grant.",
        ja: "自作の署名付きトークンはアクセスを与える仕組みではありません。他組織のソフトウェアには登録、スコープ、クライアントやグラントごとの失効が必要です。",
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
      en: "Deleting a session record in a strongly consistent store ends the login on the next request, whether the application or a gateway looks it up. A stolen session ID and a stolen token are equally usable; only the one checked against server state on every request can be ended at once.",
      ja: "強い整合性を持つストアでセッションのレコードを消せば、アプリケーションが参照していてもゲートウェイが参照していても、次のリクエストからそのログインは使えません。盗まれたセッションID と盗まれたトークンはどちらも同じように使えますが、すぐに止められるのは、毎回サーバー側の状態と照合するほうだけです。",
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
      en: "An authorization server keeps client registrations and grants (and, for clients acting for a person, their refresh tokens), and revokes them one by one. With no store that your instances share, run it as a hosted service or give it a database of its own.",
      ja: "認可サーバーはクライアントの登録とグラント（人の代わりに動くクライアントにはリフレッシュトークンも）を保存し、1 つずつ失効させます。インスタンス間で共有するストアがないなら、ホスティング型の認可サーバーを使うか、専用のデータベースを用意してください。",
    },
  },
  "eventual-store-and-immediate-logout": {
    title: {
      en: "Immediate logout on a store that is only eventually consistent",
      ja: "結果整合性のストアでの即時ログアウト",
    },
    explanation: {
      en: "A delete in an edge key-value store or on a read replica is not seen everywhere at once, so a session can outlive its logout for a minute or more. For immediate logout keep session state in a strongly consistent store (or read the primary on every check); a managed edge KV cannot promise it.",
      ja: "エッジの KV ストアやリードレプリカでの削除は、すぐにはすべての場所に反映されません。そのため、ログアウト後も 1 分以上セッションが残ることがあります。即時ログアウトには、セッションの状態を強い整合性を持つストアに置く（または確認のたびにプライマリを読む）必要があります。マネージドなエッジ KV ではそれを保証できません。",
    },
  },
  "provider-tokens-outlive-revocation": {
    title: {
      en: "Immediate logout with the provider's access tokens",
      ja: "プロバイダーのアクセストークンでの即時ログアウト",
    },
    explanation: {
      en: "Access tokens the provider has already issued stay valid to APIs that verify them as JWTs until they expire, and no introspection endpoint for them was verified. Either check each request with the provider (introspection where it exists), keep access tokens at the provider's shortest lifetime and accept that delay, or keep a session of your own for the check.",
      ja: "プロバイダーが発行済みのアクセストークンは、JWT として検証する API にとっては期限切れまで有効なままで、それを確認するイントロスペクションのエンドポイントも確認できていません。リクエストごとにプロバイダーに確認する（イントロスペクションがあればそれを使う）か、アクセストークンをプロバイダーが許す最短の有効期間にしてその遅れを受け入れるか、確認のための自社のセッションを持つかを選んでください。",
    },
  },
  "platform-and-immediate-logout": {
    title: {
      en: "Immediate logout on an auth platform",
      ja: "認証プラットフォームでの即時ログアウト",
    },
    explanation: {
      en: "The platform's short-lived tokens stay valid until they expire after a ban or a sign-out. For immediate effect, ask the platform's auth server on each sensitive request (for example a revocation check) rather than trusting the token alone.",
      ja: "プラットフォームの短命なトークンは、アカウント停止やログアウトの後も期限切れまで有効です。即時に反映するには、トークンだけを信頼せず、重要なリクエストのたびにプラットフォームの認証サーバーに確認します（失効の確認など）。",
    },
  },
  "proxy-and-programmatic-clients": {
    title: {
      en: "Apps, tools or machines behind a browser proxy",
      ja: "ブラウザ向けプロキシの背後にあるアプリ・ツール・マシン",
    },
    explanation: {
      en: "An identity-aware proxy signs people in through a browser. Native apps, command-line tools and other organisations' software need the proxy's programmatic path (service tokens or its own client tooling) or a separate API entrance with its own authentication.",
      ja: "ID 認識型プロキシは、ブラウザを通じて人をログインさせます。ネイティブアプリ・コマンドラインツール・他組織のソフトウェアには、プロキシのプログラム向けの経路（サービストークンや専用のクライアントツール）か、独自の認証を持つ別の API の入口が必要です。",
    },
  },
  "high-assurance-and-expiry": {
    title: {
      en: "High assurance, yet logout only at expiry",
      ja: "高い保証レベルなのに、ログアウトは期限切れまで",
    },
    explanation: {
      en: "When a stolen session is costly, waiting hours for it to expire is the risk itself. Choose logout within minutes or immediately, or say why the data is not high-value after all.",
      ja: "盗まれたセッションの損害が大きいなら、期限切れまで数時間待つこと自体がリスクです。ログアウトを数分以内か即時にするか、データが高価値ではない理由を明らかにしてください。",
    },
  },
  "high-assurance-and-platform-browser-sdk": {
    title: {
      en: "High assurance with a platform's browser SDK",
      ja: "高い保証レベルとプラットフォームのブラウザ向け SDK",
    },
    explanation: {
      en: "The platform's browser SDK keeps its tokens where page scripts can read them (or this was not verified), so a cross-site scripting flaw can take them. At high assurance keep them off the page: sign in through the platform's server-side SDK behind a backend-for-frontend, or a mode that keeps the session in an HttpOnly cookie.",
      ja: "プラットフォームのブラウザ向け SDK は、ページのスクリプトが読める場所にトークンを保存します（または確認できていません）。そのため、クロスサイトスクリプティングの欠陥があるとトークンを奪われます。保証レベルが高いなら、トークンをページから遠ざけてください。BFF の背後でプラットフォームのサーバー向け SDK を使ってログインさせるか、セッションを HttpOnly の Cookie に置く方式を使います。",
    },
  },
  "spa-on-same-site": {
    title: {
      en: "An SPA on another site, yet on a subdomain of the API",
      ja: "別サイトの SPA だが、API のサブドメインにある",
    },
    explanation: {
      en: "A subdomain of the same registrable domain is the same site, so the single-page app can use the API's SameSite session cookie directly and needs no backend-for-frontend. The result treats it as one of your web pages; answer the clients question again if it really lives on another site.",
      ja: "同じ登録可能ドメインのサブドメインは同一サイトなので、SPA は API の SameSite のセッション Cookie をそのまま使え、BFF は不要です。結果では自社の Web ページの一部として扱います。本当に別のサイトにあるなら、クライアントの質問に答え直してください。",
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
  "high-assurance-keeps-platform-tokens-off-the-page": {
    title: {
      en: "High assurance keeps the platform's tokens off the page",
      ja: "高い保証レベルではプラットフォームのトークンをページから遠ざける",
    },
    explanation: {
      en: "A backend-for-frontend holds the platform's tokens on the server and gives the browser only an HttpOnly session cookie, so page scripts never see them.",
      ja: "BFF がプラットフォームのトークンをサーバー側で保持し、ブラウザには HttpOnly のセッション Cookie だけを渡します。ページのスクリプトからトークンは見えません。",
    },
  },
  "provider-signs-users-in": {
    title: {
      en: "An OpenID Connect provider signs your users in",
      ja: "OpenID Connect プロバイダーがユーザーをログインさせる",
    },
    explanation: {
      en: "Sign-in runs through the provider with OpenID Connect (authorization code flow with PKCE); what your app keeps afterwards follows the recommendation, not the provider SDK's defaults.",
      ja: "ログインは OpenID Connect（PKCE 付きの認可コードフロー）でプロバイダーを通して行います。その後アプリが保持するものは、プロバイダーの SDK の既定ではなく、この推奨に従います。",
    },
  },
  "single-logout-needs-a-session": {
    title: {
      en: "Single logout needs a session to find",
      ja: "シングルログアウトには見つけるべきセッションが必要",
    },
    explanation: {
      en: "Back-channel logout tells your app which session (sid) to end, but a stateless token keeps no session on the server to end, so single logout cannot be promised. Either add a store so sessions can be found and deleted, or accept that a logout at the provider ends access only when the token is next renewed.",
      ja: "バックチャネルログアウトは終了すべきセッション（sid）をアプリに知らせますが、ステートレストークンにはサーバー側に終了させるセッションがないため、シングルログアウトは約束できません。セッションを見つけて削除できるようにストアを追加するか、プロバイダーでのログアウトが次のトークン更新時にはじめて反映されることを受け入れてください。",
    },
  },
  "machines-get-client-credentials": {
    title: {
      en: "Other organisations' servers call without a user",
      ja: "他組織のサーバーがユーザーなしで呼び出す",
    },
    explanation: {
      en: "Machine-to-machine callers get access tokens through the client credentials grant, authenticated with a private-key JWT or mutual TLS, and no refresh token: they can simply ask again.",
      ja: "マシン間の呼び出し元には、秘密鍵の JWT か mTLS でクライアント認証したうえで、クライアントクレデンシャルのグラントでアクセストークンを発行します。リフレッシュトークンは発行しません。必要ならもう一度要求すればよいからです。",
    },
  },
  "high-assurance-binds-bearer-tokens": {
    title: {
      en: "High assurance binds tokens held outside the browser",
      ja: "高い保証レベルではブラウザ外のトークンに送信者制約をかける",
    },
    explanation: {
      en: "Tokens held by apps, command-line tools, services or partners are bound to the client's key (DPoP or mutual TLS), so a copied token cannot be replayed elsewhere.",
      ja: "アプリ・コマンドラインツール・サービス・取引先が持つトークンには、クライアントの鍵による送信者制約（DPoP または mTLS）をかけ、コピーされたトークンを別の場所で再利用できないようにします。",
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
