// axe once per distinct page state: the pages a plain GET shows, in both languages (and in light and dark where
// the page has colours of its own to check), listed in one table. Tests that drive a page into a state of its own
// (an open menu, a form with errors, a revealed round) keep their axe check beside the steps that lead there.
//
// The rows share one page per worker: a navigation in the same tab reuses the renderer, so loading a page and
// injecting axe cost about a third of what a fresh browser context costs (measured in CPU-seconds). A row still
// fails on its own: the page's errors and CSP violations are collected per row.
import { test as base, type Page } from "@playwright/test";
import { expect, expectNoAxeViolations, GOLDEN, GOLDEN_APPROACH } from "./fixtures";

type Lang = "en" | "ja";
interface Row {
  name: string;
  path: string;
  status?: number;
  /** Checks that the row shows the state it names (before axe runs). */
  shows?: (page: Page, lang: Lang) => Promise<void>;
  dark?: boolean;
}

const ROUND_NOT_FOUND = `/f/${"A".repeat(42)}E`;
const g1With = (changes: Record<string, string>) => {
  const params = new URLSearchParams(GOLDEN.G1);
  for (const [k, v] of Object.entries(changes)) params.set(k, v);
  return params.toString();
};
const compare = (a: string, b: string) =>
  `/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;

const ROWS: Row[] = [
  { name: "home page", path: "/" },
  ...(Object.keys(GOLDEN) as (keyof typeof GOLDEN)[]).map(
    (id): Row => ({
      name: `${id} decision page`,
      path: `/decision?${GOLDEN[id]}`,
      shows: (page) =>
        expect(page.locator("[data-approach]")).toHaveAttribute(
          "data-approach",
          GOLDEN_APPROACH[id],
        ),
    }),
  ),
  {
    name: "invalid link (400 naming the fields)",
    path: "/decision?arch=monolith&clients=fax",
    status: 400,
    shows: (page) => expect(page.locator('[data-field="clients"]')).toBeVisible(),
  },
  { name: "unknown page (404)", path: "/nowhere", status: 404 },
  {
    name: "the article's arguments",
    path: "/arguments",
    shows: (page) => expect(page.locator("[data-argument]")).toHaveCount(19),
  },
  {
    name: "one argument",
    path: "/arguments/stolen-token",
    shows: (page) => expect(page.locator('[data-argument-card="stolen-token"]')).toBeVisible(),
  },
  { name: "approach guide (server session)", path: "/approaches/server-session" },
  { name: "approach guide (native app with PKCE)", path: "/approaches/pkce-native" },
  {
    name: "sources",
    path: "/sources",
    shows: (page) => expect(page.locator('[data-source="rfc10017"]')).toBeVisible(),
  },
  {
    name: "compare with a result",
    path: compare(GOLDEN.G1, g1With({ sso: "federated", arch: "microservices" })),
    dark: true,
    shows: (page) => expect(page.getByTestId("compare-differences")).toBeVisible(),
  },
  {
    name: "compare with an invalid link (400)",
    path: compare("arch=mainframe", GOLDEN.G1),
    status: 400,
    shows: (page) => expect(page.getByTestId("error-summary")).toBeVisible(),
  },
  { name: "compare, empty", path: "/compare" },
  {
    name: "start a team round",
    path: "/rounds/new",
    shows: (page) => expect(page.locator("form[method=post]")).toBeVisible(),
  },
  {
    name: "round not found (404)",
    path: ROUND_NOT_FOUND,
    status: 404,
    shows: (page, lang) =>
      expect(page.getByRole("heading", { level: 1 })).toHaveText(
        lang === "en" ? "Round not found" : "ラウンドが見つかりません",
      ),
  },
];

/** One page per worker, with the page errors and CSP violations of the current row. */
const test = base.extend<object, { shared: { page: Page; problems: string[] } }>({
  shared: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          document.documentElement.dataset.csp = `${e.violatedDirective} ${e.blockedURI}`;
        });
      });
      page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() === "error" && !/status of 4\d\d/.test(m.text()))
          problems.push(`console: ${m.text()}`);
      });
      await use({ page, problems });
      await context.close();
    },
    { scope: "worker" },
  ],
});

for (const row of ROWS) {
  for (const lang of ["en", "ja"] as const) {
    for (const colorScheme of row.dark ? (["light", "dark"] as const) : (["light"] as const)) {
      test(`${row.name} (${lang}${row.dark ? `, ${colorScheme}` : ""}) passes axe`, async ({
        shared: { page, problems },
      }) => {
        // A full axe run on the longest pages (sources, compare) takes more than 30 s on a loaded 2-core machine.
        test.setTimeout(90_000);
        problems.length = 0;
        await page.emulateMedia({ colorScheme });
        const response = await page.goto(
          `${row.path}${row.path.includes("?") ? "&" : "?"}lang=${lang}`,
        );
        expect(response?.status()).toBe(row.status ?? 200);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await row.shows?.(page, lang);
        await expectNoAxeViolations(page);
        const csp = await page.evaluate(() => document.documentElement.dataset.csp ?? "");
        expect([...problems, ...(csp ? [csp] : [])]).toEqual([]);
      });
    }
  }
}

test("the axe check fails on a page with a violation (an image without a text alternative)", async ({
  shared: { page },
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await page.evaluate(() => {
    const img = document.createElement("img");
    img.src = "/favicon.svg";
    document.querySelector("main")!.append(img);
  });
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt/);
});
