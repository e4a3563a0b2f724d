// Server-rendered SVG: an architecture sketch of the recommended approach and a score chart of all four.
// Each picture is an <svg role="img"> with <title> and <desc>: the text alternative says what the picture shows.
import type { AddOn, Approach } from "~/decision";
import type { Lang } from "~/i18n";

interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  label: string;
  sub?: string;
  kind?: "client" | "server" | "store" | "gateway";
}
interface Edge {
  from: string;
  to: string;
  label: string;
  dashed?: boolean;
}
interface Sketch {
  boxes: Box[];
  edges: Edge[];
  desc: string;
}

const L = (lang: Lang, en: string, ja: string) => (lang === "ja" ? ja : en);

/** The diagram of an approach; its description is one of the sentences a decision page shows. */
export function sketch(approach: Approach, addOns: readonly AddOn[], lang: Lang): Sketch {
  const client: Box = {
    id: "client",
    x: 2,
    y: 80,
    w: 130,
    label: L(lang, "Browser / app", "ブラウザ・アプリ"),
    kind: "client",
  };
  const bff = addOns.includes("bff");
  const idp = addOns.includes("oidc");
  const extra: Box[] = idp
    ? [
        {
          id: "idp",
          x: 2,
          y: 190,
          w: 150,
          label: L(lang, "Identity provider", "IDプロバイダー"),
          sub: "OpenID Connect",
          kind: "server",
        },
      ]
    : [];
  const extraEdges: Edge[] = idp
    ? [
        {
          from: "client",
          to: "idp",
          label: L(lang, "sign in (redirect)", "ログイン（リダイレクト）"),
          dashed: true,
        },
      ]
    : [];
  switch (approach) {
    case "server-session":
      return {
        boxes: [
          client,
          {
            id: "app",
            x: 250,
            y: 80,
            w: 150,
            label: bff ? "BFF / app" : L(lang, "App instances", "アプリのインスタンス"),
            sub: L(lang, "stateless", "ステートレス"),
            kind: "server",
          },
          {
            id: "store",
            x: 508,
            y: 80,
            w: 130,
            label: L(lang, "Session store", "セッションストア"),
            sub: "Redis / DB",
            kind: "store",
          },
          ...extra,
        ],
        edges: [
          {
            from: "client",
            to: "app",
            label: L(lang, "cookie: session ID", "Cookie：セッションID"),
          },
          { from: "app", to: "store", label: L(lang, "look up / delete", "参照・削除") },
          ...extraEdges,
        ],
        desc: L(
          lang,
          "The browser or app sends only a random session ID. Every app instance looks the session up in a shared store; logout deletes the record, so it takes effect on the next request.",
          "ブラウザやアプリはランダムなセッションID だけを送ります。各インスタンスは共有ストアでセッションを参照し、ログアウトではレコードを削除するので、次のリクエストから反映されます。",
        ),
      };
    case "gateway-token":
      return {
        boxes: [
          client,
          {
            id: "gateway",
            x: 240,
            y: 80,
            w: 140,
            label: L(lang, "Gateway", "ゲートウェイ"),
            sub: L(lang, "opaque → JWT", "不透明 → JWT"),
            kind: "gateway",
          },
          {
            id: "store",
            x: 240,
            y: 190,
            w: 140,
            label: L(lang, "Session store", "セッションストア"),
            kind: "store",
          },
          {
            id: "svcA",
            x: 498,
            y: 20,
            w: 140,
            label: L(lang, "Service A", "サービス A"),
            sub: L(lang, "verifies JWT", "JWT を検証"),
            kind: "server",
          },
          {
            id: "svcB",
            x: 498,
            y: 140,
            w: 140,
            label: L(lang, "Service B", "サービス B"),
            sub: L(lang, "verifies JWT", "JWT を検証"),
            kind: "server",
          },
          ...extra,
        ],
        edges: [
          { from: "client", to: "gateway", label: L(lang, "opaque token", "不透明トークン") },
          { from: "gateway", to: "store", label: L(lang, "introspect", "照会") },
          { from: "gateway", to: "svcA", label: L(lang, "internal JWT", "内部 JWT") },
          { from: "gateway", to: "svcB", label: L(lang, "internal JWT", "内部 JWT") },
          ...extraEdges,
        ],
        desc: L(
          lang,
          "Clients hold an opaque token. The gateway checks it against the session store, which can revoke it at once, and forwards a short-lived internal JWT that each service verifies on its own.",
          "クライアントは不透明なトークンを持ちます。ゲートウェイがそれをセッションストアで確認し（即時に失効できます）、各サービスが自分で検証できる短命な内部 JWT を付けて転送します。",
        ),
      };
    case "access-refresh":
      return {
        boxes: [
          client,
          {
            id: "as",
            x: 230,
            y: 190,
            w: 190,
            label: L(lang, "Authorization server", "認可サーバー"),
            sub: L(lang, "rotates refresh tokens", "リフレッシュトークンを更新"),
            kind: "server",
          },
          {
            id: "api",
            x: 498,
            y: 80,
            w: 140,
            label: L(lang, "APIs", "API"),
            sub: L(lang, "verify JWT (minutes)", "JWT を検証（数分）"),
            kind: "server",
          },
          ...(bff
            ? [
                {
                  id: "bff",
                  x: 250,
                  y: 80,
                  w: 140,
                  label: "BFF",
                  sub: L(lang, "holds the tokens", "トークンを保持"),
                  kind: "gateway" as const,
                },
              ]
            : []),
        ],
        edges: [
          ...(bff
            ? [
                { from: "client", to: "bff", label: L(lang, "cookie", "Cookie") },
                { from: "bff", to: "api", label: L(lang, "access JWT", "アクセス JWT") },
                { from: "bff", to: "as", label: L(lang, "refresh", "更新"), dashed: true },
              ]
            : [
                {
                  from: "client",
                  to: "api",
                  label: L(lang, "access JWT (short)", "アクセス JWT（短命）"),
                },
                {
                  from: "client",
                  to: "as",
                  label: L(lang, "refresh token (rotated)", "リフレッシュトークン（更新）"),
                  dashed: true,
                },
              ]),
        ],
        desc: L(
          lang,
          "An authorization server issues access tokens that live minutes and refresh tokens that are rotated and can be revoked. APIs verify access tokens on their own, or ask the authorization server (introspection) where revocation must be immediate; revoking a refresh token stops new access tokens.",
          "認可サーバーが数分で切れるアクセストークンと、更新され失効可能なリフレッシュトークンを発行します。API はアクセストークンを自分で検証するか、即時の失効が必要なら認可サーバーに問い合わせます（イントロスペクション）。リフレッシュトークンを失効させれば、新しいアクセストークンは発行されません。",
        ),
      };
    case "stateless-token":
      return {
        boxes: [
          client,
          {
            id: "edge",
            x: 240,
            y: 80,
            w: 170,
            label: L(lang, "Edge / app instances", "エッジ・アプリ"),
            sub: L(lang, "verify signature locally", "署名をその場で検証"),
            kind: "server",
          },
          {
            id: "key",
            x: 508,
            y: 80,
            w: 130,
            label: L(lang, "Signing key", "署名鍵"),
            sub: L(lang, "no session store", "ストアなし"),
            kind: "store",
          },
        ],
        edges: [
          {
            from: "client",
            to: "edge",
            label: L(lang, "signed token (short)", "署名付きトークン（短命）"),
          },
          { from: "edge", to: "key", label: L(lang, "verify", "検証"), dashed: true },
        ],
        desc: L(
          lang,
          "The client presents a short-lived signed token; every instance verifies it with the key and needs no shared store. A logout or ban takes effect when the token expires, at the latest at its next renewal, which re-checks the user.",
          "クライアントは短命な署名付きトークンを提示し、各インスタンスは鍵で検証するだけで共有ストアを必要としません。ログアウトや利用停止はトークンの期限切れ、遅くとも次の更新（ユーザーを確認し直します）で反映されます。",
        ),
      };
  }
}

