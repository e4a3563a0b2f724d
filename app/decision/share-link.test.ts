import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { answersArb } from "./arbitraries";
import { formatAnswers, formatShareLink, parseShareLink } from "./share-link";
import { GOLDEN } from "./golden";

const { G1 } = GOLDEN;

describe("share-link codec", () => {
  test.prop([answersArb, fc.option(fc.constantFrom("en", "ja" as const), { nil: undefined })], {
    numRuns: 1000,
  })("parse(format(a)) = a", (answers, lang) => {
    const parsed = parseShareLink(formatShareLink({ answers, lang }));
    expect(parsed.success).toBe(true);
    if (parsed.success) {
      expect(parsed.link.answers).toEqual(answers);
      expect(parsed.link.lang).toBe(lang);
    }
  });

  test.prop([answersArb], { numRuns: 1000 })("format is canonical and idempotent", (answers) => {
    const once = formatShareLink({ answers });
    const parsed = parseShareLink(once);
    if (!parsed.success) throw new Error("canonical link did not parse");
    expect(formatShareLink(parsed.link)).toBe(once);
  });

  test.prop([answersArb, fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 500 })(
    "any key order and repeated clients= parameters parse to the same canonical link",
    (answers, seed) => {
      const canonical = formatShareLink({ answers });
      const pairs: [string, string][] = [];
      for (const part of canonical.split("&")) {
        const [k, v] = part.split("=") as [string, string];
        if (k === "clients")
          for (const c of [...v.split(",")].reverse()) pairs.push(["clients", c]);
        else pairs.push([k, v]);
      }
      // A deterministic shuffle driven by the generated seed.
      let s = seed;
      for (let i = pairs.length - 1; i > 0; i--) {
        s = (s * 1103515245 + 12345) % 2 ** 31;
        const j = s % (i + 1);
        [pairs[i], pairs[j]] = [pairs[j]!, pairs[i]!];
      }
      const scrambled = pairs.map(([k, v]) => `${k}=${v}`).join("&") + "&unknown=1";
      const parsed = parseShareLink(scrambled);
      expect(parsed.success).toBe(true);
      if (parsed.success) expect(formatShareLink(parsed.link)).toBe(canonical);
    },
  );

  test.prop([fc.string({ unit: "binary", maxLength: 300 })], { numRuns: 2000 })(
    "the parser never throws",
    (input) => {
      expect(() => parseShareLink(input)).not.toThrow();
    },
  );

  test.prop(
    [
      fc.array(
        fc.tuple(
          fc.constantFrom("arch", "clients", "store", "lang", "v", "__proto__", "constructor"),
          fc.string({ unit: "binary", maxLength: 80 }),
        ),
        { maxLength: 12 },
      ),
    ],
    { numRuns: 1000 },
  )("hostile key/value pairs never throw and never pollute prototypes", (pairs) => {
    const params = new URLSearchParams();
    for (const [k, v] of pairs) params.append(k, v);
    expect(() => parseShareLink(params)).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keeps G1 as it is: it is already canonical", () => {
    const parsed = parseShareLink(G1);
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(formatShareLink(parsed.link)).toBe(G1);
  });

  it("omits defaults: stack=other, and store=yes when there is one server", () => {
    const parsed = parseShareLink(
      "arch=monolith&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=single&stack=other",
    );
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.link.answers.store).toBe("yes");
    expect(parsed.link.answers.stack).toBe("other");
    expect(formatShareLink(parsed.link)).toBe(
      "arch=monolith&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=single",
    );
  });

  it("requires store when there is more than one instance", () => {
    const parsed = parseShareLink(
      "arch=monolith&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=multi",
    );
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.errors).toEqual({ store: ["required"] });
  });

  it("names every wrong field and keeps the valid answers", () => {
    const parsed = parseShareLink(
      "arch=monolith&domains=nowhere&clients=browser,fax&logout=immediate&lang=fr&v=%3Cx%3E",
    );
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.errors).toEqual({
      domains: ["invalid"],
      sso: ["required"],
      clients: ["invalid"],
      deploy: ["required"],
      store: ["required"],
      lang: ["invalid"],
      v: ["invalid"],
    });
    expect(parsed.valid).toEqual({ arch: "monolith", logout: "immediate" });
  });

  it("treats a repeated single-answer key with different values as invalid, and with one value as fine", () => {
    const base =
      "domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=multi&store=yes";
    const twice = parseShareLink(`arch=monolith&arch=monolith&${base}`);
    expect(twice.success).toBe(true);
    const conflicting = parseShareLink(`arch=monolith&arch=modular&${base}`);
    expect(conflicting.success).toBe(false);
    if (!conflicting.success) expect(conflicting.errors.arch).toEqual(["invalid"]);
  });

  it("refuses over-long values without echoing them", () => {
    const parsed = parseShareLink(`arch=${"m".repeat(10_000)}`);
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(parsed.errors.arch).toEqual(["invalid"]);
      expect(JSON.stringify(parsed)).not.toContain("mmmmmmmmmm");
    }
  });

  it("formats partial answers for carrying them between pages", () => {
    expect(formatAnswers({ arch: "unsure", clients: ["browser", "native"] }, { lang: "ja" })).toBe(
      "arch=unsure&clients=browser,native&lang=ja",
    );
  });
});
