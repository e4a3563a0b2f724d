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
          ja: "複数のサービスが 1 つのデータベースやセッションストアを共有している",
        },
      },
      microservices: {
        label: { en: "Microservices", ja: "マイクロサービス" },
        hint: {
          en: "Many independently deployed services that each verify the user",
          ja: "独立してデプロイされる多数のサービスが、それぞれユーザーを検証する",
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
    findOut: {
      en: "List every host name your pages and APIs are served from and compare their registrable domains (the part you buy from a registrar).",
      ja: "ページと API を配信しているホスト名をすべて書き出し、登録可能ドメイン（レジストラから取得する部分）が同じかどうかを比べてください。",
    },
    options: {
      "one-origin": {
        label: { en: "One origin", ja: "1 つのオリジン" },
        hint: {
          en: "Pages and API on the same scheme, host and port",
          ja: "ページと API が同じスキーム・ホスト・ポートにある",
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
          ja: "アプリケーションごとにログインする",
        },
      },
      "own-apps": {
        label: { en: "Across our own apps", ja: "自社アプリ間で必要" },
        hint: {
          en: "One login for several applications we run",
          ja: "自社で運用する複数のアプリケーションに 1 回のログインで入れる",
        },
      },
      federated: {
        label: { en: "With outside identity providers", ja: "外部のIDプロバイダーと連携" },
        hint: {
          en: "Customers', partners' or social accounts sign users in",
          ja: "顧客・取引先・ソーシャルのアカウントでログインする",
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
      en: "Optional: leave it if your own app signs users in",
      ja: "任意：自社のアプリでログインを処理しているなら、そのままで構いません",
    },
    label: { en: "Sign-in provider", ja: "ログインの提供元" },
    error: {
      en: "Select who signs your users in from the list",
      ja: "ログインの提供元を一覧から選んでください",
    },
    options: {
      own: {
        label: { en: "Our own app", ja: "自社のアプリ" },
        hint: {
          en: "Our framework or a library, social sign-in buttons included",
          ja: "フレームワークやライブラリ（ソーシャルログインのボタンを含む）",
        },
      },
      auth0: { label: { en: "Auth0", ja: "Auth0" } },
      okta: { label: { en: "Okta", ja: "Okta" } },
      entra: {
        label: { en: "Microsoft Entra ID", ja: "Microsoft Entra ID" },
        hint: {
          en: "Azure AD B2C and External ID included",
          ja: "Azure AD B2C・External ID を含む",
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
          ja: "Authentik・Zitadel・Ory Hydra など",
        },
      },
      clerk: { label: { en: "Clerk", ja: "Clerk" } },
      supabase: { label: { en: "Supabase Auth", ja: "Supabase Auth" } },
      firebase: {
        label: { en: "Firebase Authentication", ja: "Firebase Authentication" },
        hint: {
          en: "Google Identity Platform included",
          ja: "Google Identity Platform を含む",
        },
      },
      "platform-other": {
        label: {
          en: "Another auth platform that keeps the session",
          ja: "セッションを保持するその他の認証プラットフォーム",
        },
        hint: {
          en: "For example WorkOS, Stytch or Ory Kratos",
          ja: "WorkOS・Stytch・Ory Kratos など",
        },
      },
      proxy: {
        label: { en: "An identity-aware proxy", ja: "ID 認識型プロキシ" },
        hint: {
          en: "Cloudflare Access, Google IAP, AWS ALB or oauth2-proxy in front of the app",
          ja: "アプリの前段にある Cloudflare Access・Google IAP・AWS ALB・oauth2-proxy など",
        },
      },
    },
  },
  tokens: {
    title: {
      en: "What do your own APIs accept?",
      ja: "自社の API は何を受け付けますか？",
    },
    hint: {
      en: "Optional: leave it if the provider only signs users in",
      ja: "任意：プロバイダーがログインだけを担うなら、そのままで構いません",
    },
    label: { en: "Tokens our APIs accept", ja: "自社 API が受け付けるトークン" },
    error: {
      en: "Select what your own APIs accept",
      ja: "自社の API が受け付けるものを選んでください",
    },
    options: {
      session: {
        label: { en: "Our own session", ja: "自社のセッション" },
        hint: {
          en: "The provider signs users in; our app keeps its own session afterwards",
          ja: "プロバイダーはログインだけを行い、その後は自社アプリがセッションを保持する",
        },
      },
      provider: {
        label: { en: "The provider's access tokens", ja: "プロバイダーのアクセストークン" },
        hint: {
          en: "Our SPA, apps or gateway send the provider's access tokens to our APIs",
          ja: "SPA・アプリ・ゲートウェイがプロバイダーのアクセストークンを自社 API に送る",
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
          en: "Apps installed on a device that call the API directly",
          ja: "端末にインストールされ、API を直接呼び出すアプリ",
        },
      },
      spa: {
        label: { en: "An SPA on another site", ja: "別サイトにある SPA" },
        hint: {
          en: "A single-page app served from a different site than its API",
          ja: "API とは別のサイトから配信されるシングルページアプリ",
        },
      },
      "third-party": {
        label: { en: "Other organisations' software", ja: "他組織のソフトウェア" },
        hint: {
          en: "Partners' or customers' programs acting for our users",
          ja: "取引先や顧客のプログラムが、ユーザーに代わって API を呼ぶ",
        },
      },
      cli: {
        label: {
          en: "Command-line tools and devices",
          ja: "コマンドラインツールや端末",
        },
        hint: {
          en: "CLIs, TVs and other devices without a good browser",
          ja: "CLI・テレビなど、使いやすいブラウザがない端末",
        },
      },
      service: {
        label: {
          en: "Other organisations' servers, without a user",
          ja: "他組織のサーバー（ユーザーなし）",
        },
        hint: {
          en: "Machine-to-machine calls that act for nobody in particular",
          ja: "特定のユーザーの代理ではない、マシン間の呼び出し",
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
          ja: "ログアウト後の次のリクエストから拒否する",
        },
      },
      minutes: {
        label: { en: "Within minutes", ja: "数分以内" },
        hint: { en: "About 15 minutes at most", ja: "最大でおよそ 15 分" },
      },
      expiry: {
        label: { en: "When the credential expires", ja: "認証情報の期限切れまで" },
        hint: { en: "Hours are acceptable", ja: "数時間かかってもよい" },
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
        hint: { en: "One instance of the app", ja: "アプリのインスタンスは 1 つ" },
      },
      multi: {
        label: { en: "On several instances", ja: "複数のインスタンス" },
        hint: {
          en: "Several instances or containers behind a load balancer",
          ja: "ロードバランサーの後ろに複数のインスタンスやコンテナがある",
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
    findOut: {
      en: "Ask your infrastructure team whether every app instance (including serverless functions) can reach Redis or the database with low latency, and whether it is highly available.",
      ja: "インフラ担当に、すべてのアプリインスタンス（サーバーレス関数を含む）から Redis やデータベースに低遅延で接続できるか、そのストアが高可用かを確認してください。",
    },
    options: {
      yes: { label: { en: "Yes", ja: "はい" } },
      no: { label: { en: "No", ja: "いいえ" } },
      eventual: {
        label: {
          en: "Yes, but only eventually consistent",
          ja: "はい、ただし結果整合性のみ",
        },
        hint: {
          en: "An edge key-value store or read replicas: a delete is not seen everywhere at once",
          ja: "エッジの KV ストアやリードレプリカなど、削除がすぐにはすべての場所に反映されない",
        },
      },
      unsure: { label: { en: "I'm not sure", ja: "わからない" } },
    },
  },
  assurance: {
    title: {
      en: "How much would a stolen session cost?",
      ja: "セッションが盗まれた場合の損害はどの程度ですか？",
    },
    hint: {
      en: "Optional: high means money, health data or admin consoles",
      ja: "任意：「高い」は金銭・健康情報・管理画面などを扱う場合です",
    },
    label: { en: "Assurance", ja: "保証レベル" },
    error: {
      en: "Select how much a stolen session would cost",
      ja: "セッションが盗まれた場合の損害の程度を選んでください",
    },
    options: {
      standard: {
        label: { en: "Standard", ja: "標準" },
        hint: {
          en: "Most apps: a stolen session is bad but contained",
          ja: "多くのアプリ：盗まれると問題だが、被害は限られる",
        },
      },
      high: {
        label: { en: "High", ja: "高い" },
        hint: {
          en: "Money, health data or admin consoles (OWASP's high-value applications)",
          ja: "金銭・健康情報・管理画面など（OWASP のいう高価値アプリケーション）",
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
