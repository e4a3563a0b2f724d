// Compiles content/{en,ja}/**/*.mdx once, at build time, with mdx-bundler: validated front matter plus the body
// rendered to static HTML. The server reads the resulting manifest; no MDX is evaluated in the browser, so the
// CSP needs no 'unsafe-eval'. Any invalid file fails the build with a message naming it.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bundleMDX } from "mdx-bundler";
import { getMDXComponent } from "mdx-bundler/client/index.js";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { ZodType } from "zod";
import {
  ADD_ONS,
  APPROACHES,
  ARGUMENT_IDS,
  ARTICLE_SECTIONS,
  LANGS,
  valuesOf,
  type Lang,
} from "../app/decision";
import {
  ArgumentFrontMatter,
  GuideFrontMatter,
  StackFrontMatter,
  type ContentManifest,
} from "../app/content/schema.server";
import { renderInline } from "../app/content/inline";
import { writeOgImages } from "./og-images";

const root = path.resolve(import.meta.dirname, "..");
// CONTENT_DIR and CONTENT_OUT exist for the test that proves a broken file fails the build.
const contentDir = path.resolve(process.env.CONTENT_DIR ?? path.join(root, "content"));
const outFile = path.resolve(
  process.env.CONTENT_OUT ?? path.join(root, "app/content/manifest.generated.json"),
);

const KINDS = {
  arguments: { schema: ArgumentFrontMatter as ZodType, ids: [...ARGUMENT_IDS] as string[] },
  approaches: { schema: GuideFrontMatter as ZodType, ids: [...APPROACHES, ...ADD_ONS] as string[] },
  stacks: { schema: StackFrontMatter as ZodType, ids: [...valuesOf("stack")] as string[] },
} as const;
type Kind = keyof typeof KINDS;

const errors: string[] = [];
const fail = (file: string, message: string) =>
  errors.push(`${path.relative(contentDir, file)}: ${message}`);
const hash = createHash("sha256");

async function compile(file: string, kind: Kind) {
  const source = readFileSync(file, "utf8");
  hash.update(path.relative(root, file)).update("\0").update(source).update("\0");
  let result;
  try {
    result = await bundleMDX({ source, cwd: path.dirname(file) });
  } catch (error) {
    fail(file, `MDX does not compile: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const parsed = KINDS[kind].schema.safeParse(result.frontmatter);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      fail(file, `front matter ${issue.path.join(".") || "(root)"}: ${issue.message}`);
    return undefined;
  }
  const frontmatter = parsed.data as { id: string };
  const expectedId = path.basename(file, ".mdx");
  if (frontmatter.id !== expectedId)
    fail(file, `front matter id "${frontmatter.id}" does not match the file name`);
  const Component = getMDXComponent(result.code);
  const body = renderToStaticMarkup(createElement(Component));
  return { frontmatter, body };
}

const manifest = { languages: {} } as ContentManifest;

for (const lang of LANGS) {
  const entries = {
    arguments: {},
    approaches: {},
    stacks: {},
  } as ContentManifest["languages"][Lang];
  for (const kind of Object.keys(KINDS) as Kind[]) {
    const dir = path.join(contentDir, lang, kind);
    let files: string[] = [];
    try {
      files = readdirSync(dir)
        .filter((f) => f.endsWith(".mdx"))
        .sort();
    } catch {
      fail(dir, "folder is missing");
    }
    for (const name of files) {
      const file = path.join(dir, name);
      const compiled = await compile(file, kind);
      if (!compiled) continue;
      if (kind === "arguments") {
        const fm = compiled.frontmatter as unknown as ArgumentFrontMatter;
        if (fm.section && !(ARTICLE_SECTIONS as readonly string[]).includes(fm.section)) {
          fail(file, `section "${fm.section}" is not a heading of the article`);
        }
        entries.arguments[fm.id] = {
          frontmatter: fm,
          body: compiled.body,
          inline: {
            title: renderInline(fm.title),
            claim: renderInline(fm.claim),
            answer: renderInline(fm.answer),
            sourceNotes: fm.sources.map((s) => renderInline(s.note)),
          },
        };
      } else if (kind === "approaches") {
        const fm = compiled.frontmatter as unknown as GuideFrontMatter;
        entries.approaches[fm.id] = {
          frontmatter: fm,
          body: compiled.body,
          inline: {
            summary: renderInline(fm.summary),
            checklist: fm.checklist.map(renderInline),
            ...(fm.variants && {
              variants: Object.fromEntries(
                Object.entries(fm.variants).map(([k, v]) => [
                  k,
                  {
                    ...(v!.title && { title: v!.title }),
                    summary: renderInline(v!.summary),
                    checklist: v!.checklist.map(renderInline),
                  },
                ]),
              ),
            }),
          },
        };
      } else {
        const fm = compiled.frontmatter as unknown as StackFrontMatter;
        entries.stacks[fm.id] = {
          frontmatter: fm,
          body: compiled.body,
          inline: {
            notes: Object.fromEntries(
              Object.entries(fm.notes).map(([k, v]) => [k, v.map(renderInline)]),
            ),
          },
        };
      }
    }
    for (const id of KINDS[kind].ids) {
      if (!(id in entries[kind]))
        fail(
          path.join(dir, `${id}.mdx`),
          `missing: every ${kind} id needs a file in each language`,
        );
    }
    for (const id of Object.keys(entries[kind])) {
      if (!KINDS[kind].ids.includes(id)) fail(path.join(dir, `${id}.mdx`), `unknown id "${id}"`);
    }
  }
  manifest.languages[lang] = entries;
}

// The two languages must agree on the facts: verdicts, sections and cited sources.
for (const id of ARGUMENT_IDS) {
  const en = manifest.languages.en.arguments[id]?.frontmatter;
  const ja = manifest.languages.ja.arguments[id]?.frontmatter;
  if (!en || !ja) continue;
  const facts = (fm: ArgumentFrontMatter) =>
    JSON.stringify([fm.kind, fm.section, fm.verdict, fm.sources.map((s) => [s.id, s.stance])]);
  if (facts(en) !== facts(ja))
    fail(
      path.join(contentDir, "ja/arguments", `${id}.mdx`),
      "kind, section, verdict or sources differ from the English file",
    );
}

if (errors.length > 0) {
  console.error(
    `Content build failed (${errors.length} problem${errors.length === 1 ? "" : "s"}):`,
  );
  for (const e of errors) console.error(`  ${e}`);
  process.exit(1);
}

manifest.hash = hash.digest("hex").slice(0, 16);
writeFileSync(outFile, JSON.stringify(manifest));
const count = LANGS.reduce(
  (n, l) => n + Object.values(manifest.languages[l]).reduce((m, e) => m + Object.keys(e).length, 0),
  0,
);
console.log(
  `content: ${count} files compiled, hash ${manifest.hash} → ${path.relative(root, outFile)}`,
);

// The link preview images (og:image) are drawn from the same dictionaries in the same step, so every build that
// compiles the content has them too (public/og/ and app/og-images.generated.json, both generated). The tests
// that compile content elsewhere (CONTENT_OUT) skip them.
if (!process.env.CONTENT_OUT) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const images = await writeOgImages(
    path.join(root, "public/og"),
    path.join(root, "app/og-images.generated.json"),
  );
  const { user, system } = process.cpuUsage(cpu);
  const seconds = (n: number) => `${n.toFixed(1)} s`;
  console.log(
    `og images: ${images.length} PNGs → public/og/ in ${seconds((performance.now() - started) / 1000)} (${seconds((user + system) / 1e6)} CPU)`,
  );
}
