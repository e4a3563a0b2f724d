// The link preview images: one distinct 1200×630 PNG per approach, state and language, and one site image per
// language, drawn with the fonts that ship in node_modules (no system font, no network).
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { APPROACHES, LANGS } from "~/decision";
import { OG_STATES, ogImageKey, ogSiteKey } from "~/result/og-image";
import { writeOgImages, type RenderedImage } from "./og-images";

function pngSize(png: Buffer) {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("og images", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "og-"));
  let images: RenderedImage[] = [];

  beforeAll(async () => {
    images = await writeOgImages(path.join(dir, "og"), path.join(dir, "manifest.json"));
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("draws 24 distinct result images (4 approaches × 3 states × 2 languages), each 1200×630", () => {
    const expected = LANGS.flatMap((lang) =>
      APPROACHES.flatMap((a) => OG_STATES.map((s) => ogImageKey(lang, a, s))),
    );
    expect(expected).toHaveLength(24);
    const results = images.filter((i) => expected.includes(i.key));
    expect(results.map((i) => i.key).sort()).toEqual([...expected].sort());
    const hashes = new Set(results.map((i) => createHash("sha256").update(i.png).digest("hex")));
    expect(hashes.size).toBe(24);
    for (const image of results) expect(pngSize(image.png)).toEqual({ width: 1200, height: 630 });
  });

  it("draws a site image per language, and writes every file with its hash in its name", () => {
    for (const lang of LANGS) expect(images.some((i) => i.key === ogSiteKey(lang))).toBe(true);
    expect(images).toHaveLength(26);
    const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as Record<
      string,
      string
    >;
    expect(Object.keys(manifest)).toHaveLength(26);
    const files = readdirSync(path.join(dir, "og")).sort();
    expect(files).toEqual(
      Object.values(manifest)
        .map((u) => u.replace("/og/", ""))
        .sort(),
    );
    for (const image of images) {
      const hash = createHash("sha256").update(image.png).digest("hex").slice(0, 10);
      expect(image.file).toMatch(new RegExp(`\\.${hash}\\.png$`));
      expect(readFileSync(path.join(dir, "og", image.file)).equals(image.png)).toBe(true);
    }
  });

  it("draws the Japanese words, not the English ones", () => {
    const en = images.find((i) => i.key === ogImageKey("en", "server-session", "confident"))!;
    const ja = images.find((i) => i.key === ogImageKey("ja", "server-session", "confident"))!;
    expect(ja.png.equals(en.png)).toBe(false);
    expect(ja.png.length).toBeGreaterThan(en.png.length * 0.8);
  });
});
