// i18n: typed dictionaries (see docs/decisions/0003-i18n.md). The page language comes from `lang` in the URL,
// then from Accept-Language, then English.
import { LANGS, type Lang } from "~/decision/questions";
import { en, type Dictionary } from "./en";
import { ja } from "./ja";

export type { Lang, Dictionary };
export { LANGS };

const dictionaries: Record<Lang, Dictionary> = { en, ja };

export function dictionary(lang: Lang): Dictionary {
  return dictionaries[lang];
}

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/** Picks the best supported language from an Accept-Language header (RFC 9110 §12.5.4 quality values). */
export function negotiateLang(header: string | null | undefined): Lang | undefined {
  if (!header) return undefined;
  let best: { lang: Lang; q: number } | undefined;
  for (const part of header.slice(0, 512).split(",")) {
    const [tag = "", ...params] = part.trim().split(";");
    const primary = tag.trim().toLowerCase().split("-")[0];
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (isLang(primary) && (!best || q > best.q)) best = { lang: primary, q };
  }
  return best?.lang;
}

export function resolveLang(url: URL, acceptLanguage: string | null | undefined): Lang {
  const fromUrl = url.searchParams.get("lang");
  if (isLang(fromUrl)) return fromUrl;
  return negotiateLang(acceptLanguage) ?? "en";
}

/** Fills `{name}` placeholders. */
export function format(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** The words of the team-round and compare pages: the dictionary's `rounds` section. */
export function roundText(lang: Lang): Dictionary["rounds"] {
  return dictionaries[lang].rounds;
}
export type RoundText = Dictionary["rounds"];

/** A date in the page's language through Intl, e.g. "31 December 2026" / "2026年12月31日" (UTC day). */
export function formatDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(dictionary(lang).locale.intl, {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(new Date(iso));
}
