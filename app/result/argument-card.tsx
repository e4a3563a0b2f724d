import { withLang } from "~/decision/flow";
import { useChosenLang } from "~/root";
import { ARTICLE_TITLE } from "~/decision";
import type { ArgumentCardData } from "~/content/types";
import { dictionary, format, type Lang } from "~/i18n";
import { ContentHtml } from "~/ui/content-html";

/** One argument of the article: the claim, the author's answer, the section cited and what the standards say. */
export function ArgumentCard({
  card,
  lang,
  headingLevel = 4,
  linkToArgument = true,
}: {
  card: ArgumentCardData;
  lang: Lang;
  headingLevel?: 2 | 3 | 4;
  /** False on the argument's own page, where a link to it would lead back to the same page. */
  linkToArgument?: boolean;
}) {
  const t = dictionary(lang).rationale;
  const Heading = headingLevel === 2 ? "h2" : headingLevel === 3 ? "h3" : "h4";
  const chosen = useChosenLang();
  const p = dictionary(lang).punctuation;
  const colon = p.colon;
  return (
    <section
      className="argument-card"
      data-argument-card={card.id}
      aria-labelledby={`arg-${card.id}`}
    >
      <Heading id={`arg-${card.id}`} className="argument-card__title">
        <ContentHtml as="span" html={card.title} />
      </Heading>
      <p className="argument-card__cite">
        {card.kind === "article" ? (
          <>
            {t.article}
            {colon}
            <cite lang="ja">{ARTICLE_TITLE}</cite>
            {p.list}
            {card.sectionPosition
              ? format(t.articlePosition, { position: card.sectionPosition })
              : t.articleSection}
            {p.space}
            <q lang="ja">{card.section}</q>
          </>
        ) : (
          <span className="pill">{t.addition}</span>
        )}
      </p>
      <dl className="argument-card__body">
        <dt>{t.claim}</dt>
        <ContentHtml as="dd" html={card.claim} />
        {card.answer ? (
          <>
            <dt>{t.authorsAnswer}</dt>
            <ContentHtml as="dd" html={card.answer} />
          </>
        ) : null}
        <dt>
          {t.standards}
          {colon}
          <span className={`verdict verdict--${card.verdict}`}>
            {t.verdict[card.kind][card.verdict]}
          </span>
        </dt>
        <dd>
          <ul className="source-list">
            {card.sources.map((s) => (
              <li key={s.id} data-source={s.id}>
                <span className={`stance stance--${s.stance}`}>{t.stance[s.stance]}</span>{" "}
                {s.url ? <a href={s.url}>{s.title}</a> : <cite>{s.title}</cite>}
                {p.list}
                {s.section}
                {colon}
                <ContentHtml as="span" html={s.note} />
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      {linkToArgument ? (
        <p className="argument-card__more">
          <a href={withLang(`/arguments/${card.id}`, chosen)}>
            {t.readMore}
            <span className="visually-hidden">
              {p.colon}
              {card.title.replace(/<[^>]+>/g, "")}
            </span>
          </a>
        </p>
      ) : null}
    </section>
  );
}
