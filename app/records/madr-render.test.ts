// Every Markdown export (MADR, log4brains, Nygard) pasted into a GitHub comment or rendered in a repository: user text (title, notes, names) must
// come out as text. The export is rendered with a real GitHub-flavoured Markdown renderer (marked, gfm on), once
// with hostile text and once with plain text of the same shape; the element structure must be identical (no
// extra links, images, raw HTML, tables, quotes or code), and the text must carry nothing GitHub would turn into
// a link or a mention by pattern.
import { marked } from "marked";
import { evaluateDecision, parseShareLink, rulesetVersion, type Lang } from "~/decision";
import { adrExport, EXPORT_FORMATS, type ExportFormat } from "./adr-export";
import type { MadrInput } from "./madr";
import { GOLDEN } from "~/decision/golden";

const { G1 } = GOLDEN;
const ORIGIN = "https://example.test";

const HOSTILE_TITLE =
  "[click](https://evil.example) ![img](https://evil.example/x.png) <img src=x onerror=alert(1)> @octocat \\<b>bold</b> https://evil.example www.evil.example mail@evil.example #12 **strong** `code` ~~gone~~ <https://evil.example> &lt;script&gt; &#60;i&#62;";
// Each hostile line has a plain line of the same block shape (a list item stays a list item).
const CONTEXT_LINES: [hostile: string, plain: string][] = [
  ["[ref]: https://evil.example", "plain words"],
  ["[ref] and [text][ref] and [^1]", "plain words"],
  ["", ""],
  ["[^1]: https://evil.example/footnote", "plain words"],
  ["", ""],
  ["<details><summary>open me</summary>", "plain words"],
  ["<script>alert(1)</script>", "plain words"],
  ["<!-- hidden comment -->", "plain words"],
  ["", ""],
  ["| a | b |", "plain words"],
  ["|---|---|", "plain words"],
  ["| c | d |", "plain words"],
  ["", ""],
  ["> quoted @octocat", "plain words"],
  ["    indented code", "plain words"],
  ["```js", "plain words"],
  ["alert(1)", "plain words"],
  ["```", "plain words"],
  ["", ""],
  ["- [ ] a task with <img src=x>", "- plain task"],
  ["", ""],
  [
    "Visit https://evil.example/path?q=1 or http://evil.example, www.evil.example, mail@evil.example",
    "plain words",
  ],
  ["cc @octocat @org/team, see #1 and GH-2", "plain words"],
  [
    "![alt](data:image/png;base64,AAAA) [js](javascript:alert(1)) <javascript:alert(1)>",
    "plain words",
  ],
  ["\\[escaped\\](https://evil.example) \\\\<b>still text</b>", "plain words"],
  ["***", "plain words"],
  ["Title underline", "plain words"],
  ["===", "plain words"],
];
const HOSTILE_NAMES = [
  "@octocat",
  "[x](https://evil.example)",
  "<img src=x>",
  "https://evil.example",
  "a@b.example",
];
const PLAIN_NAMES = ["Aiko", "Ben", "Chie", "Dan", "Emi"];

async function exportWith(lang: Lang, hostile: boolean, format: ExportFormat): Promise<string> {
  const parsed = parseShareLink(G1);
  if (!parsed.success) throw new Error("bad fixture");
  const { trace: _trace, ...decision } = await evaluateDecision(parsed.link.answers);
  const input: MadrInput = {
    title: hostile ? HOSTILE_TITLE : "Plain title",
    context: CONTEXT_LINES.map(([h, p]) => (hostile ? h : p)).join("\n"),
    deciders: hostile ? HOSTILE_NAMES : PLAIN_NAMES,
    consulted: hostile ? HOSTILE_NAMES : PLAIN_NAMES,
    informed: hostile ? HOSTILE_NAMES : PLAIN_NAMES,
    status: "accepted",
    date: "2026-12-01T10:00:00.000Z",
    answers: parsed.link.answers,
    decision,
    rulesetVersion,
    contentHash: "c0ffee",
    lang,
    link: `${ORIGIN}/r/AAAAAAAAAAAAAAAAAAAAAA`,
    disagreements: [
      {
        question: "arch",
        spread: [
          { value: "monolith", count: 2 },
          { value: "microservices", count: 1 },
        ],
        settled: "monolith",
        note: hostile ? HOSTILE_TITLE : "Plain note",
      },
    ],
  };
  return adrExport(input, { format, number: 1 }).body;
}

const render = (markdown: string) => marked.parse(markdown, { gfm: true, async: false });

/** The opening tags in order, with their attributes: the rendered structure. */
const structure = (html: string) =>
  [...html.matchAll(/<([a-z][a-z0-9]*)\b[^>]*>/gi)].map((m) => m[0]);

/** The rendered text without tags, entities decoded. */
function text(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

const CASES = (["en", "ja"] as const).flatMap((lang) =>
  EXPORT_FORMATS.map((format) => ({ lang, format })),
);

describe.each(CASES)("$format export rendered as GitHub Markdown ($lang)", ({ lang, format }) => {
  test("user text adds no links, images, raw HTML or other elements", async () => {
    const hostile = render(await exportWith(lang, true, format));
    const plain = render(await exportWith(lang, false, format));
    expect(structure(hostile)).toEqual(structure(plain));
    for (const tag of [
      "<img",
      "<script",
      "<details",
      "<table",
      "<blockquote",
      "<pre",
      "<input",
      "<del",
      "<i>",
      "<b>",
    ]) {
      expect(hostile).not.toContain(tag);
    }
    const hrefs = [...hostile.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href?.startsWith(`${ORIGIN}/r/`)).toBe(true);
  });

  test("nothing GitHub links by pattern: no mention, URL, www., e-mail or issue number from user text", async () => {
    const rendered = text(render(await exportWith(lang, true, format))).replaceAll(
      `${ORIGIN}/r/`,
      "",
    );
    expect(rendered).toContain("octocat");
    expect(rendered).not.toMatch(/(^|[^\w])@[A-Za-z0-9]/);
    expect(rendered).not.toMatch(/[a-z]+:\/\//i);
    expect(rendered).not.toMatch(/www\./i);
    expect(rendered).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    expect(rendered).not.toMatch(/#\d/);
  });

  test("the words survive: the title and notes read as typed", async () => {
    const rendered = text(render(await exportWith(lang, true, format))).replaceAll("\u2060", "");
    expect(rendered).toContain("[click](https://evil.example)");
    expect(rendered).toContain("<img src=x onerror=alert(1)>");
    expect(rendered).toContain("cc @octocat @org/team, see #1 and GH-2");
  });
});
