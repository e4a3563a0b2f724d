// Link preview images (og:image, 1200×630 PNG), drawn once at build time: one per approach, state and language,
// plus one for the start page per language. Same design as the result page's summary (app/components/result/
// summary.tsx, app/styles/app.css): a green solid frame when confident, amber dashed when tentative, red dashed
// when conflicting, the state label above the approach name. Everything comes from npm packages — satori lays
// the page out as SVG (text as paths), resvg turns it into a PNG, Noto Sans JP covers both languages — so the
// build needs no browser, no system font and no network. Each file name carries a hash of its bytes, so the
// server can let them be cached for a year; the manifest tells the meta tags which file is which.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { APPROACHES, LANGS, type Approach, type Decision, type Lang } from "../app/decision";
import { dictionary } from "../app/i18n";
import { phrases } from "../app/result/phrases.server";
import {
  OG_IMAGE_HEIGHT,
  OG_IMAGE_WIDTH,
  OG_STATES,
  ogImageKey,
  ogSiteKey,
  type OgManifest,
} from "../app/result/og-image";

type DecisionState = Decision["state"];

const require = createRequire(import.meta.url);
const fontFile = (weight: string) =>
  require.resolve(`@expo-google-fonts/noto-sans-jp/${weight}/NotoSansJP_${weight}.ttf`);

// The palette of app/styles/app.css (light mode: previews are read on every kind of background).
const C = {
  text: "#1b1f24",
  muted: "#4a5260",
  bg: "#ffffff",
  panel: "#f4f6f8",
  border: "#b9c0c8",
  accent: "#0b57d0",
  header: "#0d1b2a",
  ok: "#0f6b3a",
  warn: "#8a4b00",
  error: "#b3261e",
  okBg: "#eef7f1",
  warnBg: "#fdf6ec",
  errorBg: "#fdecea",
};

const FRAME: Record<DecisionState, { color: string; style: "solid" | "dashed"; bg: string }> = {
  confident: { color: C.ok, style: "solid", bg: C.bg },
  tentative: { color: C.warn, style: "dashed", bg: C.warnBg },
  conflicting: { color: C.error, style: "dashed", bg: C.errorBg },
};

// satori takes React-like element objects; no React needed to build them.
type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
const el = (type: string, style: Record<string, unknown>, ...children: unknown[]): Node => ({
  type,
  props: { style, children: children.length === 1 ? children[0] : children },
});

