// What a reader sees, checked as text: one Japanese term per concept (app/i18n/glossary.ts), no raw ids or
// Markdown, the article's long headings quoted only by a short opening, Japanese exports in Japanese, and a
// source registry in which every source is cited and every citation is registered.
// Needs the compiled manifest (npx tsx scripts/build-content.ts), as the server does.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  ADD_ONS,
  APPROACHES,
  ARGUMENT_IDS,
  evaluateDecision,
  parseShareLink,
  RULE_IDS,
  rulesetVersion,
  SOURCE_IDS,
  valuesOf,
  type Lang,
} from "~/decision";
import { ARTICLE_SECTION_LIST, ARTICLE_SECTIONS, ARTICLE_TITLE } from "~/decision/arguments";
import { GOLDEN } from "~/decision/golden";
import { QUESTION_IDS } from "~/decision/questions";
import { questionText } from "~/decision/question-text";
import { ruleText } from "~/decision/rule-text";
import { en } from "~/i18n/en";
import { glossaryHits, jaGlossary } from "~/i18n/glossary";
import { ja } from "~/i18n/ja";
import { toMadr } from "~/records/madr";
import { citationIndex, guideSources } from "./citations.server";
import { getArgument, getGuide, getStack } from "./content.server";
import { argumentCard } from "./rationale.server";

const LANGS_ = ["en", "ja"] as const satisfies readonly Lang[];
const root = path.resolve(__dirname, "../..");

/** Every string in a nested object, with its path; `pick` keeps one language of { en, ja } pairs. */
function strings(value: unknown, path: string, pick?: Lang): { path: string; text: string }[] {
  if (typeof value === "string") return [{ path, text: value }];
  if (typeof value === "function" || value === null || typeof value !== "object") return [];
  const obj = value as Record<string, unknown>;
  if (pick && "en" in obj && "ja" in obj && typeof obj.en === "string")
    return strings(obj[pick], `${path}.${pick}`);
  return Object.entries(obj).flatMap(([k, v]) => strings(v, `${path}.${k}`, pick));
}

const visible = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The article's own words (its title and headings) are quoted as written; take them out before checking. */
function withoutArticleQuotes(text: string): string {
  let out = text.replaceAll(ARTICLE_TITLE, " ");
  for (const s of ARTICLE_SECTION_LIST)
    out = out.replaceAll(s.heading, " ").replaceAll(s.quote, " ");
  return out;
}

/** Rendered text of all compiled content in one language, one entry per field. */
function contentTexts(lang: Lang): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const id of ARGUMENT_IDS) {
    const a = getArgument(lang, id)!;
    const where = `content/${lang}/arguments/${id}.mdx`;
    out.push({ path: `${where} body`, text: visible(a.body) });
    out.push({ path: `${where} title`, text: visible(a.inline.title) });
    out.push({ path: `${where} claim`, text: visible(a.inline.claim) });
    out.push({ path: `${where} answer`, text: visible(a.inline.answer) });
    a.inline.sourceNotes.forEach((n, i) =>
      out.push({ path: `${where} sources[${i}]`, text: visible(n) }),
    );
  }
  for (const id of [...APPROACHES, ...ADD_ONS]) {
    const g = getGuide(lang, id)!;
    const where = `content/${lang}/approaches/${id}.mdx`;
    out.push({ path: `${where} body`, text: visible(g.body) });
    out.push({ path: `${where} title`, text: g.frontmatter.title });
    out.push({ path: `${where} summary`, text: visible(g.inline.summary) });
    g.inline.checklist.forEach((c, i) =>
      out.push({ path: `${where} checklist[${i}]`, text: visible(c) }),
    );
  }
  for (const id of valuesOf("stack")) {
    const s = getStack(lang, id)!;
    const where = `content/${lang}/stacks/${id}.mdx`;
    out.push({ path: `${where} body`, text: visible(s.body) });
    out.push({ path: `${where} title`, text: s.frontmatter.title });
    for (const [approach, notes] of Object.entries(s.inline.notes))
      notes.forEach((n, i) =>
        out.push({ path: `${where} notes.${approach}[${i}]`, text: visible(n) }),
      );
  }
  return out;
}

async function madrExports(lang: Lang): Promise<{ path: string; text: string }[]> {
  const out: { path: string; text: string }[] = [];
  for (const [id, query] of Object.entries(GOLDEN)) {
    const parsed = parseShareLink(query);
    if (!parsed.success) throw new Error(`bad golden link ${id}`);
    const { trace: _trace, ...decision } = await evaluateDecision(parsed.link.answers);
    const markdown = toMadr({
      title: lang === "ja" ? "ログイン状態の保ち方" : "How users stay signed in",
      status: "proposed",
      date: "2026-11-26T10:00:00.000Z",
      answers: parsed.link.answers,
      decision,
      rulesetVersion,
      contentHash: "c0ffee",
      lang,
      link: "https://example.test/decision",
    });
    out.push({ path: `MADR ${lang} ${id}`, text: markdown });
  }
  return out;
}

