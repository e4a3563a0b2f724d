// The description meta tag for document routes (never hydrated), in the page's language.
import type { MetaFunction } from "@remix-run/node";
import { dictionary, type Dictionary, type Lang } from "~/i18n";

export function describedAs(pick: (t: Dictionary) => string): MetaFunction {
  return ({ matches }) => {
    const lang =
      (matches.find((m) => m.id === "root")?.data as { lang?: Lang } | undefined)?.lang ?? "en";
    return [{ name: "description", content: pick(dictionary(lang)) }];
  };
}

/**
 * Meta tags for a shared link: noindex, and a preview (Open Graph, Twitter) that says what was recommended, in
 * the page's language, without the answers.
 */
export function linkPreview(p: {
  lang: Lang;
  type: "website" | "article";
  title: string;
  description: string;
  url: string;
}): ReturnType<MetaFunction> {
  return [
    { name: "robots", content: "noindex" },
    { name: "description", content: p.description },
    { property: "og:type", content: p.type },
    { property: "og:site_name", content: dictionary(p.lang).siteName },
    { property: "og:title", content: p.title },
    { property: "og:description", content: p.description },
    { property: "og:url", content: p.url },
    { property: "og:locale", content: p.lang === "ja" ? "ja_JP" : "en_US" },
    { name: "twitter:card", content: "summary" },
    { name: "twitter:title", content: p.title },
    { name: "twitter:description", content: p.description },
  ];
}
