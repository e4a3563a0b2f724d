// Why an approach lost when no rule ruled it out: one sentence per (loser, winner) pair, in both languages.
// A ruled-out approach takes its sentence from the rule that ruled it out (rule-text.ts, `whyNot`).
// Where a sentence speaks of the team's clients, it is built from the answers, so it never calls one kind of
// client several or denies an authorization server that the partners' add-on brings (SPEC principle 16).
import type { Approach } from "./outcomes";
import type { Answers, Localized } from "./questions";

type WhyNot = Localized | ((a: Answers) => Localized);
type Pairs = Record<Approach, Partial<Record<Approach, WhyNot>>>;

/** What, besides browsers on one site, calls the services: the answers that favour one authorization server. */
function manyCallers(a: Answers): Localized {
  const parts: Localized[] = [];
  if (a.clients.includes("native")) parts.push({ en: "native apps", ja: "ネイティブアプリ" });
  if (a.clients.includes("spa")) parts.push({ en: "a single-page app", ja: "SPA" });
  if (a.domains === "cross-site") parts.push({ en: "several sites", ja: "複数のサイト" });
  if (parts.length === 0) parts.push({ en: "your clients", ja: "自社のクライアント" });
  const en = parts.map((p) => p.en);
  return {
    en: en.length > 1 ? `${en.slice(0, -1).join(", ")} and ${en.at(-1)}` : en[0]!,
    ja: parts.map((p) => p.ja).join("や"),
  };
}

/** Why an authorization server lost to a gateway session, without denying the partners' one. */
function noAuthorizationServer(a: Answers): Localized {
  const partners = a.clients.includes("third-party");
  const why =
    a.logout === "immediate"
      ? {
          en: "Logout must take effect at once, and one session at the edge is ended on the server by deleting it, with fewer moving parts than an authorization server for your own users",
          ja: "ログアウトはすぐに反映する必要があり、エッジの 1 つのセッションならサーバー側で削除して終わらせられます。自社ユーザー向けの認可サーバーより部品も少なくて済みます",
        }
      : {
          en: "Browsers on one site need no authorization server for your own users: one session at the edge is simpler and ends at once",
          ja: "1 つのサイトのブラウザには、自社ユーザー向けの認可サーバーは必要ありません。エッジの 1 つのセッションのほうが単純で、すぐに終わらせられます",
        };
  return partners
    ? {
        en: `${why.en}; your partners get an authorization server of their own (see the add-ons).`,
        ja: `${why.ja}。取引先には取引先向けの認可サーバーを別に用意します（追加対策を参照）。`,
      }
    : { en: `${why.en}.`, ja: `${why.ja}。` };
}

export function whyNotFor(loser: Approach, winner: Approach, a: Answers): Localized {
  const text = whyNotText[loser][winner]!;
  return typeof text === "function" ? text(a) : text;
}

const whyNotText: Pairs = {
  "server-session": {
    "gateway-token": {
      en: "With many services, each would have to call one session store on every request; the gateway makes that lookup once, at the edge.",
      ja: "サービスが多数あると、それぞれがリクエストのたびに 1 つのセッションストアを呼ぶことになります。ゲートウェイならエッジで 1 回参照するだけです。",
    },
    "access-refresh": (a) => ({
      en: `Many services, called from ${manyCallers(a).en}, would all depend on one session store; one authorization server issues tokens that each service verifies itself.`,
      ja: `${manyCallers(a).ja}から呼ばれる多数のサービスが、すべて 1 つのセッションストアに依存することになります。認可サーバーなら、各サービスが自分で検証できるトークンを発行できます。`,
    }),
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
    "access-refresh": (a) => ({
      en: `An edge session suits browsers on one site; with ${manyCallers(a).en} calling many services, one authorization server issues tokens that every service verifies itself.`,
      ja: `エッジのセッションは 1 つのサイトのブラウザに向いています。${manyCallers(a).ja}が多数のサービスを呼ぶなら、各サービスが自分で検証できるトークンを 1 つの認可サーバーから発行できます。`,
    }),
  },
  "access-refresh": {
    "server-session": {
      en: "An authorization server with access and refresh tokens adds moving parts your own clients do not need; a session is ended on the server by deleting it.",
      ja: "アクセストークンとリフレッシュトークンを扱う認可サーバーは、自社のクライアントに必要のない部品を増やします。セッションならサーバー側で削除して終わらせられます。",
    },
    "stateless-token": {
      en: "Refresh tokens must be stored and rotated: the store you do not have.",
      ja: "リフレッシュトークンは保存し、ローテーションする必要があります。そのためのストアがありません。",
    },
    "gateway-token": noAuthorizationServer,
  },
};
