// Japanese has no spaces, so browsers may break a heading inside a word (「…セッシ／ョン」). BudouX finds the
// phrase boundaries; pages join the phrases with <wbr> and forbid breaks elsewhere (CSS word-break: keep-all).
// Server only: the model stays out of the browser.
import { loadDefaultJapaneseParser } from "budoux";
import type { Lang } from "~/i18n";

let parser: ReturnType<typeof loadDefaultJapaneseParser> | undefined;

/** The text split at phrase boundaries (Japanese), or whole (other languages). */
export function phrases(text: string, lang: Lang): string[] {
  if (lang !== "ja") return [text];
  parser ??= loadDefaultJapaneseParser();
  return parser.parse(text);
}
