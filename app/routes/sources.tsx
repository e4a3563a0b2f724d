import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ruleset, SOURCE_IDS, sources, type RuleDef } from "~/decision";
import { dictionary, resolveLang } from "~/i18n";
import { describedAs } from "~/meta-documents";
import type { RouteHandle } from "~/root";

export function loader({ request }: LoaderFunctionArgs) {
  const lang = resolveLang(new URL(request.url), request.headers.get("accept-language"));
  const list = SOURCE_IDS.map((id) => ({
    id,
    ...sources[id],
    rules: (ruleset as readonly RuleDef[])
      .filter((r) => (r.cites.sources as readonly string[]).includes(id))
      .map((r) => r.id),
  }));
  return json(
    { lang, list },
    { headers: { Vary: "Accept-Language", "Cache-Control": "public, max-age=300" } },
  );
}

export const meta = describedAs((t) => t.descriptions.sources);

export const handle: RouteHandle = { title: ({ lang }) => dictionary(lang).sourcesPage.title };

export default function Sources() {
  const { lang, list } = useLoaderData<typeof loader>();
  const t = dictionary(lang);
  return (
    <>
      <h1>{t.sourcesPage.title}</h1>
      <p className="lead">{t.sourcesPage.lead}</p>
      <ul className="source-registry">
        {list.map((s) => (
          <li key={s.id} id={`source-${s.id}`} data-source={s.id}>
            {s.url ? <a href={s.url}>{s.title}</a> : <cite>{s.title}</cite>} — {s.publisher},{" "}
            {s.date} <code className="muted">{s.id}</code>
            {s.rules.length > 0 ? (
              <span className="muted">
                {" "}
                · {t.sourcesPage.citedBy}: {s.rules.join(", ")}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