// The site's mark (public/favicon.svg).
const MARK = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0d1b2a"/><path d="M9 17l5 5 9-12" fill="none" stroke="#ffbf47" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/></svg>',
).toString("base64")}`;

/**
 * Text that wraps only between phrases in Japanese (BudouX, as on the result page), so a word such as
 * 「トークン」 never breaks in the middle; other languages wrap between words as usual.
 */
function wrapped(text: string, lang: Lang, style: Record<string, unknown>): Node {
  const parts = phrases(text, lang);
  if (parts.length === 1) return el("div", style, text);
  return el(
    "div",
    { ...style, display: "flex", flexWrap: "wrap" },
    ...parts.map((p) => el("span", {}, p)),
  );
}

/** The page header: a dark bar with the mark and the site name, as on every page. */
function header(lang: Lang): Node {
  const t = dictionary(lang);
  return el(
    "div",
    {
      display: "flex",
      alignItems: "center",
      gap: 20,
      height: 104,
      flexShrink: 0,
      padding: "0 56px",
      background: C.header,
      color: "#ffffff",
    },
    { type: "img", props: { src: MARK, width: 60, height: 60 } },
    el("div", { fontSize: 40, fontWeight: 700 }, t.siteName),
  );
}

/** The page: header, then the content area holding one box. */
function page(lang: Lang, box: Node): Node {
  return el(
    "div",
    {
      width: "100%",
      height: "100%",
      display: "flex",
      flexDirection: "column",
      background: C.bg,
      fontFamily: "Noto Sans JP",
      color: C.text,
    },
    header(lang),
    el("div", { display: "flex", flexGrow: 1, padding: "40px 56px 48px" }, box),
  );
}

/** The result page's summary box for one approach in one state. */
export function resultTree(lang: Lang, approach: Approach, state: DecisionState): Node {
  const t = dictionary(lang);
  const frame = FRAME[state];
  const name = t.approaches[approach].name;
  return page(
    lang,
    el(
      "div",
      {
        display: "flex",
        flexDirection: "column",
        justifyContent: "center",
        flexGrow: 1,
        width: "100%",
        background: frame.bg,
        border: `8px ${frame.style} ${frame.color}`,
        borderRadius: 16,
        padding: "32px 52px",
        gap: 14,
      },
      el("div", { fontSize: 44, fontWeight: 700, color: frame.color }, t.state[state]),
      wrapped(name, lang, {
        fontSize: name.length > 30 ? 66 : 78,
        fontWeight: 700,
        lineHeight: 1.2,
        color: C.text,
      }),
    ),
  );
}

/** The start page: what the tool answers, and the four approaches it chooses between. */
export function siteTree(lang: Lang): Node {
  const t = dictionary(lang);
  return page(
    lang,
    el(
      "div",
      {
        display: "flex",
        flexDirection: "column",
        justifyContent: "center",
        flexGrow: 1,
        width: "100%",
        background: C.bg,
        border: `8px solid ${C.accent}`,
        borderRadius: 16,
        padding: "32px 52px",
        gap: 26,
      },
      wrapped(t.home.lead, lang, { fontSize: 40, lineHeight: 1.35, color: C.text }),
      el(
        "div",
        { display: "flex", flexWrap: "wrap", gap: 12 },
        ...APPROACHES.map((a) =>
          el(
            "div",
            {
              fontSize: 24,
              fontWeight: 700,
              color: C.ok,
              background: C.okBg,
              border: `2px solid ${C.ok}`,
              borderRadius: 999,
              padding: "4px 18px",
            },
            t.approaches[a].name,
          ),
        ),
      ),
    ),
  );
}

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: "normal" }[] | undefined;
function loadFonts() {
  fonts ??= [
    {
      name: "Noto Sans JP",
      data: readFileSync(fontFile("400Regular")),
      weight: 400,
      style: "normal",
    },
    { name: "Noto Sans JP", data: readFileSync(fontFile("700Bold")), weight: 700, style: "normal" },
  ];
  return fonts;
}

export async function renderPng(tree: Node): Promise<Buffer> {
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: OG_IMAGE_WIDTH,
    height: OG_IMAGE_HEIGHT,
    fonts: loadFonts(),
  });
  // Text is already paths: resvg needs no font, and must not look for system ones.
  const png = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: "original" } })
    .render()
    .asPng();
  return Buffer.from(png);
}

export interface RenderedImage {
  /** ogImageKey(...) for a result, `site/<lang>` for the start page. */
  key: string;
  /** File name under /og/. */
  file: string;
  png: Buffer;
}

/** Every preview image: 4 approaches × 3 states × 2 languages, and the start page in each language. */
export async function renderOgImages(): Promise<RenderedImage[]> {
  const jobs: { key: string; base: string; tree: Node }[] = [];
  for (const lang of LANGS) {
    for (const approach of APPROACHES) {
      for (const state of OG_STATES) {
        jobs.push({
          key: ogImageKey(lang, approach, state),
          base: `${lang}-${approach}-${state}`,
          tree: resultTree(lang, approach, state),
        });
      }
    }
    jobs.push({ key: ogSiteKey(lang), base: `${lang}-site`, tree: siteTree(lang) });
  }
  const out: RenderedImage[] = [];
  for (const job of jobs) {
    const png = await renderPng(job.tree);
    const hash = createHash("sha256").update(png).digest("hex").slice(0, 10);
    out.push({ key: job.key, file: `${job.base}.${hash}.png`, png });
  }
  return out;
}

/** Renders every image into `dir` (removing any other file there) and writes the manifest the meta tags read. */
export async function writeOgImages(dir: string, manifestFile: string): Promise<RenderedImage[]> {
  const images = await renderOgImages();
  mkdirSync(dir, { recursive: true });
  const manifest: OgManifest = {};
  for (const image of images) {
    writeFileSync(path.join(dir, image.file), image.png);
    manifest[image.key] = `/og/${image.file}`;
  }
  // Unchanged images keep their names, so a server still running on the previous build never misses one;
  // files from older designs go.
  const current = new Set(images.map((i) => i.file));
  for (const file of readdirSync(dir)) {
    if (!current.has(file)) rmSync(path.join(dir, file), { force: true });
  }
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return images;
}
