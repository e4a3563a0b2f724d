import { describe, expect, it } from "vitest";
import { langOfMatches, negotiateLang, readLang } from "./lang";

const request = (url: string, acceptLanguage?: string) =>
  new Request(url, { headers: acceptLanguage ? { "accept-language": acceptLanguage } : {} });

describe("the language of a request", () => {
  it("negotiates Accept-Language with quality values", () => {
    expect(negotiateLang("ja-JP,ja;q=0.9,en;q=0.8")).toBe("ja");
    expect(negotiateLang("fr-FR, en;q=0.5, ja;q=0.7")).toBe("ja");
    expect(negotiateLang("fr, de")).toBeUndefined();
    expect(negotiateLang("ja;q=0, en")).toBe("en");
    expect(negotiateLang("")).toBeUndefined();
  });

  it("prefers lang in the URL (a choice), then Accept-Language, then English", () => {
    expect(readLang(request("http://x/?lang=ja", "en"))).toEqual({ lang: "ja", chosenLang: "ja" });
    expect(readLang(request("http://x/?lang=en", "ja"))).toEqual({ lang: "en", chosenLang: "en" });
    expect(readLang(request("http://x/?lang=xx", "ja"))).toEqual({ lang: "ja" });
    expect(readLang(request("http://x/", "ja-JP"))).toEqual({ lang: "ja" });
    expect(readLang(request("http://x/"))).toEqual({ lang: "en" });
  });

  it("meta functions read what the root loader read", () => {
    expect(langOfMatches([{ id: "root", data: { lang: "ja" } }])).toEqual({ lang: "ja" });
    expect(langOfMatches([{ id: "root", data: { lang: "en", chosenLang: "en" } }])).toEqual({
      lang: "en",
      chosenLang: "en",
    });
    expect(langOfMatches([])).toEqual({ lang: "en" });
  });
});
