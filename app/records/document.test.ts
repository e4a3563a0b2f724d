// The one document model: what the printed decision, the record page and the Markdown export all render.
import { evaluateDecision, parseShareLink, rulesetVersion, RULE_IDS, type Lang } from "~/decision";
import { GOLDEN } from "~/decision/golden";
import { decisionDocument, documentHeadings, type DocumentInput } from "./document";
import { toMadr } from "./madr";
import { CONFIDENCE_NUMBER_NOTE, confidenceInWords } from "~/decision/confidence-words";

async function input(query: string): Promise<DocumentInput> {
  const parsed = parseShareLink(query);
  if (!parsed.success) throw new Error("bad fixture");
  const { trace: _trace, ...decision } = await evaluateDecision(parsed.link.answers);
  return {
    title: "",
    status: "proposed",
    date: "2026-12-01T10:00:00.000Z",
    answers: parsed.link.answers,
    decision,
    rulesetVersion,
    link: "https://example.test/decision",
  };
}

/** A snapshot as records saved before plans per client, why-not sentences and states existed keep it. */
async function oldSnapshot(query: string): Promise<DocumentInput> {
  const current = await input(query);
  const {
    perClient: _p,
    state: _s,
    resolutions: _r,
    ...decision
  } = current.decision as unknown as Record<string, unknown> & DocumentInput["decision"];
  const alternatives = current.decision.alternatives.map(({ whyNot: _w, ...alt }) => alt);
  return {
    ...current,
    decision: { ...decision, alternatives } as unknown as DocumentInput["decision"],
  };
}

describe.each(["en", "ja"] as const)("decision document (%s)", (lang: Lang) => {
  test("says its confidence in words with the reason, in print and in Markdown (principle 15)", async () => {
    const g1 = await input(GOLDEN.G1);
    const doc = decisionDocument(g1, lang);
    const words = confidenceInWords(g1.decision);
    expect(doc.outcome.chosen).toContain(
      lang === "en" ? words.label.en.toLowerCase() : words.label.ja,
    );
    expect(doc.outcome.confidence).toContain(words.reason[lang]);
    expect(doc.outcome.confidence).toContain(CONFIDENCE_NUMBER_NOTE[lang]);
    expect(toMadr({ ...g1, lang })).toContain(words.reason[lang]);
    // A record saved before the decision kept its state shows the number alone, without words.
    expect(decisionDocument(await oldSnapshot(GOLDEN.G1), lang).outcome.confidence).toBeUndefined();
  });

  test("G4 has a plan per answered client, a why-not per losing option and a state", async () => {
    const doc = decisionDocument(await input(GOLDEN.G4), lang);
    expect(doc.outcome.plans.map((p) => p.client)).toEqual(["browser", "native", "third-party"]);
    expect(doc.options.filter((o) => !o.chosen).every((o) => o.whyNot.length > 20)).toBe(true);
    expect(doc.outcome.state).toBeTruthy();
    // Consequences say what the choice gives and costs; required add-ons are listed in the outcome only.
    for (const addOn of doc.outcome.addOns)
      expect(doc.consequences.join("\n")).not.toContain(addOn);
    expect(doc.consequences.length).toBeGreaterThanOrEqual(2);
  });

  test("an old snapshot renders without plans or state, with why-nots from its rules", async () => {
    const doc = decisionDocument(await oldSnapshot(GOLDEN.G4), lang);
    expect(doc.outcome.plans).toEqual([]);
    expect(doc.outcome.state).toBeUndefined();
    for (const o of doc.options.filter((x) => !x.chosen)) {
      expect(o.whyNot.length, o.name).toBeGreaterThan(0);
      for (const id of RULE_IDS) expect(o.whyNot).not.toContain(id);
    }
    const markdown = toMadr({ ...(await oldSnapshot(GOLDEN.G4)), lang });
    expect(markdown).not.toContain(doc.outcome.plansIntro);
    const headings = markdown.split("\n").filter((l) => /^#{2,3} /.test(l));
    expect(headings.map((h) => h.replace(/^#+ /, "")).slice(0, 5)).toEqual(
      documentHeadings(doc).slice(0, 5),
    );
  });

  test("the Markdown export's headings are the document's, in order", async () => {
    const i = await input(GOLDEN.G1);
    const doc = decisionDocument(i, lang);
    const markdown = toMadr({ ...i, lang });
    const headings = markdown
      .split("\n")
      .filter((l) => /^#{2,3} /.test(l))
      .map((h) => h.replace(/^#+ /, ""));
    expect(headings.filter((h) => documentHeadings(doc).includes(h))).toEqual(
      documentHeadings(doc),
    );
    // An unsaved decision gets the generated title, the same one the printed page shows.
    expect(markdown).toContain(`\n# ${doc.title}\n`);
    if (lang === "ja") expect(documentHeadings(doc).join("")).not.toMatch(/[A-Za-z]/);
  });
});
