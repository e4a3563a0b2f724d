import { answersPart, recordIdIn } from "./compare-link";

test("a record link, absolute or not, with or without a query, names its public id", () => {
  expect(recordIdIn("https://example.test/r/AbC_d-9")).toBe("AbC_d-9");
  expect(recordIdIn("  /r/AbC_d-9?lang=ja#decision ")).toBe("AbC_d-9");
  expect(recordIdIn("r/AbC_d-9/")).toBe("AbC_d-9");
});

test("share links and bare answers are not record links", () => {
  expect(recordIdIn("https://example.test/decision?arch=monolith")).toBeUndefined();
  expect(recordIdIn("arch=monolith&domains=one-origin")).toBeUndefined();
  expect(recordIdIn("https://example.test/r/abc/markdown")).toBeUndefined();
});

test("the answers of a share link are its query, without the fragment", () => {
  expect(answersPart(" https://x.test/decision?arch=monolith&sso=none#top ")).toBe(
    "arch=monolith&sso=none",
  );
  expect(answersPart("arch=monolith")).toBe("arch=monolith");
});
