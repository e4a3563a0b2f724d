// Server-rendered SVG: an architecture sketch of the recommended approach and a score chart of all four.
// Each picture is an <svg role="img"> with <title> and <desc>: the text alternative says what the picture shows.
import type { AddOn, Approach } from "~/decision";
import { dictionary, type Lang } from "~/i18n";

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

/** The diagram of an approach; its description is one of the sentences a decision page shows. */
export function sketch(approach: Approach, addOns: readonly AddOn[], lang: Lang): Sketch {
  const t = dictionary(lang).diagrams;
  const client: Box = {
    id: "client",
    x: 2,
    y: 80,
    w: 130,
    label: t.client,
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
          label: t.identityProvider,
          sub: t.openIdConnect,
          kind: "server",
        },
      ]
    : [];
  const extraEdges: Edge[] = idp
    ? [
        {
          from: "client",
          to: "idp",
          label: t.signInRedirect,
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
            label: bff ? t.bffApp : t.appInstances,
            sub: t.stateless,
            kind: "server",
          },
          {
            id: "store",
            x: 508,
            y: 80,
            w: 130,
            label: t.sessionStore,
            sub: t.redisDb,
            kind: "store",
          },
          ...extra,
        ],
        edges: [
          {
            from: "client",
            to: "app",
            label: t.sessionCookie,
          },
          { from: "app", to: "store", label: t.lookUpDelete },
          ...extraEdges,
        ],
        desc: t.desc["server-session"],
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
            label: t.gateway,
            sub: t.opaqueToJwt,
            kind: "gateway",
          },
          {
            id: "store",
            x: 240,
            y: 190,
            w: 140,
            label: t.sessionStore,
            kind: "store",
          },
          {
            id: "svcA",
            x: 498,
            y: 20,
            w: 140,
            label: t.serviceA,
            sub: t.verifiesJwt,
            kind: "server",
          },
          {
            id: "svcB",
            x: 498,
            y: 140,
            w: 140,
            label: t.serviceB,
            sub: t.verifiesJwt,
            kind: "server",
          },
          ...extra,
        ],
        edges: [
          { from: "client", to: "gateway", label: t.opaqueToken },
          { from: "gateway", to: "store", label: t.introspect },
          { from: "gateway", to: "svcA", label: t.internalJwt },
          { from: "gateway", to: "svcB", label: t.internalJwt },
          ...extraEdges,
        ],
        desc: t.desc["gateway-token"],
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
            label: t.authorizationServer,
            sub: t.rotatesRefreshTokens,
            kind: "server",
          },
          {
            id: "api",
            x: 498,
            y: 80,
            w: 140,
            label: t.apis,
            sub: t.verifyJwtMinutes,
            kind: "server",
          },
          ...(bff
            ? [
                {
                  id: "bff",
                  x: 250,
                  y: 80,
                  w: 140,
                  label: t.bff,
                  sub: t.holdsTokens,
                  kind: "gateway" as const,
                },
              ]
            : []),
        ],
        edges: [
          ...(bff
            ? [
                { from: "client", to: "bff", label: t.cookie },
                { from: "bff", to: "api", label: t.accessJwt },
                { from: "bff", to: "as", label: t.refresh, dashed: true },
              ]
            : [
                {
                  from: "client",
                  to: "api",
                  label: t.accessJwtShort,
                },
                {
                  from: "client",
                  to: "as",
                  label: t.refreshTokenRotated,
                  dashed: true,
                },
              ]),
        ],
        desc: t.desc["access-refresh"],
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
            label: t.edgeInstances,
            sub: t.verifySignatureLocally,
            kind: "server",
          },
          {
            id: "key",
            x: 508,
            y: 80,
            w: 130,
            label: t.signingKey,
            sub: t.noSessionStore,
            kind: "store",
          },
        ],
        edges: [
          {
            from: "client",
            to: "edge",
            label: t.signedTokenShort,
          },
          { from: "edge", to: "key", label: t.verify, dashed: true },
        ],
        desc: t.desc["stateless-token"],
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
