import {
  evaluateDecision,
  parseShareLink,
  rulesetVersion,
  type Answers,
  type Lang,
} from "~/decision";
import { escapeMarkdownBlock, toMadr, yamlString, type MadrInput } from "./madr";
import { GOLDEN } from "~/decision/golden";

const { G1 } = GOLDEN;
const FRONT_MATTER_KEYS = ["status", "date", "decision-makers", "consulted", "informed"];
// MADR's sections in order; a Japanese export names them in Japanese.
const SECTIONS_BY_LANG: Record<Lang, string[]> = {
  en: [
    "## Context and Problem Statement",
    "## Decision Drivers",
    "## Considered Options",
    "## Decision Outcome",
    "### Consequences",
    "## Pros and Cons of the Options",
    "## More Information",
  ],
  ja: [
    "## 背景と課題",
    "## 決定の要因",
    "## 検討した選択肢",
    "## 決定",
    "### 影響",
    "## 各選択肢の長所と短所",
    "## 補足情報",
  ],
};

function answersOf(query: string): Answers {
  const parsed = parseShareLink(query);
  if (!parsed.success) throw new Error("bad fixture");
  return parsed.link.answers;
}

async function g1Input(lang: Lang, overrides: Partial<MadrInput> = {}): Promise<MadrInput> {
  const answers = answersOf(G1);
  const { trace: _trace, ...decision } = await evaluateDecision(answers);
  return {
    title: "Sessions for the shop",
    context: "Decided in the architecture review.",
    deciders: ["Aiko", "Ben"],
    consulted: ["Security team"],
    informed: [],
    status: "accepted",
    date: "2026-11-26T10:00:00.000Z",
    answers,
    decision,
    rulesetVersion,
    contentHash: "c0ffee",
    lang,
    link: "https://example.test/r/AAAAAAAAAAAAAAAAAAAAAA",
    ...overrides,
  };
}

/**
 * The YAML subset toMadr writes: `---`, then one `key: value` line per key, where the value is a JSON string
 * or a bare date, then `---`. Anything else is a broken front matter.
 */
function parseFrontMatter(markdown: string): { data: Record<string, string>; body: string[] } {
  const lines = markdown.split("\n");
  expect(lines[0]).toBe("---");
  const end = lines.indexOf("---", 1);
  expect(end).toBeGreaterThan(0);
  const data: Record<string, string> = {};
  for (const line of lines.slice(1, end)) {
    const match = /^([a-z-]+): ("(?:[^"\\]|\\.)*"|\d{4}-\d{2}-\d{2})$/.exec(line);
    expect(match, `front matter line ${JSON.stringify(line)}`).not.toBeNull();
    data[match![1]!] = match![2]!.startsWith('"') ? (JSON.parse(match![2]!) as string) : match![2]!;
  }
  return { data, body: lines.slice(end + 1) };
}

