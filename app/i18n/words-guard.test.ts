// Interface words live in app/i18n/ (and content/, and the decision core's rule and plan text): no Japanese text
// and no word chosen by `lang === "ja" ? … : …` anywhere else in app/ or server/ (docs/decisions/0003-i18n.md).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");

/** Where words may live. */
const WORD_HOMES = ["app/i18n/", "app/content/", "app/decision/", "server/refused-page-words.js"];

/**
 * Comparisons with a language that choose no word: link building, the language switch's other language, parsing a
 * language tag. Each pattern names the code it allows.
 */
const NOT_WORDS: { pattern: RegExp; why: string }[] = [
  {
    pattern: /lang === "en" \? "" : `[?&]lang=\$\{/,
    why: "a link carries ?lang= for a chosen language",
  },
  {
    pattern: /lang === "en" \? "" : `lang=\$\{/,
    why: "a link carries lang= for a chosen language",
  },
  {
    pattern: /lang === "en" \? \{\} : \{ lang \}/,
    why: "formatAnswers with the chosen language (invalid-link)",
  },
  {
    pattern: /lang === "en" \? \[\] : \[\["lang", lang\]\]/,
    why: "the export form's hidden lang field",
  },
  {
    pattern: /: Lang = lang === "ja" \? "en" : "ja"/,
    why: "root.tsx: the language switch's other language",
  },
  {
    pattern: /(lang|primary) === "en" \|\| \1 === "ja"/,
    why: "same-origin.js: parsing a language tag",
  },
  {
    pattern: /if \(lang !== "ja"\) return \[text\];/,
    why: "phrases.server.ts: only Japanese is split into phrases",
  },
];

/**
 * Files whose words have not moved yet. The list only shrinks: a file leaves it when its words move, and the test
 * fails if a listed file no longer needs its place.
 */
const NOT_YET_MOVED: string[] = [];

const JAPANESE =
  /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u3000-\u303f\uff01-\uff60]/u;
const LANG_CHOICE =
  /\b\w*[lL]ang\s*[!=]==?\s*["'](ja|en)["']|["'](ja|en)["']\s*[!=]==?\s*\w*[lL]ang\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(name) && !/\.(test|spec)\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Comments are not interface words: drop them, keeping line numbers (a `//` inside a string is kept). */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " "))
    .replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

/** Every line outside the word homes that holds Japanese text or chooses a word by language. */
export function misplacedWords(files: { path: string; source: string }[]): string[] {
  const found: string[] = [];
  for (const { path, source } of files) {
    if (WORD_HOMES.some((home) => path.startsWith(home))) continue;
    withoutComments(source)
      .split("\n")
      .forEach((line, i) => {
        const japanese = JAPANESE.test(line);
        const choice = LANG_CHOICE.test(line) && !NOT_WORDS.some((n) => n.pattern.test(line));
        if (japanese || choice) found.push(`${path}:${i + 1}: ${line.trim().slice(0, 120)}`);
      });
  }
  return found;
}

function projectFiles() {
  return [...sourceFiles(join(ROOT, "app")), ...sourceFiles(join(ROOT, "server"))].map((f) => ({
    path: relative(ROOT, f).split("\\").join("/"),
    source: readFileSync(f, "utf8"),
  }));
}

describe("interface words live in app/i18n", () => {
  it("finds Japanese text and word choice by language, and lets links and comments be", () => {
    const found = misplacedWords([
      { path: "app/x.tsx", source: 'const sep = lang === "ja" ? "、" : ", ";' },
      { path: "app/y.ts", source: "const title = `合計 ${n}`;" },
      {
        path: "app/z.ts",
        source: '// 日本語のコメント\nconst q = lang === "en" ? "" : `?lang=${lang}`;',
      },
      { path: "app/i18n/ja.ts", source: 'const t = "日本語";' },
    ]);
    expect(found).toEqual([
      'app/x.tsx:1: const sep = lang === "ja" ? "、" : ", ";',
      "app/y.ts:1: const title = `合計 ${n}`;",
    ]);
  });

  it("has no interface word outside app/i18n, content and the decision core", () => {
    const found = misplacedWords(projectFiles()).filter(
      (line) => !NOT_YET_MOVED.some((file) => line.startsWith(`${file}:`)),
    );
    expect(found).toEqual([]);
  });

  it("lists as not yet moved only files that still hold words", () => {
    const found = misplacedWords(projectFiles());
    expect(
      NOT_YET_MOVED.filter((file) => !found.some((line) => line.startsWith(`${file}:`))),
    ).toEqual([]);
  });
});
