import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { rulesetVersion } from "~/decision";
import { PUBLISHED_VERSIONS } from "~/decision/published-versions";
import { dictionary, format, resolveLang } from "~/i18n";
import { describedAs } from "~/result/meta-documents";
import type { RouteHandle } from "~/root";

/** GET /rules: every published ruleset version, newest first, with its change notes (GOV.UK-style). */
export function loader({ request }: LoaderFunctionArgs) {
  const lang = resolveLang(new URL(request.url), request.headers.get("accept-language"));
  const versions = [...PUBLISHED_VERSIONS].reverse().map((v) => ({
    version: v.version,
    published: v.published,
    current: v.version === rulesetVersion,
    notes: v.notes.map((n) => n[lang]),
  }));
  return json(
    { lang, versions },
    { headers: { Vary: "Accept-Language", "Cache-Control": "public, max-age=300" } },
  );
}

export const meta = describedAs((t) => t.descriptions.rules);

export const handle: RouteHandle = { title: ({ lang }) => dictionary(lang).versions.title };

export default function Rules() {
  const { lang, versions } = useLoaderData<typeof loader>();
  const t = dictionary(lang).versions;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {versions.map((v) => (
        <section key={v.version} aria-labelledby={`v-${v.version}`} data-version={v.version}>
          <h2 id={`v-${v.version}`}>
            <code>{v.version}</code>
            {v.current ? <span className="tag"> {t.current}</span> : null}
          </h2>
          <p className="muted">{format(t.published, { date: v.published })}</p>
          <ul>
            {v.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
