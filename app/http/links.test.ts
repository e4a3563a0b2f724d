import { describe, expect, it } from "vitest";
import { GOLDEN } from "~/decision/golden";
import { parseShareLink } from "~/decision/share-link";
import type { Answers } from "~/decision/questions";
import {
  argumentLink,
  changeLink,
  checkLink,
  checkLinkOfResult,
  compareLink,
  facilitatorLink,
  fixLink,
  languageSwitchLink,
  newRecordLink,
  newRoundLink,
  onePageLink,
  pageLink,
  questionLink,
  recordEditLink,
  recordLink,
  resultLink,
  resultLinkOfQuery,
  roundJoinLink,
  shareLink,
  withLang,
} from "./links";

const G1 = parseShareLink(GOLDEN.G1);
if (!G1.success) throw new Error("G1 does not parse");
const answers: Answers = G1.link.answers;
const query = (href: string) => href.slice(href.indexOf("?") + 1).split("#")[0]!;

describe("one link builder", () => {
  it("adds a chosen language, replacing any other, and leaves links alone without a choice", () => {
    expect(withLang("/", undefined)).toBe("/");
    expect(withLang("/", "en")).toBe("/?lang=en");
    expect(withLang("/q/arch", "ja")).toBe("/q/arch?lang=ja");
    expect(withLang("/decision?arch=monolith&lang=ja#share", "en")).toBe(
      "/decision?arch=monolith&lang=en#share",
    );
    expect(withLang("/arguments/x#top", "ja")).toBe("/arguments/x?lang=ja#top");
  });

  it("keeps the chosen language on every kind of page, and writes none without a choice", () => {
    const builders: ((lang?: "en" | "ja") => string)[] = [
      (l) => pageLink("/sources", l),
      (l) => argumentLink("stolen-token", l),
      (l) => resultLink(answers, { v: "r-1", chosenLang: l }),
      (l) => resultLinkOfQuery(`${GOLDEN.G1}&v=r-1`, l),
      (l) => questionLink("clients", { answers, chosenLang: l }, "check"),
      (l) => checkLink({ answers, chosenLang: l }),
      (l) => onePageLink({ answers: {}, chosenLang: l }),
      (l) => checkLinkOfResult(answers, l),
      (l) => changeLink(answers, "logout", l),
      (l) => fixLink({ arch: "monolith" }, l),
      (l) => newRecordLink(GOLDEN.G1, l),
      (l) => recordLink("abc", l),
      (l) => recordEditLink("tok", l, "saved"),
      (l) => newRoundLink(l, { answersQuery: GOLDEN.G1 }),
      (l) => roundJoinLink("join", l, { saved: true }),
      (l) => facilitatorLink("tok", l, { params: "settled=logout", anchor: "#q-logout" }),
      (l) => compareLink(l, { a: "x", b: "y" }),
    ];
    for (const build of builders) {
      for (const lang of ["en", "ja"] as const) {
        const params = new URLSearchParams(query(build(lang)));
        expect(params.getAll("lang"), build(lang)).toEqual([lang]);
      }
      expect(build(undefined), build(undefined)).not.toMatch(/[?&]lang=/);
    }
  });

  it("the share link carries the answers and the version, never a language", () => {
    const href = shareLink(answers, "r-1");
    expect(href).toBe(`/decision?${GOLDEN.G1}&v=r-1`);
    const parsed = parseShareLink(query(href));
    expect(parsed.success && parsed.link.lang).toBe(undefined);
  });

  it("writes a result link canonically: the language where the codec puts it, before the version", () => {
    const canonical = `/decision?${GOLDEN.G1}&lang=ja&v=r-1`;
    expect(resultLink(answers, { v: "r-1", chosenLang: "ja" })).toBe(canonical);
    expect(resultLinkOfQuery(`${GOLDEN.G1}&v=r-1`, "ja")).toBe(canonical);
    // A stored query with another language keeps the reader's choice only.
    expect(resultLinkOfQuery(`${GOLDEN.G1}&lang=en&v=r-1`, "ja")).toBe(canonical);
    expect(resultLinkOfQuery(GOLDEN.G1, undefined)).toBe(`/decision?${GOLDEN.G1}`);
    // Whatever order the answers were given in, the link is the same.
    const reordered = Object.fromEntries(Object.entries(answers).reverse()) as Answers;
    expect(resultLink(reordered, { chosenLang: "ja" })).toBe(`/decision?${GOLDEN.G1}&lang=ja`);
  });

  it("Change on the result page goes straight to the question and returns to the result", () => {
    expect(changeLink(answers, "clients")).toBe(`/q/clients?${GOLDEN.G1}&return=decision`);
    expect(changeLink(answers, "logout", "en")).toMatch(
      /^\/q\/logout\?arch=.*&lang=en&return=decision$/,
    );
  });

  it("links of the flow keep an optional answer the person chose; links from a result leave it unsaid", () => {
    const chosen = { arch: "monolith", idp: "own", assurance: "standard" } as const;
    expect(onePageLink({ answers: chosen })).toBe(
      "/questionnaire?arch=monolith&idp=own&assurance=standard",
    );
    expect(onePageLink({ answers: {} })).toBe("/questionnaire");
    expect(onePageLink({ answers: {}, chosenLang: "ja" })).toBe("/questionnaire?lang=ja");
    expect(checkLink({ answers: chosen })).toBe(
      "/q/check?arch=monolith&idp=own&assurance=standard",
    );
    expect(checkLinkOfResult(chosen)).toBe("/q/check?arch=monolith");
    expect(questionLink("sso", { answers: chosen, chosenLang: "ja" }, "decision")).toBe(
      "/q/sso?arch=monolith&idp=own&assurance=standard&lang=ja&return=decision",
    );
    expect(fixLink({})).toBe("/questionnaire");
  });

  it("encodes what it writes: ids in paths, pasted links in the compare query", () => {
    expect(argumentLink("a b/c")).toBe("/arguments/a%20b%2Fc");
    const pasted = "https://example.com/decision?arch=monolith&clients=browser,spa#x";
    const href = compareLink("ja", { a: pasted, b: "arch=modular" });
    const params = new URLSearchParams(query(href));
    expect(params.get("a")).toBe(pasted);
    expect(params.get("b")).toBe("arch=modular");
    expect(params.get("lang")).toBe("ja");
    expect(href).not.toContain("#");
  });

  it("capability pages: what happened before the language, the anchor last", () => {
    expect(recordEditLink("tok", "ja", "created")).toBe("/e/tok?created=1&lang=ja");
    expect(recordEditLink("tok")).toBe("/e/tok");
    expect(roundJoinLink("j", undefined, { saved: true })).toBe("/t/j?saved=1");
    expect(facilitatorLink("f", "en", { params: "settled=logout", anchor: "#q-logout" })).toBe(
      "/f/f?settled=logout&lang=en#q-logout",
    );
    expect(newRoundLink("ja", { deleted: true })).toBe("/rounds/new?deleted=1&lang=ja");
    expect(newRecordLink(GOLDEN.G1)).toBe(`/records?${GOLDEN.G1}`);
    // A canonical query that names a language gets the reader's choice instead, never two.
    expect(newRoundLink("en", { answersQuery: `${GOLDEN.G1}&lang=ja&v=r-1` })).toBe(
      `/rounds/new?${GOLDEN.G1}&v=r-1&lang=en`,
    );
    expect(newRecordLink(`${GOLDEN.G1}&lang=ja`)).toBe(`/records?${GOLDEN.G1}`);
  });

  it("the language switch changes only the language", () => {
    expect(languageSwitchLink("/decision", `?${GOLDEN.G1}&lang=en`, "ja")).toBe(
      `/decision?${new URLSearchParams(`${GOLDEN.G1}&lang=ja`).toString()}`,
    );
    expect(languageSwitchLink("/", "", "ja")).toBe("/?lang=ja");
  });
});
