// The description meta tag for document routes (never hydrated), in the page's language.
import type { MetaFunction } from "@remix-run/node";
import { dictionary, type Dictionary, type Lang } from "~/i18n";
import { OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH, type PreviewImage } from "~/result/og-image";

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
  image?: PreviewImage;
}): ReturnType<MetaFunction> {
  return [
    { name: "robots", content: "noindex" },
    { name: "description", content: p.description },
    { property: "og:type", content: p.type },
    { property: "og:site_name", content: dictionary(p.lang).siteName },
    { property: "og:title", content: p.title },
    { property: "og:description", content: p.description },
    { property: "og:url", content: p.url },
    { property: "og:locale", content: dictionary(p.lang).locale.openGraph },
    { name: "twitter:card", content: p.image ? "summary_large_image" : "summary" },
    { name: "twitter:title", content: p.title },
    { name: "twitter:description", content: p.description },
    ...imageTags(p.image),
  ];
}

/** og:image with its size and alt text (and the same for Twitter); nothing without an image. */
export function imageTags(image: PreviewImage | undefined): ReturnType<MetaFunction> {
  if (!image) return [];
  return [
    { property: "og:image", content: image.url },
    { property: "og:image:type", content: "image/png" },
    { property: "og:image:width", content: String(OG_IMAGE_WIDTH) },
    { property: "og:image:height", content: String(OG_IMAGE_HEIGHT) },
    { property: "og:image:alt", content: image.alt },
    { name: "twitter:image", content: image.url },
    { name: "twitter:image:alt", content: image.alt },
  ];
}