function report(hits: { path: string; found: string; use?: string }[]): string[] {
  return hits.map((h) => `${h.path}: "${h.found}"${h.use ? ` → use "${h.use}"` : ""}`);
}

function glossaryViolations(texts: { path: string; text: string }[]) {
  return report(
    texts.flatMap(({ path, text }) =>
      glossaryHits(withoutArticleQuotes(text)).map((h) => ({ path, found: h.found, use: h.use })),
    ),
  );
}

const ANSWER_CODE = new RegExp(`\\b(?:${QUESTION_IDS.join("|")})=[a-z-]+`);
/** Ids that only the code knows: hyphenated argument, rule, approach and add-on ids, except plain English words. */
const PLAIN_WORDS = ["cross-domain", "session-fixation", "sender-constrained"];
const RAW_IDS = [...ARGUMENT_IDS, ...RULE_IDS, ...APPROACHES, ...ADD_ONS].filter(
  (id) => id.includes("-") && !PLAIN_WORDS.includes(id),
);

function rawMarkupAndIds(texts: { path: string; text: string }[]) {
  const hits: { path: string; found: string }[] = [];
  for (const { path, text } of texts) {
    const t = withoutArticleQuotes(text);
    if (t.includes("`")) hits.push({ path, found: "`" });
    if (/\*\*|\]\(|^#{1,6} /m.test(t)) hits.push({ path, found: "Markdown" });
    const code = ANSWER_CODE.exec(t);
    if (code) hits.push({ path, found: code[0] });
    for (const id of RAW_IDS) {
      if (new RegExp(`(?<![\\w/.-])${id}(?![\\w/-])`).test(t)) hits.push({ path, found: id });
    }
  }
  return report(hits);
}

describe("what readers see", () => {
  it("the glossary has one term per concept, and no term is another entry's variant", () => {
    const terms = jaGlossary.map((e) => e.term);
    expect(new Set(terms).size).toBe(terms.length);
    for (const entry of jaGlossary)
      for (const other of jaGlossary)
        for (const v of other.variants)
          expect(v.test(entry.term), `${entry.term} ~ ${v}`).toBe(false);
  });

  it("Japanese content, UI words, questions and exports use the glossary's terms", async () => {
    const texts = [
      ...contentTexts("ja"),
      ...strings(ja, "app/i18n/ja.ts"),
      ...strings(questionText, "app/decision/question-text.ts", "ja"),
    ];
    expect(glossaryViolations(texts)).toEqual([]);
  });

  it("Japanese string literals in the feature folders and routes use the glossary's terms", () => {
    const folders = ["questionnaire", "result", "records", "rounds", "compare", "ui", "http", "platform", "routes"];
    const files = folders
      .flatMap((dir) => readdirSync(path.join(root, "app", dir)).map((f) => `app/${dir}/${f}`))
      .filter((f) => f.endsWith(".tsx") || (f.endsWith(".ts") && !f.endsWith(".test.ts")));
    const texts = files.flatMap((f) =>
      [
        ...readFileSync(path.join(root, f), "utf8").matchAll(
          /"([^"\n]*[\u3040-\u30ff\u4e00-\u9fff][^"\n]*)"/g,
        ),
      ].map((m) => ({ path: f, text: m[1]! })),
    );
    expect(glossaryViolations(texts)).toEqual([]);
  });

  // Rule titles and explanations also reach the decision page and the MADR export.
  it("Japanese rule text (app/decision/rule-text.ts) and the Japanese MADR exports use the glossary's terms", async () => {
    const texts = [
      ...strings(ruleText, "app/decision/rule-text.ts", "ja"),
      ...(await madrExports("ja")),
    ];
    expect(glossaryViolations(texts)).toEqual([]);
  });

  // A pointer such as （「確認すべきこと」を参照） must name a heading the reader can find on the page.
  it("every Japanese cross-reference in rule text names a heading of the Japanese dictionary", () => {
    const headings = new Set(strings(ja, "ja").map((s) => s.text));
    const dangling = strings(ruleText, "app/decision/rule-text.ts", "ja").flatMap(
      ({ path, text }) =>
        [...text.matchAll(/「([^」]+)」(?:を参照|に示)/g)]
          .filter((m) => !headings.has(m[1]!))
          .map((m) => `${path}: 「${m[1]}」`),
    );
    expect(dangling).toEqual([]);
  });

  it.each(LANGS_)("no raw id, answer code, backtick or Markdown in rendered %s text", (lang) => {
    const texts = [
      ...contentTexts(lang),
      // The compare page's hint shows what a share link looks like, answer codes and all, on purpose.
      ...strings(lang === "en" ? en : ja, `app/i18n/${lang}.ts`).filter(
        (s) => !s.path.endsWith(".rounds.compare.hint"),
      ),
      ...strings(questionText, "app/decision/question-text.ts", lang),
    ];
    expect(rawMarkupAndIds(texts)).toEqual([]);
  });

  it.each(LANGS_)("no raw id, answer code, backtick or Markdown in %s rule text", (lang) => {
    expect(rawMarkupAndIds(strings(ruleText, "app/decision/rule-text.ts", lang))).toEqual([]);
  });

  it("cites the article's headings by a short opening (at most 40 characters) and its position", () => {
    for (const s of ARTICLE_SECTION_LIST) {
      const opening = s.quote.replace(/…$/, "");
      expect(s.heading.startsWith(opening), s.quote).toBe(true);
      expect(opening.length, s.quote).toBeLessThanOrEqual(40);
      expect(s.quote.endsWith("…"), s.quote).toBe(s.heading !== s.quote);
    }
    const long = ARTICLE_SECTIONS.filter((h) => h.length > 40);
    expect(long.length).toBeGreaterThan(0);
    for (const lang of LANGS_) {
      for (const id of ARGUMENT_IDS) {
        const card = argumentCard(lang, id)!;
        if (card.kind !== "article") continue;
        expect(card.section!.replace(/…$/, "").length, `${lang} ${id}`).toBeLessThanOrEqual(40);
        expect(card.sectionPosition, `${lang} ${id}`).toBeTruthy();
      }
      for (const { path, text } of contentTexts(lang))
        for (const h of long)
          expect(text.includes(h), `${path} quotes a whole heading`).toBe(false);
    }
  });

  it("the stolen-token argument cites the heading where the author first doubts a stolen signed JWT", () => {
    const heading = ARTICLE_SECTIONS.find((h) => h.startsWith("JWTは署名によって改ざんを検知"));
    expect(heading).toBeTruthy();
    for (const lang of LANGS_)
      expect(getArgument(lang, "stolen-token")!.frontmatter.section).toBe(heading);
  });

  it("a Japanese MADR export is Japanese: title and every heading", async () => {
    const english =
      /Context and Problem|Decision Drivers|Considered Options|Decision Outcome|Consequences|Pros and Cons|More Information|Good, because|Bad, because|Neutral, because/;
    for (const { path, text } of await madrExports("ja")) {
      const headings = text.split("\n").filter((l) => /^#{1,6} /.test(l));
      expect(headings.length, path).toBeGreaterThan(5);
      for (const h of headings) {
        expect(english.test(h), `${path}: ${h}`).toBe(false);
        expect(/[\u3040-\u30ff\u4e00-\u9fff]/.test(h), `${path}: ${h}`).toBe(true);
      }
      expect(english.test(text), path).toBe(false);
      expect(text).not.toMatch(/JWT\s*は必要/);
    }
  });

  it.each(LANGS_)("every source is cited by a page or a rule, in %s", (lang) => {
    const index = citationIndex(lang);
    const uncited = SOURCE_IDS.filter(
      (id) => index[id].pages.length + index[id].rules.length + index[id].providers.length === 0,
    );
    expect(uncited).toEqual([]);
  });
});

describe("citations", () => {
  it.each(LANGS_)("a page that names an RFC lists it among its sources, in %s", (lang) => {
    const missing: string[] = [];
    const check = (where: string, text: string, listed: readonly string[]) => {
      for (const m of text.matchAll(/RFC\s?(\d{4,5})(?!bis)/g)) {
        const id = `rfc${m[1]}`;
        if (!listed.includes(id)) missing.push(`${where}: ${id}`);
      }
    };
    for (const id of ARGUMENT_IDS) {
      const a = getArgument(lang, id)!;
      const text = [a.body, a.inline.claim, a.inline.answer, ...a.inline.sourceNotes].join(" ");
      check(
        `arguments/${id}`,
        visible(text),
        a.frontmatter.sources.map((s) => s.id),
      );
    }
    for (const id of [...APPROACHES, ...ADD_ONS]) {
      const g = getGuide(lang, id)!;
      const text = [g.body, g.inline.summary, ...g.inline.checklist].join(" ");
      check(`approaches/${id}`, visible(text), guideSources(lang, id));
    }
    for (const id of valuesOf("stack")) {
      const s = getStack(lang, id)!;
      const text = [s.body, ...Object.values(s.inline.notes).flat()].join(" ");
      check(`stacks/${id}`, visible(text), s.frontmatter.sources);
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});
