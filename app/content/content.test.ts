import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  ARGUMENT_IDS,
  ARTICLE_SECTIONS,
  RULE_IDS,
  ruleset,
  SOURCE_IDS,
  type RuleDef,
} from "~/decision";

const root = path.resolve(__dirname, "../..");
const work = mkdtempSync(path.join(tmpdir(), "content-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildContent(contentDir: string) {
  return spawnSync("npx", ["tsx", "scripts/build-content.ts"], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, CONTENT_OUT: path.join(work, "manifest.json") },
    encoding: "utf8",
  });
}

// Each build test runs the whole content build in a child process: allow for a busy machine.
describe("content", { timeout: 120_000 }, () => {
  it("compiles, and every rule cites arguments and sources that have content in both languages", () => {
    const result = buildContent(path.join(root, "content"));
    expect(result.status, result.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(work, "manifest.json"), "utf8"));
    for (const lang of ["en", "ja"]) {
      for (const rule of ruleset as readonly RuleDef[]) {
        for (const a of rule.cites.arguments)
          expect(manifest.languages[lang].arguments[a], `${lang} ${rule.id} → ${a}`).toBeTruthy();
      }
      for (const id of ARGUMENT_IDS) {
        const entry = manifest.languages[lang].arguments[id];
        for (const s of entry.frontmatter.sources) expect(SOURCE_IDS).toContain(s.id);
        expect(entry.body.length).toBeGreaterThan(100);
      }
    }
    expect(RULE_IDS.length).toBeGreaterThan(0);
  });

  // One broken copy with three kinds of defect, built once (each build takes seconds): the build reports every
  // broken file, not just the first.
  it("fails the build naming each file: invalid front matter, MDX that does not compile, a missing translation", () => {
    const broken = path.join(work, "broken");
    cpSync(path.join(root, "content"), broken, { recursive: true });
    const frontMatter = path.join(broken, "ja/arguments/stolen-token.mdx");
    writeFileSync(
      frontMatter,
      readFileSync(frontMatter, "utf8").replace(/^verdict: .*$/m, "verdict: maybe"),
    );
    const mdx = path.join(broken, "en/approaches/bff.mdx");
    writeFileSync(mdx, `${readFileSync(mdx, "utf8")}\n\n<Unclosed\n`);
    rmSync(path.join(broken, "ja/stacks/django.mdx"));
    const result = buildContent(broken);
    expect(result.status).not.toBe(0);
    const lines = result.stderr.split("\n");
    expect(lines.find((l) => l.includes("ja/arguments/stolen-token.mdx"))).toContain("verdict");
    expect(lines.find((l) => l.includes("en/approaches/bff.mdx"))).toContain("does not compile");
    expect(result.stderr).toContain("ja/stacks/django.mdx");
  });

  // The article itself is not part of the project; where it is at hand (../shared), check the cited headings.
  const article = path.join(root, "../shared/seed/article-ja.md");
  it.skipIf(!existsSync(article))("cites only real headings of the article", () => {
    const headings = readFileSync(article, "utf8")
      .split("\n")
      .filter((l) => l.startsWith("#"))
      .map((l) => l.replace(/^#+\s*/, "").trim());
    for (const section of ARTICLE_SECTIONS) expect(headings).toContain(section);
  });

  it.skipIf(!existsSync(article))(
    "never copies the article's sentences into content (no shared run of 20 characters outside citations)",
    () => {
      const text = readFileSync(article, "utf8").replace(/\s+/g, "");
      const files = execFileSync("git", ["ls-files", "content"], { cwd: root, encoding: "utf8" })
        .split("\n")
        .filter(Boolean);
      const hits: string[] = [];
      for (const f of files) {
        for (const line of readFileSync(path.join(root, f), "utf8").split("\n")) {
          if (line.startsWith("section:")) continue;
          const compact = line.replace(/\s+/g, "");
          for (let i = 0; i + 20 <= compact.length; i += 5) {
            if (text.includes(compact.slice(i, i + 20))) {
              hits.push(`${f}: ${compact.slice(i, i + 20)}`);
              break;
            }
          }
        }
      }
      expect(hits).toEqual([]);
    },
  );
});
