// Why an approach lost when no rule ruled it out: one sentence per (loser, winner) pair, in both languages.
// A ruled-out approach takes its sentence from the rule that ruled it out (rule-text.ts, `whyNot`).
import type { Approach } from "./outcomes";
import type { Localized } from "./questions";

type Pairs = Record<Approach, Partial<Record<Approach, Localized>>>;

export const whyNotText: Pairs = {
  "server-session": {
    "gateway-token": {
      en: "With many services, each would have to call one session store on every request; the gateway makes that lookup once, at the edge.",
      ja: "サービスが多数あると、それぞれがリクエストのたびに 1 つのセッションストアを呼ぶことになります。ゲートウェイならエッジで 1 回参照するだけです。",
    },
    "access-refresh": {
      en: "Many services and several kinds of client would all depend on one session store; one authorization server issues tokens that each service verifies itself.",
      ja: "多数のサービスと複数種類のクライアントが 1 つのセッションストアに依存することになります。認可サーバーなら、各サービスが自分で検証できるトークンを発行できます。",
    },
    "stateless-token": {
      en: "Server-side sessions need a store that every instance reaches on every request.",
      ja: "サーバー側セッションには、全インスタンスがリクエストごとに参照できるストアが必要です。",
    },
  },
  "stateless-token": {
    "server-session": {
      en: "A signed token would save a lookup your instances can already make, and it could not be ended before it expires.",
      ja: "署名付きトークンで省けるのは、インスタンスがすでに実行できる参照だけです。しかも期限前に終わらせることができません。",
    },
    "gateway-token": {
      en: "Tokens handed to clients cannot be ended before they expire; the gateway keeps a revocable session at the edge instead.",
      ja: "クライアントに渡したトークンは期限前に終わらせられません。ゲートウェイなら、失効できるセッションをエッジに置けます。",
    },
    "access-refresh": {
      en: "Home-made tokens have no standard way to renew and revoke them per client; access tokens with revocable, rotated refresh tokens do.",
      ja: "自作のトークンには、クライアントごとに更新や失効を行う標準的な方法がありません。失効とローテーションができるリフレッシュトークンを伴うアクセストークンにはあります。",
    },
  },
  "gateway-token": {
    "server-session": {
      en: "A gateway only pays off when many independently deployed services verify users.",
      ja: "ゲートウェイが役に立つのは、独立してデプロイされる多数のサービスがユーザーを検証する場合だけです。",
    },
    "stateless-token": {
      en: "A gateway's session lookup needs the shared store you do not have.",
      ja: "ゲートウェイでのセッション参照には、持っていない共有ストアが必要です。",
    },
    "access-refresh": {
      en: "An edge session suits one site and one kind of client; yours are several, and one authorization server serves them all.",
      ja: "エッジのセッションは、サイトもクライアントも 1 種類の場合に向いています。複数あるなら、1 つの認可サーバーでまとめて扱えます。",
    },
  },
  "access-refresh": {
    "server-session": {
      en: "An authorization server with access and refresh tokens adds moving parts your own clients do not need; a session ends at once when deleted.",
      ja: "アクセストークンとリフレッシュトークンを扱う認可サーバーは、自社のクライアントに必要のない部品を増やします。セッションなら削除した時点で終わります。",
    },
    "stateless-token": {
      en: "Refresh tokens must be stored and rotated: the store you do not have.",
      ja: "リフレッシュトークンは保存し、ローテーションする必要があります。そのためのストアがありません。",
    },
    "gateway-token": {
      en: "Your logout answer or your clients do not call for an authorization server; one session at the edge is simpler and ends at once.",
      ja: "ログアウトの回答やクライアントの構成からは、認可サーバーは必要ありません。エッジの 1 つのセッションのほうが単純で、すぐに終わらせられます。",
    },
  },
};
