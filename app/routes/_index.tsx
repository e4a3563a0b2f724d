import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { withLang } from "~/decision/flow";
import { GOLDEN, type GoldenId } from "~/decision/golden";
import { dictionary, roundText } from "~/i18n";
import { imageTags } from "~/result/meta-documents";
import { siteImage } from "~/result/preview-image";
import { useChosenLang, useLang } from "~/root";

// The start page's own address, for the link preview's absolute URLs.
export function loader({ request }: LoaderFunctionArgs) {
  return json({ origin: new URL(request.url).origin });
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const root = matches.find((m) => m.id === "root")?.data as { lang?: "en" | "ja" } | undefined;
  const lang = root?.lang ?? "en";
  const t = dictionary(lang);
  const origin = data?.origin ?? "";
  const image = siteImage(origin, lang);
  return [
    { name: "description", content: t.home.lead },
    { property: "og:type", content: "website" },
    { property: "og:site_name", content: t.siteName },
    { property: "og:title", content: t.home.title },
    { property: "og:description", content: t.home.lead },
    { property: "og:url", content: `${origin}/` },
    { property: "og:locale", content: dictionary(lang).locale.openGraph },
    { name: "twitter:card", content: image ? "summary_large_image" : "summary" },
    { name: "twitter:title", content: t.home.title },
    { name: "twitter:description", content: t.home.lead },
    ...imageTags(image),
  ];
};

export default function Home() {
  const lang = useLang();
  const t = dictionary(lang);
  // Links carry a language only when the person chose one; otherwise each page follows the browser.
  const chosen = useChosenLang();
  return (
    <>
      <h1>{t.home.title}</h1>
      <p className="lead">{t.home.lead}</p>
      <div className="button-row">
        <Link className="button" to={withLang("/q/arch", chosen)}>
          {t.home.start}
        </Link>
        <span className="muted">{t.home.time}</span>
      </div>
      <p>
        <a href={withLang("/rounds/new", chosen)} data-testid="team-link">
          {roundText(lang).startLink}
        </a>
        {" · "}
        <a href={withLang("/compare", chosen)}>{roundText(lang).compare.title}</a>
      </p>
      <h2>{t.home.question}</h2>
      <p>{t.home.questionBody}</p>
      <h2>{t.home.youGet}</h2>
      <ul>
        {t.home.youGetItems.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>{t.home.examples}</h2>
      <ul className="examples">
        {(Object.keys(GOLDEN) as GoldenId[]).map((id) => (
          <li key={id}>
            <a href={withLang(`/decision?${GOLDEN[id]}`, chosen)}>{t.home.exampleNames[id]}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
