// i18n: typed dictionaries (see docs/decisions/0003-i18n.md). The page language is read from the request once,
// in app/http/lang.ts.
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
