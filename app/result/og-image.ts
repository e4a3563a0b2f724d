// Shared by the build step that draws the link preview images (scripts/og-images.ts) and the meta tags that
// point at them (meta-documents.ts). No Node, React or Remix imports.
import type { Approach, Decision, Lang } from "~/decision";

export const OG_IMAGE_WIDTH = 1200;
export const OG_IMAGE_HEIGHT = 630;
export const OG_STATES = [
  "confident",
  "tentative",
  "conflicting",
] as const satisfies readonly Decision["state"][];

/** Manifest key → path under the site root (`/og/<name>.<hash>.png`). */
export type OgManifest = Record<string, string>;

export function ogImageKey(lang: Lang, approach: Approach, state: Decision["state"]): string {
  return `${lang}/${approach}/${state}`;
}

export function ogSiteKey(lang: Lang): string {
  return `site/${lang}`;
}

export interface PreviewImage {
  /** Absolute URL. */
  url: string;
  alt: string;
}