const FILL: Record<NonNullable<Box["kind"]>, string> = {
  client: "#e8f0fe",
  server: "#e6f4ea",
  store: "#fef7e0",
  gateway: "#f3e8fd",
};

const BOX_H = 56;

function center(b: Box) {
  return { x: b.x + b.w / 2, y: b.y + BOX_H / 2 };
}

/** Where the segment from a's centre to b's centre leaves box a. */
function exitPoint(a: Box, b: Box) {
  const c = center(a);
  const d = center(b);
  const dx = d.x - c.x;
  const dy = d.y - c.y;
  const sx = dx === 0 ? Infinity : a.w / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : BOX_H / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: c.x + dx * s, y: c.y + dy * s };
}

export function ArchitectureDiagram({
  approach,
  addOns,
  lang,
  title,
}: {
  approach: Approach;
  addOns: readonly AddOn[];
  lang: Lang;
  title: string;
}) {
  const drawn = sketch(approach, addOns, lang);
  // Start the drawing just below the top edge, whatever rows the sketch uses.
  const top = Math.min(...drawn.boxes.map((b) => b.y)) - 22;
  const boxes = drawn.boxes.map((b) => ({ ...b, y: b.y - top }));
  const { edges, desc } = drawn;
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const height = Math.max(...boxes.map((b) => b.y + BOX_H)) + 14;
  const id = `diagram-${approach}`;
  return (
    // Focusable, so that the sideways scroll of a narrow screen works by keyboard too.
    <figure className="diagram" tabIndex={0} aria-labelledby={`${id}-title`}>
      <svg
        viewBox={`0 0 640 ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="diagram__svg"
        data-testid="architecture-diagram"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <defs>
          <marker
            id={`${id}-arrow`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="#374151" />
          </marker>
        </defs>
        {edges.map((e) => {
          const a = byId.get(e.from)!;
          const b = byId.get(e.to)!;
          const p = exitPoint(a, b);
          const q = exitPoint(b, a);
          const mx = (p.x + q.x) / 2;
          const my = (p.y + q.y) / 2;
          return (
            <g key={`${e.from}-${e.to}`}>
              <line
                x1={p.x}
                y1={p.y}
                x2={q.x}
                y2={q.y}
                stroke="#374151"
                strokeWidth="1.6"
                strokeDasharray={e.dashed ? "5 4" : undefined}
                markerEnd={`url(#${id}-arrow)`}
              />
              <text
                x={mx}
                y={my - 7}
                textAnchor="middle"
                fontSize="11"
                fill="#1f2937"
                paintOrder="stroke"
                stroke="#ffffff"
                strokeWidth="4"
              >
                {e.label}
              </text>
            </g>
          );
        })}
        {boxes.map((b) => (
          <g key={b.id}>
            <rect
              x={b.x}
              y={b.y}
              width={b.w}
              height={BOX_H}
              rx="8"
              fill={FILL[b.kind ?? "server"]}
              stroke="#4b5563"
            />
            <text
              x={b.x + b.w / 2}
              y={b.y + (b.sub ? 24 : 33)}
              textAnchor="middle"
              fontSize="13"
              fontWeight="700"
              fill="#111827"
            >
              {b.label}
            </text>
            {b.sub ? (
              <text x={b.x + b.w / 2} y={b.y + 42} textAnchor="middle" fontSize="11" fill="#374151">
                {b.sub}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption className="muted">{desc}</figcaption>
    </figure>
  );
}
