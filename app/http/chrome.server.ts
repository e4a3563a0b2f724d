// The root loader's data: the page language and the strings of the page frame in that language only, so that
// hydrated pages ship no dictionaries (a *.server module never reaches the browser bundle).
import { dictionary, isLang, resolveLang, type Lang } from "~/i18n";

export function chromeOf(lang: Lang) {
  const t = dictionary(lang);
  return {
    siteName: t.siteName,
    skipToContent: t.skipToContent,
    languageSwitch: t.languageSwitch,
    languageSwitchLabel: t.languageSwitchLabel,
    nav: {
      label: t.nav.label,
      questionnaire: t.nav.questionnaire,
      arguments: t.nav.arguments,
      sources: t.nav.sources,
      menu: t.nav.menu,
    },
    footer: t.footer,
    titlePrefix: t.errors.titlePrefix,
    home: t.notFound.home,
    // 4xx responses carry their own words (errors.server.ts); this is for anything unexpected.
    serverError: t.serverError,
  };
}

export type Chrome = ReturnType<typeof chromeOf>;

export function rootData(request: Request) {
  const url = new URL(request.url);
  const lang = resolveLang(url, request.headers.get("accept-language"));
  // A language the person chose (`lang` in the URL) travels on every internal link; without a choice, links
  // carry none and each page follows the viewer's browser (docs/decisions/0003-i18n.md).
  const chosen = url.searchParams.get("lang");
  return { lang, ...(isLang(chosen) && { chosenLang: chosen }), chrome: chromeOf(lang) };
}
