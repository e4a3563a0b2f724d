import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// The golden scenarios are the core's (app/decision/golden.ts): one list for unit, HTTP and browser tests.
export { GOLDEN, GOLDEN_APPROACH } from "../../app/decision/golden";

/**
 * axe runs in the page, so it needs JavaScript; the no-JS project renders the very same HTML.
 * One `axe.run` in the page (legacy mode) instead of a partial run per frame finished in a new blank page. The
 * two differ only for frames from another origin, and the app embeds none; the results are the same (checked on
 * G1's decision page: the same violations, passes, incomplete and inapplicable rules, with the same node counts)
 * without opening a second page and injecting a second copy of axe for every check.
 * Only violations are asked for (`resultTypes`): axe still runs every rule on every element, but it no longer
 * builds the selectors and snippets of each passing and inapplicable node, which nothing here reads (about half
 * of the run's CPU time on a decision page). The check fails on the same findings.
 */
export async function expectNoAxeViolations(page: Page) {
  const jsEnabled = await page.evaluate(() => true).catch(() => false);
  if (!jsEnabled || test.info().project.name === "nojs") return;
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .options({ resultTypes: ["violations"] })
    .setLegacyMode()
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Tag for the tests that the no-JavaScript project runs too: those whose path differs without JavaScript (the
 * hydrated question pages and the one-page form, and what they link to). Every other page sends the same HTML
 * and ships no framework JavaScript, so one run with JavaScript covers it.
 */
export const alsoWithoutJs = { tag: "@nojs" };

/** Collects CSP violations and page errors; the test fails if any occurred. */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const found: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          (window as unknown as { __csp: string[] }).__csp ??= [];
          (window as unknown as { __csp: string[] }).__csp.push(
            `${e.violatedDirective} ${e.blockedURI}`,
          );
        });
      });
      page.on("pageerror", (e) => found.push(`pageerror: ${e.message}`));
      page.on("console", (m) => {
        // An expected 4xx page logs its own status; anything else is a defect.
        if (m.type() === "error" && !/status of 4\d\d/.test(m.text()))
          found.push(`console: ${m.text()}`);
      });
      await use(found);
      const inPage = await page
        .evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])
        .catch(() => [] as string[]);
      expect([...found, ...inPage]).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
