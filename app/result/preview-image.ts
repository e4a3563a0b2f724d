// Which preview image (drawn at build time by scripts/og-images.ts) goes with which page: read from the manifest
// the content build writes. Only the routes that show a preview import it, so no page's JavaScript carries it.
import type { Approach, Decision } from "~/decision";
import { dictionary, type Lang } from "~/i18n";
import { ogImageKey, ogSiteKey, type OgManifest, type PreviewImage } from "~/result/og-image";
import ogImages from "~/og-images.generated.json";

const images: OgManifest = ogImages;

/**
 * The preview image drawn at build time for a result (scripts/og-images.ts): the state and the approach, as the
 * result page's summary box shows them. `origin` makes the URL absolute, as link previews need.
 */
export function resultImage(
  origin: string,
  lang: Lang,
  approach: Approach,
  state: Decision["state"],
): PreviewImage | undefined {
  const file = images[ogImageKey(lang, approach, state)];
  if (!file) return undefined;
  const t = dictionary(lang);
  return {
    url: `${origin}${file}`,
    alt: `${t.siteName} — ${t.state[state]}${t.punctuation.colon}${t.approaches[approach].name}`,
  };
}

/** The start page's preview image: the question the site answers and the approaches it chooses between. */
export function siteImage(origin: string, lang: Lang): PreviewImage | undefined {
  const file = images[ogSiteKey(lang)];
  if (!file) return undefined;
  const t = dictionary(lang);
  return { url: `${origin}${file}`, alt: `${t.siteName} — ${t.home.lead}` };
}
