import { withLang } from "~/decision/flow";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { httpError } from "~/http/errors.server";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ArgumentCard } from "~/result/argument-card";
import { ContentHtml } from "~/ui/content-html";
import { getArgument } from "~/content/content.server";
import { argumentCard } from "~/content/rationale.server";
import { ARGUMENT_IDS, ruleset, type ArgumentId, type RuleDef } from "~/decision";
import { ruleText } from "~/decision/rule-text";
import { dictionary, resolveLang } from "~/i18n";
import { useChosenLang, type RouteHandle } from "~/root";

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = resolveLang(new URL(request.url), request.headers.get("accept-language"));
  const id = params.id as ArgumentId;
  if (!(ARGUMENT_IDS as readonly string[]).includes(id)) httpError(request, 404);
  const card = argumentCard(lang, id)!;
  const body = getArgument(lang, id)!.body;
  const rules = (ruleset as readonly RuleDef[])
    .filter((r) => (r.cites.arguments as readonly string[]).includes(id))
    .map((r) => ({ id: r.id, title: ruleText[r.id as keyof typeof ruleText].title[lang] }));
  return json(
    { lang, card, body, rules },
    { headers: { Vary: "Accept-Language", "Cache-Control": "public, max-age=300" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ name: "description", content: data.card.claim.replace(/<[^>]+>/g, "") }] : [];

export const handle: RouteHandle = {
  title: ({ data }) => {
    const d = data as { card?: { title: string } } | undefined;
    // Titles are inline HTML (e.g. <code>); the document title wants plain text.
    return d?.card ? d.card.title.replace(/<[^>]+>/g, "") : "";
  },
};

export default function ArgumentPage() {
  const { lang, card, body, rules } = useLoaderData<typeof loader>();
  const t = dictionary(lang);
  const chosen = useChosenLang();
  return (
    <>
      <p>
        <a href={withLang("/arguments", chosen)}>← {t.argumentsPage.back}</a>
      </p>
      <h1>
        <ContentHtml as="span" html={card.title} />
      </h1>
      <ContentHtml className="prose" html={body} />
      <ArgumentCard card={card} lang={lang} headingLevel={2} linkToArgument={false} />
      {rules.length > 0 ? (
        <>
          <h2>{t.decision.reasonsTitle}</h2>
          <ul>
            {rules.map((r) => (
              <li key={r.id} data-rule={r.id}>
                {r.title}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
