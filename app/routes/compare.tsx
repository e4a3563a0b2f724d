import type {
  HeadersFunction,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { comparePage, type Side } from "~/compare/compare.server";
import { ErrorSummary } from "~/ui/error-summary";
import { CompareResult } from "~/compare/compare-result";
import { RoundTextField } from "~/rounds/round-fields";
import { langOfMatches } from "~/http/lang";
import { pageLink } from "~/http/links";
import { dictionary, roundText } from "~/i18n";
import type { RouteHandle } from "~/root";
import { MAX_LINK } from "~/compare/compare";
import styles from "~/rounds/rounds.css";

// The loader's Cache-Control and Vary reach the page only through this export.
export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = ({ matches }) => {
  const { lang } = langOfMatches(matches);
  return [
    { name: "description", content: roundText(lang).compare.lead },
    { name: "robots", content: "noindex" },
  ];
};

/** GET /compare?a=<answers or link>&b=<answers or link>: two results side by side (app/compare/compare.server.ts). */
export function loader({ request }: LoaderFunctionArgs) {
  return comparePage(request);
}

export const handle: RouteHandle = { title: ({ lang }) => roundText(lang).compare.title };

export default function Compare() {
  const data = useLoaderData<typeof loader>();
  const t = roundText(data.lang).compare;
  const d = dictionary(data.lang);
  const summary = (Object.entries(data.errors) as [Side, string][]).map(([side, message]) => ({
    href: `compare-${side}`,
    message,
  }));
  return (
    <>
      <ErrorSummary title={d.errors.summaryTitle} errors={summary} />
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      {data.result ? <CompareResult result={data.result} lang={data.lang} /> : null}
      <form method="get" action={pageLink("/compare")} className="round-form">
        {data.chosenLang ? <input type="hidden" name="lang" value={data.chosenLang} /> : null}
        {(["a", "b"] as const).map((side) => (
          <RoundTextField
            key={side}
            id={`compare-${side}`}
            name={side}
            label={side === "a" ? t.a : t.b}
            hint={t.hint}
            error={data.errors[side]}
            errorPrefix={d.errors.titlePrefix}
            value={data.values[side]}
            maxLength={MAX_LINK}
          />
        ))}
        <button type="submit" className="button">
          {t.submit}
        </button>
      </form>
    </>
  );
}