describe.each(["en", "ja"] as const)("MADR export (%s)", (lang) => {
  const SECTIONS = SECTIONS_BY_LANG[lang];
  test("G1 has the front matter and every MADR section, in order", async () => {
    const markdown = toMadr(await g1Input(lang));
    const { data, body } = parseFrontMatter(markdown);
    expect(Object.keys(data)).toEqual(FRONT_MATTER_KEYS);
    expect(data).toEqual({
      status: "accepted",
      date: "2026-11-26",
      "decision-makers": "Aiko, Ben",
      consulted: "Security team",
      informed: "",
    });
    const headings = body.filter((l) => /^#{1,6} /.test(l));
    expect(headings[0]).toBe("# Sessions for the shop");
    const sections = headings.filter((h) => SECTIONS.includes(h));
    expect(sections).toEqual(SECTIONS);
    expect(markdown).toContain(
      lang === "en"
        ? 'Chosen option: "Server-side session"'
        : "採用する選択肢：「サーバー側セッション」",
    );
    expect(markdown).toContain(lang === "en" ? "CSRF defence" : "CSRF 対策");
    expect(markdown).toContain(lang === "en" ? "* Good, because " : "* 良い点：");
    expect(markdown).toContain(
      lang === "en" ? "* Backend: One application" : "* バックエンド：1 つのアプリケーション",
    );
    expect(markdown).toContain(rulesetVersion);
    expect(markdown).toContain("c0ffee");
    expect(markdown).toContain("<https://example.test/r/AAAAAAAAAAAAAAAAAAAAAA>");
    // Every approach is an option and has its pros and cons.
    for (const name of lang === "en"
      ? [
          "Server-side session",
          "Opaque token at the gateway, JWTs inside",
          "Stateless signed token",
        ]
      : ["サーバー側セッション", "ステートレスな署名付きトークン"]) {
      expect(
        headings.some((h) => h.startsWith(`### ${name}`)),
        name,
      ).toBe(true);
    }
  });

  test("opens with the decision: the title right after the front matter, then approach, add-ons and state", async () => {
    const { body } = parseFrontMatter(toMadr(await g1Input(lang)));
    expect(body[0]).toBe("# Sessions for the shop");
    const lead = body.slice(
      1,
      body.findIndex((l) => l.startsWith("## ")),
    );
    expect(lead.filter((l) => l !== "")).toEqual(
      lang === "en"
        ? ["* Decision: Server-side session", "* Add-ons: CSRF defence", "* State: Recommended"]
        : ["* 決定：サーバー側セッション", "* 追加対策：CSRF 対策", "* 判定：推奨"],
    );
  });

  test("a hostile title, names and notes cannot break the front matter or add headings", async () => {
    const title = 'Evil: "quoted" \\ title\n---\nstatus: accepted\n# Injected\u2028line\u0085next';
    const input = await g1Input(lang, {
      title,
      deciders: ['Mallory "the" admin: yes', "---", "a\nb: c"],
      context: [
        "---",
        "status: rejected",
        "# Injected heading",
        "  ## Indented heading",
        "Setext heading",
        "===",
        "Another",
        "---",
        "```",
        "<!-- unclosed comment",
        "<h2>html heading</h2>",
        "* * *",
        "- a normal list item",
      ].join("\n"),
      supersedesLink: "https://example.test/r/x> <script>",
    });
    const markdown = toMadr(input);
    const { data, body } = parseFrontMatter(markdown);
    expect(Object.keys(data)).toEqual(FRONT_MATTER_KEYS);
    expect(data.status).toBe("accepted");
    expect(data["decision-makers"]).toBe('Mallory "the" admin: yes, ---, a\nb: c');

    // The structure is exactly the generated one: one title, the MADR sections, one heading per option.
    const headings = body.filter((l) => /^ {0,3}#{1,6}(\s|$)/.test(l));
    expect(headings.filter((h) => h.startsWith("# "))).toHaveLength(1);
    expect(headings.filter((h) => h.startsWith("## "))).toEqual(
      SECTIONS.filter((s) => s.startsWith("## ")),
    );
    expect(headings.filter((h) => h.startsWith("### "))).toHaveLength(5);
    // The title is one line: its line breaks became spaces.
    expect(headings[0]).toMatch(
      /^# Evil: "quoted" \\\\ title --- status: accepted # Injected line/,
    );
    // No thematic break, setext underline, fence or HTML block can start a line.
    for (const line of body) {
      expect(line).not.toMatch(/^ {0,3}([-=]+\s*$|([*_-])(\s*\2){2,}\s*$|`{3}|~{3}|<)/);
    }
    expect(markdown).toContain("\n- a normal list item");
    expect(markdown).toContain("\\<h2\\>html heading\\</h2\\>");
    expect(markdown).toContain("<https://example.test/r/x%3E%20%3Cscript%3E>");
  });
});

describe("escaping helpers", () => {
  test("yamlString gives a JSON string that YAML reads the same way", () => {
    expect(yamlString('a "b"\nc')).toBe('"a \\"b\\"\\nc"');
    expect(yamlString("x\u2028y\u0085z")).toBe('"x\\u2028y\\u0085z"');
    expect(yamlString("\ud800")).toBe('"\ufffd"');
  });

  test("escapeMarkdownBlock keeps ordinary text", () => {
    expect(escapeMarkdownBlock("Plain text.\n\n1. first\n- item")).toBe(
      "Plain text.\n\n1. first\n- item",
    );
    expect(escapeMarkdownBlock("# h\n---")).toBe("\\# h\n\\---");
  });
});

describe("a record saved from a team round", () => {
  const disagreements: MadrInput["disagreements"] = [
    {
      question: "arch",
      spread: [
        { value: "monolith", count: 2 },
        { value: "microservices", count: 1 },
      ],
      settled: "monolith",
      note: "One team, one deployable",
    },
    {
      question: "stack",
      spread: [{ value: "remix", count: 1 }],
      noAnswer: 2,
      settled: "remix",
      note: "",
    },
  ];

  test.each([
    ["en", "## Disagreements settled", "No answer (2)", "Remix (1)", "Settled on: Remix"],
    ["ja", "## チームで決めた相違点", "無回答（2 人）", "Remix（1 人）", "決めた回答：Remix"],
  ] as const)(
    "%s: the disagreements are a section of their own, after the outcome, each with its answers, blanks and note",
    async (lang, heading, noAnswer, stack, settled) => {
      const md = toMadr(await g1Input(lang, { disagreements }));
      const lines = md.split("\n");
      const at = lines.indexOf(heading);
      expect(at).toBeGreaterThan(lines.indexOf(SECTIONS_BY_LANG[lang][4]!));
      expect(at).toBeLessThan(lines.indexOf(SECTIONS_BY_LANG[lang][5]!));
      const section = lines.slice(at, lines.indexOf(SECTIONS_BY_LANG[lang][5]!)).join("\n");
      expect(section).toContain(noAnswer);
      expect(section).toContain(stack);
      expect(section).toContain(settled);
      expect(section).toContain(
        lang === "en" ? "One application (2)" : "1 つのアプリケーション（2 人）",
      );
      // Listed once: not in the context, not in More Information.
      expect(md.split("One team, one deployable").length).toBe(2);
      expect(md.split(noAnswer).length).toBe(2);
    },
  );

  test("a record without a round has no such section", async () => {
    const md = toMadr(await g1Input("en"));
    expect(md).not.toContain("Disagreements settled");
  });
});
