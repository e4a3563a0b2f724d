import type { Localized, QuestionId, ValueOf } from "./questions";

export interface QuestionText<Q extends QuestionId> {
  /** The question itself: the page heading on a question page, the legend of its group. */
  title: Localized;
  /** One short sentence, no full stop, no links (GOV.UK hint text). */
  hint: Localized;
  /** The answer's short form for "because you said …" and the check-answers page. */
  label: Localized;
  /** The message when the question is left unanswered (GOV.UK: say what to do). */
  error: Localized;
  /** What to ask, and whom, when the honest answer is "I'm not sure". */
  findOut?: Localized;
  options: { [V in ValueOf<Q>]: { label: Localized; hint?: Localized } };
  /**
   * Options shown in groups with a heading of their own (e.g. providers by their role), in this order; every
   * value appears in exactly one group.
   */
  groups?: readonly { title: Localized; hint?: Localized; values: readonly ValueOf<Q>[] }[];
  /** For a conditional question: when it applies, said beside it where every question is shown at once. */
  appliesWhen?: Localized;
}

type QuestionTexts = { [Q in QuestionId]: QuestionText<Q> };

export const questionText: QuestionTexts = {
  arch: {
    title: {
      en: "How is your backend built?",
      ja: "バックエンドはどのような構成ですか？",
    },
    hint: {
      en: "Count the parts that check who the user is on their own",
      ja: "ユーザーを自分で認証する部分がいくつあるかで考えてください",
    },
    label: { en: "Backend", ja: "バックエンド" },
    error: { en: "Select how your backend is built", ja: "バックエンドの構成を選んでください" },
    findOut: {
      en: "Ask whoever runs your deployments how many separately deployed services check the user's identity, and whether they share one database or session store.",
      ja: "デプロイを担当している人に、ユーザーの本人確認を行う独立したサービスがいくつあるか、それらが 1 つのデータベースやセッションストアを共有しているかを確認してください。",
    },
    options: {
      monolith: {
        label: { en: "One application", ja: "1 つのアプリケーション" },
        hint: {
          en: "A single deployable app, for example a Next.js, Remix, Rails or Laravel app",
          ja: "Next.js・Remix・Rails・Laravel などの、1 つにまとめてデプロイするアプリ",
        },
      },
      modular: {
        label: {
          en: "A few services sharing one store",
          ja: "少数のサービスが 1 つのストアを共有",
        },
        hint: {
          en: "Several services that share one database or session store",
          ja: "複数のサービスが 1 つのデータベースやセッションストアを共有しています",
        },
      },
      microservices: {
        label: { en: "Microservices", ja: "マイクロサービス" },
        hint: {
          en: "Many independently deployed services that each verify the user",
          ja: "独立してデプロイされる多数のサービスが、それぞれユーザーを検証します",
        },
      },
      unsure: { label: { en: "I'm not sure", ja: "わからない" } },
    },
  },
  domains: {
    title: {
      en: "Where do the parts your users' browsers talk to live?",
      ja: "ブラウザがアクセスする部分はどこに置かれていますか？",
    },
    hint: {
      en: "A site is a registrable domain such as example.com; its subdomains are the same site",
      ja: "サイトとは example.com のような登録可能ドメインのことで、そのサブドメインは同一サイトです",
    },
    label: { en: "Domains", ja: "ドメイン" },
    error: {
      en: "Select where the parts your users' browsers talk to live",
      ja: "ブラウザがアクセスする部分の置き場所を選んでください",
    },
    appliesWhen: {
      en: "Only when our web pages or an SPA on another site call the backend.",
      ja: "自社の Web ページか、別サイトにある SPA がバックエンドを呼び出す場合だけ答えてください。",
    },
    findOut: {
      en: "List every host name your pages and APIs are served from and compare their registrable domains (the part you buy from a registrar).",
      ja: "ページと API を配信しているホスト名をすべて書き出し、登録可能ドメイン（レジストラから取得する部分）が同じかどうかを比べてください。",
    },
    options: {
      "one-origin": {
        label: { en: "One origin", ja: "1 つのオリジン" },
        hint: {
          en: "Pages and API on the same scheme, host and port",
          ja: "ページと API が同じスキーム・ホスト・ポートにあります",
        },
      },
      "same-site": {
        label: { en: "Subdomains of one domain", ja: "1 つのドメインのサブドメイン" },
        hint: {
          en: "For example app.example.com and api.example.com",
          ja: "例：app.example.com と api.example.com",
        },
      },
      "cross-site": {
        label: { en: "Several domains we own", ja: "自社の複数のドメイン" },
        hint: {
          en: "For example example.com and example-shop.jp",
          ja: "例：example.com と example-shop.jp",
        },
      },
      unsure: { label: { en: "I'm not sure", ja: "わからない" } },
    },
  },
  sso: {
    title: {
      en: "Do users need single sign-on?",
      ja: "シングルサインオンは必要ですか？",
    },
    hint: {
      en: "One login that works across several applications",
      ja: "1 回のログインで複数のアプリケーションを使えるようにすること",
    },
    label: { en: "Single sign-on", ja: "シングルサインオン" },
    error: {
      en: "Select whether users need single sign-on",
      ja: "シングルサインオンが必要かどうかを選んでください",
    },
    options: {
      none: {
        label: { en: "No", ja: "不要" },
        hint: {
          en: "Each application has its own login",
          ja: "アプリケーションごとにログインします",
        },
      },
      "own-apps": {
        label: { en: "Across our own apps", ja: "自社アプリ間で必要" },
        hint: {
          en: "One login for several applications we run",
          ja: "自社で運用する複数のアプリケーションに 1 回のログインで入れます",
        },
      },
      federated: {
        label: { en: "With outside identity providers", ja: "外部のIDプロバイダーと連携" },
        hint: {
          en: "Customers', partners' or social accounts sign users in",
          ja: "顧客・取引先・ソーシャルのアカウントでログインします",
        },
      },
    },
  },
  idp: {
    title: {
      en: "Who signs your users in today?",
      ja: "現在、ユーザーのログインを担っているのは何ですか？",
    },
    hint: {
      en: "It changes what the other answers mean, so choose by what the product does for you",
      ja: "ほかの回答の意味が変わるので、製品名ではなく、製品が担っている役割で選んでください",
    },
    label: { en: "Who signs users in", ja: "ログインの担い手" },
    error: {
      en: "Select who signs your users in",
      ja: "ユーザーのログインを担っているものを選んでください",
    },
    findOut: {
      en: "Ask whoever set up sign-in. In the code, look for a provider's SDK in package.json (or your language's dependency file): @auth0/…, @okta/…, @azure/msal-…, aws-amplify, keycloak-js, @clerk/…, @supabase/…, firebase; and for an issuer URL in the settings, such as …auth0.com, …okta.com, login.microsoftonline.com or cognito-idp…. A proxy is found in the infrastructure rather than the code: requests reach the app with a header such as Cf-Access-Jwt-Assertion or X-Goog-IAP-JWT-Assertion.",
      ja: "ログインを設定した人に確認してください。コードでは、package.json（または使っている言語の依存関係ファイル）にプロバイダーの SDK があるかを探します。例：@auth0/…、@okta/…、@azure/msal-…、aws-amplify、keycloak-js、@clerk/…、@supabase/…、firebase。設定に …auth0.com、…okta.com、login.microsoftonline.com、cognito-idp… のような発行者の URL があるかも手がかりです。プロキシはコードではなくインフラの側にあります。アプリに届くリクエストに Cf-Access-Jwt-Assertion や X-Goog-IAP-JWT-Assertion のようなヘッダーが付いていれば、プロキシがあります。",
    },
    groups: [
      {
        title: { en: "Our own sign-in", ja: "自社のログイン" },
        values: ["own"],
      },
      {
        title: {
          en: "An OpenID Connect provider signs users in",
          ja: "OpenID Connect プロバイダーがログインを担当",
        },
        hint: {
          en: "It shows the login page and sends our app tokens; what happens after sign-in is up to us",
          ja: "ログイン画面を表示してアプリにトークンを渡します。ログイン後の扱いは自社で決めます",
        },
        values: ["auth0", "okta", "entra", "cognito", "keycloak", "oidc-other"],
      },
      {
        title: {
          en: "An auth platform keeps users signed in for us",
          ja: "認証プラットフォームがログイン状態まで管理",
        },
        hint: {
          en: "Its SDK keeps the session and hands our code short-lived tokens",
          ja: "SDK がログイン状態を保ち、自社のコードには有効期間の短いトークンを渡します",
        },
        values: ["clerk", "supabase", "firebase", "platform-other"],
      },
      {
        title: {
          en: "An identity-aware proxy in front of the app",
          ja: "アプリの前段にある ID 認識型プロキシ",
        },
        values: ["proxy"],
      },
    ],
    options: {
      own: {
        label: {
          en: "Our app, with its framework or a library",
          ja: "自社のアプリ（フレームワークやライブラリ）",
        },
        hint: {
          en: "For example Auth.js, Better Auth, Devise or Laravel's own login; social sign-in buttons that such a library runs count too",
          ja: "Auth.js、Better Auth、Devise、Laravel 標準のログインなど。こうしたライブラリが動かすソーシャルログインのボタンも含みます",
        },
      },
      auth0: { label: { en: "Auth0", ja: "Auth0" } },
      okta: { label: { en: "Okta", ja: "Okta" } },
      entra: {
        label: { en: "Microsoft Entra ID", ja: "Microsoft Entra ID" },
        hint: {
          en: "Including Azure AD B2C and Entra External ID",
          ja: "Azure AD B2C と Entra External ID を含みます",
        },
      },
      cognito: { label: { en: "Amazon Cognito", ja: "Amazon Cognito" } },
      keycloak: { label: { en: "Keycloak", ja: "Keycloak" } },
      "oidc-other": {
        label: {
          en: "Another OpenID Connect provider",
          ja: "その他の OpenID Connect プロバイダー",
        },
        hint: {
          en: "For example Authentik, Zitadel or Ory Hydra",
          ja: "Authentik、Zitadel、Ory Hydra など",
        },
      },
      clerk: { label: { en: "Clerk", ja: "Clerk" } },
      supabase: { label: { en: "Supabase Auth", ja: "Supabase Auth" } },
      firebase: {
        label: { en: "Firebase Authentication", ja: "Firebase Authentication" },
        hint: {
          en: "Including Google Cloud Identity Platform",
          ja: "Google Cloud Identity Platform を含みます",
        },
      },
      "platform-other": {
        label: { en: "Another auth platform", ja: "その他の認証プラットフォーム" },
        hint: {
          en: "For example WorkOS, Stytch or Ory Kratos",
          ja: "WorkOS、Stytch、Ory Kratos など",
        },
      },
      proxy: {
        label: { en: "An identity-aware proxy", ja: "ID 認識型プロキシ" },
        hint: {
          en: "It signs people in before any request reaches the app: Cloudflare Access, Google Cloud IAP, an AWS load balancer with sign-in, oauth2-proxy",
          ja: "リクエストがアプリに届く前にログインを済ませます：Cloudflare Access、Google Cloud IAP、ログイン機能付きの AWS ロードバランサー、oauth2-proxy",
        },
      },
    },
  },
  tokens: {
    title: {
      en: "After sign-in, what do your own APIs accept?",
      ja: "ログインの後、自社の API は何を受け付けますか？",
    },
    hint: {
      en: "Whether the provider's tokens go on to your APIs, or the provider's part ends at sign-in",
      ja: "プロバイダーのトークンを自社の API でも使うのか、プロバイダーの役割はログインで終わるのかを選んでください",
    },
    label: { en: "What our APIs accept", ja: "自社の API が受け付けるもの" },
    error: {
      en: "Select what your own APIs accept after sign-in",
      ja: "ログインの後に自社の API が受け付けるものを選んでください",
    },
    appliesWhen: {
      en: "Only when an OpenID Connect provider signs users in (Auth0, Okta, Entra ID, Cognito, Keycloak or another).",
      ja: "OpenID Connect プロバイダー（Auth0、Okta、Entra ID、Cognito、Keycloak など）がログインを担う場合だけ答えてください。",
    },
    findOut: {
      en: "Look at what a request to your API carries. An Authorization: Bearer header with a token whose issuer (iss) is the provider means the provider's tokens; a cookie your own server set after the sign-in callback means your own session. In the code, a JWT check configured with the provider's issuer or JWKS URL (or an API gateway's JWT authorizer) also means the provider's tokens.",
      ja: "自社の API へのリクエストに何が付いているかを確認してください。Authorization: Bearer ヘッダーのトークンの発行者（iss）がプロバイダーなら、プロバイダーのトークンです。ログイン後のコールバックで自社のサーバーが設定した Cookie なら、自社のセッションです。コードの側では、プロバイダーの発行者や JWKS の URL を設定した JWT の検証（または API ゲートウェイの JWT オーソライザー）があれば、プロバイダーのトークンです。",
    },
    options: {
      session: {
        label: { en: "Our own session", ja: "自社のセッション" },
        hint: {
          en: "The provider only signs users in; then our app keeps its own session, for example a cookie our server issues",
          ja: "プロバイダーはログインだけを担当し、その後は自社のアプリが自分のセッションを保ちます（自社のサーバーが発行する Cookie など）",
        },
      },
      provider: {
        label: { en: "The provider's access tokens", ja: "プロバイダーのアクセストークン" },
        hint: {
          en: "Our SPA, apps or gateway send the provider's access tokens, and our APIs check them on every call",
          ja: "自社の SPA・アプリ・ゲートウェイがプロバイダーのアクセストークンを送り、自社の API が呼び出しのたびに検証します",
        },
      },
    },
  },
  clients: {
    title: {
      en: "Who calls your backend?",
      ja: "バックエンドを呼び出すのは誰ですか？",
    },
    hint: { en: "Select all that apply", ja: "当てはまるものをすべて選んでください" },
    label: { en: "Clients", ja: "クライアント" },
    error: {
      en: "Select at least one kind of client that calls your backend",
      ja: "バックエンドを呼び出すクライアントを 1 つ以上選んでください",
    },
    findOut: {
      en: "Look at what reaches your API in production: the user agents in its access logs, the OAuth clients registered with your sign-in (a client with no redirect URI is usually a server), and the API keys or client secrets you have handed to partners.",
      ja: "本番で API に届いているリクエストを確認してください。アクセスログのユーザーエージェント、ログインの仕組みに登録した OAuth クライアント（リダイレクト URI のないものは多くの場合サーバーです）、取引先に渡した API キーやクライアントシークレットが手がかりになります。",
    },
    options: {
      browser: {
        label: { en: "Our web pages", ja: "自社の Web ページ" },
        hint: {
          en: "Server-rendered pages, or an SPA on the same site as its API",
          ja: "サーバーで描画するページ、または API と同一サイトの SPA",
        },
      },
      native: {
        label: { en: "Our mobile or desktop apps", ja: "自社のモバイル・デスクトップアプリ" },
        hint: {
          en: "Installed apps that call the API directly: iOS, Android, or desktop apps built with Electron, Tauri or native code (a desktop app that only shows our web pages counts as web pages)",
          ja: "API を直接呼び出す、端末にインストールするアプリ：iOS・Android のアプリや、Electron・Tauri・ネイティブコードで作るデスクトップアプリ（自社の Web ページを表示するだけのデスクトップアプリは Web ページに含めます）",
        },
      },
      spa: {
        label: { en: "An SPA on another site", ja: "別サイトにある SPA" },
        hint: {
          en: "A single-page app served from a different site than its API",
          ja: "API とは別のサイトから配信されるシングルページアプリ",
        },
      },
      cli: {
        label: {
          en: "Command-line tools and devices",
          ja: "コマンドラインツールや端末",
        },
        hint: {
          en: "A CLI, a TV app or another device without a good browser, used by one of our signed-in users",
          ja: "CLI やテレビのアプリなど、使いやすいブラウザのない端末から、ログインした自社のユーザーが使います",
        },
      },
      "third-party": {
        label: { en: "Other organisations' software", ja: "他組織のソフトウェア" },
        hint: {
          en: "Partners' or customers' programs acting for our users, with their consent",
          ja: "取引先や顧客のプログラムが、ユーザーの同意を得て、ユーザーに代わって API を呼び出します",
        },
      },
      service: {
        label: {
          en: "Other organisations' servers, with no user",
          ja: "他組織のサーバー（ユーザーなし）",
        },
        hint: {
          en: "Machine to machine: a partner's backend calls our API on its own account, no person signs in",
          ja: "マシン間通信：取引先のバックエンドが、誰もログインせずに自分の権限で API を呼び出します",
        },
      },
    },
  },
  logout: {
    title: {
      en: "How fast must logout stop every existing login?",
      ja: "ログアウトしたら、既存のログインをどのくらいの速さで無効にする必要がありますか？",
    },
    hint: {
      en: "Think of a ban, a stolen laptop or a password change",
      ja: "アカウント停止・端末の盗難・パスワード変更の場面を想定してください",
    },
    label: { en: "Logout", ja: "ログアウト" },
    error: {
      en: "Select how fast logout must stop every existing login",
      ja: "ログアウトを反映させる速さを選んでください",
    },
    options: {
      immediate: {
        label: { en: "Immediately", ja: "即時" },
        hint: {
          en: "The next request after logout must fail",
          ja: "ログアウト後の次のリクエストから拒否します",
        },
      },
      minutes: {
        label: { en: "Within minutes", ja: "数分以内" },
        hint: { en: "About 15 minutes at most", ja: "最大でおよそ 15 分" },
      },
      expiry: {
        label: { en: "When the credential expires", ja: "認証情報の期限切れまで" },
        hint: { en: "Hours are acceptable", ja: "数時間かかっても構いません" },
      },
    },
  },
  deploy: {
    title: {
      en: "How does the app run?",
      ja: "アプリはどのように動いていますか？",
    },
    hint: {
      en: "Where the code that checks the login runs",
      ja: "ログインを確認するコードが動いている場所",
    },
    label: { en: "Deployment", ja: "デプロイ" },
    error: { en: "Select how the app runs", ja: "アプリの動かし方を選んでください" },
    options: {
      single: {
        label: { en: "On one server", ja: "1 台のサーバー" },
        hint: { en: "One instance of the app", ja: "アプリのインスタンスは 1 つです" },
      },
      multi: {
        label: { en: "On several instances", ja: "複数のインスタンス" },
        hint: {
          en: "Several instances or containers behind a load balancer",
          ja: "ロードバランサーの後ろに複数のインスタンスやコンテナがあります",
        },
      },
      edge: {
        label: { en: "Serverless or at the edge", ja: "サーバーレス・エッジ" },
        hint: {
          en: "Functions that run far from any shared store",
          ja: "共有ストアから離れた場所で動く関数",
        },
      },
    },
  },
  store: {
    title: {
      en: "Can every instance reach a shared, fast store?",
      ja: "すべてのインスタンスから高速な共有ストアに接続できますか？",
    },
    hint: {
      en: "For example Redis or the database, in a private subnet",
      ja: "例：プライベートサブネットにある Redis やデータベース",
    },
    label: { en: "Shared store", ja: "共有ストア" },
    error: {
      en: "Select whether every instance can reach a shared store",
      ja: "すべてのインスタンスから共有ストアに接続できるかを選んでください",
    },
    appliesWhen: {
      en: "Only needed when the app runs on more than one instance or at the edge.",
      ja: "アプリが複数のインスタンスやエッジで動く場合にだけ答えてください。",
    },
    findOut: {
      en: "Ask your infrastructure team whether every app instance (including serverless functions) can reach Redis or the database with low latency, and whether it is highly available. Then ask whether a delete is seen at once everywhere: an edge key-value store (Cloudflare Workers KV, for example) or a read replica shows it only after a delay, which makes it eventually consistent.",
      ja: "インフラ担当に、すべてのアプリインスタンス（サーバーレス関数を含む）から Redis やデータベースに低遅延で接続できるか、そのストアが高可用かを確認してください。次に、削除がすぐにすべての場所で見えるかを確認してください。エッジの KV ストア（Cloudflare Workers KV など）やリードレプリカでは遅れて反映されます。これが結果整合性です。",
    },
    options: {
      yes: {
        label: { en: "Yes", ja: "はい" },
        hint: {
          en: "Strongly consistent: every instance reads what was just written, for example Redis or the primary database",
          ja: "強い整合性：書き込んだ内容をすべてのインスタンスがすぐに読めます。Redis やプライマリのデータベースなど",
        },
      },
      eventual: {
        label: {
          en: "Yes, but only eventually consistent",
          ja: "はい。ただし結果整合性のみ",
        },
        hint: {
          en: "For example an edge key-value store or database read replicas: a delete is not seen everywhere at once",
          ja: "エッジの KV ストアやデータベースのリードレプリカなど。削除はすぐにはすべての場所に反映されません",
        },
      },
      no: { label: { en: "No", ja: "いいえ" } },
      unsure: { label: { en: "I'm not sure", ja: "わからない" } },
    },
  },
  assurance: {
    title: {
      en: "How much would one stolen login cost?",
      ja: "ログイン状態を 1 つ盗まれたら、どのくらいの損害になりますか？",
    },
    hint: {
      en: "Think of what an attacker could do for an hour as one of your users",
      ja: "攻撃者が自社のユーザーになりすまして 1 時間に何ができるかを考えてください",
    },
    label: { en: "Value at stake", ja: "盗まれたときの損害" },
    error: {
      en: "Select how much one stolen login would cost",
      ja: "ログイン状態を盗まれたときの損害の大きさを選んでください",
    },
    findOut: {
      en: "Ask your security or compliance lead whether the app falls under rules for payments, health data or privileged access (PCI DSS or HIPAA, for example), and list what one account can do: move money, read other people's records, change other users' rights.",
      ja: "セキュリティやコンプライアンスの担当者に、アプリが決済・医療情報・特権アクセスに関する規制（PCI DSS など）の対象かを確認し、1 つのアカウントでできること（送金、他人の記録の閲覧、他のユーザーの権限の変更）を書き出してください。",
    },
    options: {
      standard: {
        label: { en: "Ordinary", ja: "通常" },
        hint: {
          en: "A shop, a community, a typical SaaS tool: the harm is limited and can be undone",
          ja: "EC サイト、コミュニティ、一般的な SaaS など。被害は限られ、元に戻せます",
        },
      },
      high: {
        label: { en: "High", ja: "高い" },
        hint: {
          en: "Money moves, health or other sensitive personal data, or admin consoles that control other accounts (OWASP's high-value applications)",
          ja: "送金や決済、健康情報などの機微な個人情報、他のアカウントを操作できる管理画面（OWASP のいう高価値アプリケーション）",
        },
      },
    },
  },
  stack: {
    title: {
      en: "Which framework do you use?",
      ja: "どのフレームワークを使っていますか？",
    },
    hint: {
      en: "Optional: it only changes the implementation notes",
      ja: "任意：実装メモの内容だけが変わります",
    },
    label: { en: "Framework", ja: "フレームワーク" },
    error: { en: "Select a framework from the list", ja: "一覧からフレームワークを選んでください" },
    options: {
      "nextjs-authjs": { label: { en: "Next.js with Auth.js", ja: "Next.js と Auth.js" } },
      remix: { label: { en: "Remix", ja: "Remix" } },
      express: { label: { en: "Express", ja: "Express" } },
      laravel: { label: { en: "Laravel", ja: "Laravel" } },
      rails: { label: { en: "Ruby on Rails", ja: "Ruby on Rails" } },
      django: { label: { en: "Django", ja: "Django" } },
      spring: { label: { en: "Spring", ja: "Spring" } },
      other: { label: { en: "Something else", ja: "その他" } },
    },
  },
};
