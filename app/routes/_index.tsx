import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { GOLDEN, type GoldenId } from "~/decision/golden";
import { dictionary } from "~/i18n";
import { useLang } from "~/root";
import { roundText } from "~/rounds/text";

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as { lang?: "en" | "ja" } | undefined;
  const t = dictionary(root?.lang ?? "en");
  return [{ name: "description", content: t.home.lead }];
};

export default function Home() {
  const lang = useLang();
  const t = dictionary(lang);
  const suffix = lang === "en" ? "" : `&lang=${lang}`;
  return (
    <>
      <h1>{t.home.title}</h1>
      <p className="lead">{t.home.lead}</p>
      <div className="button-row">
        <Link className="button" to={lang === "en" ? "/q/arch" : `/q/arch?lang=${lang}`}>
          {t.home.start}
        </Link>
        <span className="muted">{t.home.time}</span>
      </div>
      <p>
        <a
          href={lang === "en" ? "/rounds/new" : `/rounds/new?lang=${lang}`}
          data-testid="team-link"
        >
          {roundText(lang).startLink}
        </a>
        {" · "}
        <a href={lang === "en" ? "/compare" : `/compare?lang=${lang}`}>
          {roundText(lang).compare.title}
        </a>
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
            <a href={`/decision?${GOLDEN[id]}${suffix}`}>{t.home.exampleNames[id]}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
