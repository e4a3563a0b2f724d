import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export const GOLDEN = {
  G1: "arch=monolith&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=multi&store=yes&stack=nextjs-authjs",
  G2: "arch=monolith&domains=one-origin&sso=none&clients=browser,native&logout=immediate&deploy=multi&store=yes&stack=nextjs-authjs",
  G3: "arch=microservices&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=multi&store=yes",
  G4: "arch=microservices&domains=cross-site&sso=federated&clients=browser,native,third-party&logout=minutes&deploy=multi&store=yes",
  G5: "arch=monolith&domains=one-origin&sso=none&clients=browser&logout=expiry&deploy=edge&store=no",
} as const;

export const GOLDEN_APPROACH = {
  G1: "server-session",
  G2: "server-session",
  G3: "gateway-token",
  G4: "access-refresh",
  G5: "stateless-token",
} as const;

/** axe runs in the page, so it needs JavaScript; the no-JS project renders the very same HTML. */
export async function expectNoAxeViolations(page: Page) {
  const jsEnabled = await page.evaluate(() => true).catch(() => false);
  if (!jsEnabled || test.info().project.name === "nojs") return;
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

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
