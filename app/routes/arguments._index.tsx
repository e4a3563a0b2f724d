import { withLang } from "~/decision/flow";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ContentHtml } from "~/ui/content-html";
import { listArguments } from "~/content/content.server";
import { ARGUMENT_IDS, ARTICLE_TITLE } from "~/decision";
import { dictionary, format, resolveLang } from "~/i18n";
import { describedAs } from "~/result/meta-documents";
import { useChosenLang, type RouteHandle } from "~/root";

export function loader({ request }: LoaderFunctionArgs) {
  const lang = resolveLang(new URL(request.url), request.headers.get("accept-language"));
  // The article's arguments in the order the article raises them, then the additions.
  const order = (id: string) => (ARGUMENT_IDS as readonly string[]).indexOf(id);
  const items = [...listArguments(lang)]
    .sort((a, b) => order(a.frontmatter.id) - order(b.frontmatter.id))
    .map((a) => ({
      id: a.frontmatter.id,
      kind: a.frontmatter.kind,
      verdict: a.frontmatter.verdict,
      section: a.frontmatter.section,
      title: a.inline.title,
      claim: a.inline.claim,
    }));
  return json(
    { lang, items },
    { headers: { Vary: "Accept-Language", "Cache-Control": "public, max-age=300" } },
  );
}

export const meta = describedAs((t) => t.descriptions.arguments);

export const handle: RouteHandle = { title: ({ lang }) => dictionary(lang).argumentsPage.title };

export default function ArgumentsIndex() {
  const { lang, items } = useLoaderData<typeof loader>();
  const t = dictionary(lang);
  const chosen = useChosenLang();
  const list = (kind: "article" | "addition") => (
    <ul className="argument-list">
      {items
        .filter((i) => i.kind === kind)
        .map((i) => (
          <li key={i.id} data-argument={i.id}>
            <a href={withLang(`/arguments/${i.id}`, chosen)}>
              <ContentHtml as="span" html={i.title} />
            </a>{" "}
            <span className={`verdict verdict--${i.verdict}`}>
              {t.rationale.verdict[i.kind][i.verdict]}
            </span>
            <ContentHtml as="p" className="muted" html={i.claim} />
          </li>
        ))}
    </ul>
  );
  return (
    <>
      <h1>{t.argumentsPage.title}</h1>
      <p className="lead">{format(t.argumentsPage.lead, { title: ARTICLE_TITLE })}</p>
      <h2>{t.argumentsPage.fromArticle}</h2>
      {list("article")}
      <h2>{t.argumentsPage.additions}</h2>
      {list("addition")}
      <p>
        <a href={withLang("/sources", chosen)}>{t.nav.sources}</a>
      </p>
    </>
  );
}
