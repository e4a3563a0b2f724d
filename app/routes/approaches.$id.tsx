import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { httpError } from "~/http/errors.server";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ContentHtml } from "~/ui/content-html";
import { guideSources } from "~/content/citations.server";
import { getGuide, getStack } from "~/content/content.server";
import {
  ADD_ONS,
  APPROACHES,
  sources,
  valuesOf,
  type AddOn,
  type Approach,
  type SourceId,
} from "~/decision";
import { dictionary, format, resolveLang } from "~/i18n";
import type { RouteHandle } from "~/root";

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = resolveLang(new URL(request.url), request.headers.get("accept-language"));
  const id = params.id as Approach | AddOn;
  if (![...APPROACHES, ...ADD_ONS].includes(id)) httpError(request, 404);
  const guide = getGuide(lang, id)!;
  const isApproach = (APPROACHES as readonly string[]).includes(id);
  const stacks = isApproach
    ? valuesOf("stack").map((s) => {
        const entry = getStack(lang, s)!;
        return { id: s, title: entry.frontmatter.title, notes: entry.inline.notes[id] ?? [] };
      })
    : [];
  return json(
    {
      lang,
      id,
      title: guide.frontmatter.title,
      summary: guide.inline.summary,
      checklist: guide.inline.checklist,
      body: guide.body,
      sources: guideSources(lang, id).map((s) => ({ id: s, ...sources[s as SourceId] })),
      stacks,
    },
    { headers: { Vary: "Accept-Language", "Cache-Control": "public, max-age=300" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ name: "description", content: data.summary.replace(/<[^>]+>/g, "") }] : [];

export const handle: RouteHandle = {
  title: ({ data }) => (data as { title?: string } | undefined)?.title ?? "",
};

export default function ApproachPage() {
  const data = useLoaderData<typeof loader>();
  const t = dictionary(data.lang);
  return (
    <>
      <h1>{data.title}</h1>
      <ContentHtml as="p" className="lead" html={data.summary} />
      <ContentHtml className="prose" html={data.body} />
      <h2>{t.rationale.checklist}</h2>
      <ul className="checklist">
        {data.checklist.map((item, i) => (
          <ContentHtml as="li" key={i} html={item} />
        ))}
      </ul>
      {data.stacks.map((s) => (
        <section key={s.id} aria-labelledby={`stack-${s.id}`}>
          <h3 id={`stack-${s.id}`}>{format(t.rationale.stackNotes, { stack: s.title })}</h3>
          <ul className="checklist">
            {s.notes.map((n, i) => (
              <ContentHtml as="li" key={i} html={n} />
            ))}
          </ul>
        </section>
      ))}
      <h2>{t.approachPage.sources}</h2>
      <ul>
        {data.sources.map((s) => (
          <li key={s.id}>
            {s.url ? <a href={s.url}>{s.title}</a> : s.title} — {s.publisher}, {s.date}
          </li>
        ))}
      </ul>
    </>
  );
}
