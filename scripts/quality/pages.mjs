// @ts-check
// The one list of pages every quality gate reads (html-validate, weight, lighthouse, bench). Add new pages here.
//   kind "document": must work without hydration; JS budget 20 KB gzip (decision, record, argument, approach…)
//   kind "form":     questionnaire / question pages; JS budget 120 KB gzip
//   kind "other":    landing, invalid link, 404 — documents too, same 20 KB budget
import { GOLDEN } from "../../app/decision/golden-links.js";

export const { G1, G4 } = GOLDEN;

const COMPARE = `a=${encodeURIComponent(G1)}&b=${encodeURIComponent(G4)}`;

/** @typedef {{ name: string, path: string, kind: "document" | "form" | "other" }} Page */

/** @type {Page[]} */
export const PAGES = [
  { name: "landing", path: "/", kind: "other" },
  { name: "landing (ja)", path: "/?lang=ja", kind: "other" },
  { name: "questionnaire", path: "/questionnaire", kind: "form" },
  { name: "questionnaire (ja)", path: "/questionnaire?lang=ja", kind: "form" },
  { name: "decision G1", path: `/decision?${G1}`, kind: "document" },
  { name: "decision G1 (ja)", path: `/decision?${G1}&lang=ja`, kind: "document" },
  { name: "decision G4", path: `/decision?${G4}`, kind: "document" },
  { name: "decision G4 (ja)", path: `/decision?${G4}&lang=ja`, kind: "document" },
  {
    name: "decision, link from an older ruleset",
    path: `/decision?${G4}&v=r-23d3afeee0`,
    kind: "document",
  },
  { name: "ruleset versions", path: "/rules", kind: "document" },
  { name: "ruleset versions (ja)", path: "/rules?lang=ja", kind: "document" },
  { name: "invalid link", path: "/decision?arch=x", kind: "other" },
  { name: "404", path: "/nope", kind: "other" },
  { name: "question arch", path: "/q/arch", kind: "form" },
  { name: "question arch (ja)", path: "/q/arch?lang=ja", kind: "form" },
  { name: "arguments", path: "/arguments", kind: "document" },
  { name: "argument stolen-token", path: "/arguments/stolen-token", kind: "document" },
  { name: "argument stolen-token (ja)", path: "/arguments/stolen-token?lang=ja", kind: "document" },
  { name: "approach server-session", path: "/approaches/server-session", kind: "document" },
  { name: "sources", path: "/sources", kind: "document" },
  // Team rounds: the start page and the compare page (the /t/ and /f/ pages need a round: tests/e2e/team.spec.ts
  // checks that they load no framework JavaScript and stay within the document budget).
  { name: "start a team round", path: "/rounds/new", kind: "document" },
  { name: "start a team round (ja)", path: "/rounds/new?lang=ja", kind: "document" },
  { name: "compare", path: `/compare?${COMPARE}`, kind: "document" },
  { name: "compare (ja)", path: `/compare?${COMPARE}&lang=ja`, kind: "document" },
];

/** Decision pages (and later record / argument / approach pages): documents that ship (almost) no JS. */
export const DOCUMENT_PAGES = PAGES.filter((p) => p.kind === "document");
/** Questionnaire pages (and later /q/… question pages). */
export const FORM_PAGES = PAGES.filter((p) => p.kind === "form");

const KB = 1024;
/**
 * Gzip JavaScript budget in bytes for a page. Form pages: React, Remix and zod (~100 KB) plus react-hook-form and
 * its zod resolver (9.7 KB, ADR 0016) — 120 KB leaves about 8 KB of room; document pages ship no framework JS.
 */
export function jsBudget(/** @type {Page} */ page) {
  return page.kind === "form" ? 120 * KB : 20 * KB;
}

/**
 * Lighthouse pages (issue 6: landing, a question page, G1's decision page, an argument page).
 * `noindex: true` marks pages kept out of search engines on purpose (robots noindex on share links, or a robots.txt
 * Disallow such as /q/): their SEO score is also computed without the `is-crawlable` audit, and that figure is the
 * one held to the threshold (both are reported).
 * @type {{ name: string, path: string, noindex?: boolean }[]}
 */
export const LIGHTHOUSE_PAGES = [
  { name: "landing", path: "/" },
  // A question page.
  { name: "question page", path: "/q/arch", noindex: true }, // robots.txt: Disallow: /q/
  { name: "decision G1", path: `/decision?${G1}`, noindex: true },
  { name: "argument", path: "/arguments/stolen-token" },
];
