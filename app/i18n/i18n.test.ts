import { describe, expect, it } from "vitest";
import { en } from "./en";
import { ja } from "./ja";
import { negotiateLang, resolveLang } from "./index";
import { refusedPageWords } from "../../server/refused-page-words.js";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("i18n", () => {
  it("has the same keys in both dictionaries and no empty strings", () => {
    expect(keys(ja).sort()).toEqual(keys(en).sort());
    const walk = (v: unknown): void => {
      if (typeof v === "string") expect(v.trim()).not.toBe("");
      else if (v && typeof v === "object") Object.values(v).forEach(walk);
    };
    // Punctuation may be a bare space, or nothing where Japanese runs words together.
    walk({ ...en, punctuation: {} });
    walk({ ...ja, punctuation: {} });
  });

  it("gives the server's refused-POST page the same words in both languages", () => {
    expect(keys(refusedPageWords.ja).sort()).toEqual(keys(refusedPageWords.en).sort());
    for (const lang of ["en", "ja"] as const) {
      for (const text of Object.values(refusedPageWords[lang])) expect(text.trim()).not.toBe("");
      expect(refusedPageWords[lang].origin).toContain("{from}");
      expect(refusedPageWords[lang].origin).toContain("{own}");
    }
  });

  it("negotiates Accept-Language with quality values", () => {
    expect(negotiateLang("ja-JP,ja;q=0.9,en;q=0.8")).toBe("ja");
    expect(negotiateLang("fr-FR, en;q=0.5, ja;q=0.7")).toBe("ja");
    expect(negotiateLang("fr, de")).toBeUndefined();
    expect(negotiateLang("ja;q=0, en")).toBe("en");
    expect(negotiateLang("")).toBeUndefined();
  });

  it("prefers lang in the URL, then Accept-Language, then English", () => {
    expect(resolveLang(new URL("http://x/?lang=ja"), "en")).toBe("ja");
    expect(resolveLang(new URL("http://x/?lang=xx"), "ja")).toBe("ja");
    expect(resolveLang(new URL("http://x/"), null)).toBe("en");
  });
});
