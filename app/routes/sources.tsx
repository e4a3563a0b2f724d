import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { withLang } from "~/decision/flow";
import { citationIndex } from "~/content/citations.server";
import { SOURCE_IDS, sources, type Source } from "~/decision";
import { dictionary, resolveLang } from "~/i18n";
import { describedAs } from "~/result/meta-documents";
import { useChosenLang, type RouteHandle } from "~/root";

export function loader({ request }: LoaderFunctionArgs) {
  const lang = resolveLang(new URL(request.url), request.headers.get("accept-language"));
  const index = citationIndex(lang);
  const list = SOURCE_IDS.map((id) => {
    const source: Source = sources[id];
    return { id, ...source, ...index[id] };
  });
  return json(
    { lang, list },
    { headers: { Vary: "Accept-Language", "Cache-Control": "public, max-age=300" } },
  );
}

const citedCount = (s: { pages: unknown[]; rules: unknown[]; providers: unknown[] }) =>
  s.pages.length + s.rules.length + s.providers.length;

export const meta = describedAs((t) => t.descriptions.sources);

export const handle: RouteHandle = { title: ({ lang }) => dictionary(lang).sourcesPage.title };

export default function Sources() {
  const { lang, list } = useLoaderData<typeof loader>();
  const t = dictionary(lang);
  const chosen = useChosenLang();
  const sep = { colon: t.punctuation.colon, list: t.punctuation.longList };
  const { open, close } = t.punctuation;
  return (
    <>
      <h1>{t.sourcesPage.title}</h1>
      <p className="lead">{t.sourcesPage.lead}</p>
      <ul className="source-registry">
        {list.map((s) => (
          <li key={s.id} id={`source-${s.id}`} data-source={s.id}>
            {s.url ? <a href={s.url}>{s.title}</a> : <cite lang="ja">{s.title}</cite>} —{" "}
            {s.publisher}, {s.date}
            {s.checked ? (
              <span className="muted" data-checked={s.checked}>
                {`${open}${t.sourcesPage.checked}${sep.colon}${s.checked}${close}`}
              </span>
            ) : null}
            <details>
              <summary>
                {t.sourcesPage.citedBy}
                {`${open}${citedCount(s)}${close}`}
              </summary>
              {s.pages.length > 0 ? (
                <p data-cited-by="pages">
                  {t.sourcesPage.pages}
                  {sep.colon}
                  {s.pages.map((p, i) => (
                    <span key={p.href}>
                      {i > 0 ? sep.list : null}
                      <a href={withLang(p.href, chosen)}>{p.title}</a>
                    </span>
                  ))}
                </p>
              ) : null}
              {s.rules.length > 0 ? (
                <p data-cited-by="rules">
                  {t.sourcesPage.rules}
                  {sep.colon}
                  {s.rules.map((r) => r.title).join(sep.list)}
                </p>
              ) : null}
              {s.providers.length > 0 ? (
                <p data-cited-by="providers">
                  {t.sourcesPage.providers}
                  {sep.colon}
                  {s.providers.map((p) => p.name).join(sep.list)}
                </p>
              ) : null}
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}
