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
