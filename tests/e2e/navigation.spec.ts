// The site header on a phone: every link one tap away behind a Menu button (a native disclosure, so it works
// without JavaScript and by keyboard), nothing cut off; on a laptop the links stay in a row.
import { alsoWithoutJs, expect, expectNoAxeViolations, GOLDEN, test } from "./fixtures";

const LINKS = {
  en: ["Questionnaire", "The article, checked", "Sources"],
  ja: ["質問票", "記事の論点を検証", "出典"],
} as const;
const MENU = { en: "Menu", ja: "メニュー" } as const;

const PAGES = ["/", `/decision?${GOLDEN.G4}`, "/sources"];

for (const lang of ["en", "ja"] as const) {
  test(
    `on a phone (${lang}) every header link is one tap away and fully visible`,
    alsoWithoutJs,
    async ({ browser }, info) => {
      test.setTimeout(90_000);
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        javaScriptEnabled: info.project.name !== "nojs",
      });
      const page = await context.newPage();
      for (const path of PAGES) {
        await page.goto(`${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
        const header = page.locator(".site-header");
        const menu = header.locator("summary", { hasText: MENU[lang] });
        await expect(menu).toBeVisible();
        for (const name of LINKS[lang])
          await expect(header.getByRole("link", { name })).toBeHidden();
        await menu.click();
        for (const name of LINKS[lang]) {
          const link = header.getByRole("link", { name });
          await expect(link).toBeVisible();
          const box = (await link.boundingBox())!;
          expect(box.x, name).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, name).toBeLessThanOrEqual(390);
          expect(box.height, `${name}: a tap target`).toBeGreaterThanOrEqual(24);
        }
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
        );
        expect(overflow, "no horizontal scrolling").toBe(false);
        // The button stays where it was: it closes the menu again.
        await menu.click();
        await expect(header.getByRole("link", { name: LINKS[lang][2] })).toBeHidden();
      }
      await context.close();
    },
  );
}

test(
  "on a phone the menu opens and closes by keyboard and its links follow in tab order",
  alsoWithoutJs,
  async ({ browser }, info) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: info.project.name !== "nojs",
    });
    const page = await context.newPage();
    await page.goto("/");
    const menu = page.locator(".site-menu > summary");
    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(".site-menu")).toHaveAttribute("open", "");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Questionnaire" })).toBeFocused();
    await menu.focus();
    await page.keyboard.press("Space");
    await expect(page.locator(".site-menu")).not.toHaveAttribute("open", "");
    await context.close();
  },
);

test(
  "on a laptop the links are in a row and there is no menu button",
  alsoWithoutJs,
  async ({ browser }, info) => {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      javaScriptEnabled: info.project.name !== "nojs",
    });
    const page = await context.newPage();
    await page.goto("/sources");
    await expect(page.locator(".site-menu > summary")).toBeHidden();
    const tops = [];
    for (const name of LINKS.en) {
      const link = page.locator(".site-header").getByRole("link", { name });
      await expect(link).toBeVisible();
      tops.push((await link.boundingBox())!.y);
    }
    expect(new Set(tops).size, "one row").toBe(1);
    await expect(
      page.locator(".site-header").getByRole("link", { name: "Sources" }),
    ).toHaveAttribute("aria-current", "page");
    await context.close();
  },
);

for (const colorScheme of ["light", "dark"] as const) {
  for (const lang of ["en", "ja"] as const) {
    test(`the header passes axe on a phone with the menu open and on a laptop (${colorScheme}, ${lang})`, async ({
      browser,
    }) => {
      test.setTimeout(150_000);
      for (const width of [390, 1366]) {
        const context = await browser.newContext({ colorScheme, viewport: { width, height: 844 } });
        const page = await context.newPage();
        await page.goto(`/sources?lang=${lang}`);
        if (width === 390) await page.locator(".site-menu > summary").click();
        await expectNoAxeViolations(page);
        await context.close();
      }
    });
  }
}
