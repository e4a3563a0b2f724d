import { PROVIDER_FACTS_CHECKED } from "../../app/decision/providers";
import { expect, GOLDEN, test } from "./fixtures";

const G1_ARGUMENTS = [
  "stateless-scale-out",
  "stolen-token",
  "expiry-without-jwt",
  "logout-is-hard",
  "no-microservices-no-benefit",
];

for (const lang of ["en", "ja"] as const) {
  test(`G1 (${lang}) cites the five arguments with their article section and a source`, async ({
    page,
  }) => {
    await page.goto(`/decision?${GOLDEN.G1}&lang=${lang}`);
    // The result cites each argument by title and verdict; the card lives on the argument's own page.
    const hrefs: string[] = [];
    for (const id of G1_ARGUMENTS) {
      const item = page.locator(`[data-argument-cited="${id}"]`);
      await expect(item, id).toHaveCount(1);
      hrefs.push((await item.locator("a").getAttribute("href"))!);
    }
    // The implementation notes for Next.js + Auth.js name the database strategy.
    await expect(page.getByTestId("stack-notes")).toContainText('strategy: "database"');
    for (const [i, href] of hrefs.entries()) {
      await page.goto(href);
      const card = page.locator(`[data-argument-card="${G1_ARGUMENTS[i]}"]`);
      await expect(card).toHaveCount(1);
      await expect(card.locator("cite")).toHaveText(
        "JWTは本当に必要なのか？Next.js開発者の疑問と検証",
      );
      await expect(card.locator("q")).not.toBeEmpty();
      await expect(card.locator("[data-source] a").first()).toHaveAttribute("href", /^https:\/\//);
    }
  });

  test(`diagrams (${lang}) have text alternatives`, async ({ page }) => {
    await page.goto(`/decision?${GOLDEN.G3}&lang=${lang}`);
    for (const testId of ["architecture-diagram", "comparison-chart"]) {
      const svg = page.getByTestId(testId);
      await expect(svg).toHaveAttribute("role", "img");
      const labelled = (await svg.getAttribute("aria-labelledby"))!.split(" ");
      for (const id of labelled) await expect(page.locator(`[id="${id}"]`)).not.toBeEmpty();
      const name = await svg.evaluate((el) => el.querySelector("title")?.textContent ?? "");
      expect(name.length).toBeGreaterThan(3);
    }
    await expect(page.getByTestId("comparison-chart").locator("desc")).toContainText(
      lang === "en" ? "Opaque token at the gateway" : "ゲートウェイ",
    );
  });

  // These pages' axe checks are rows of accessibility.spec.ts.
  test(`the article (${lang}): the list links an argument in the chosen language; a guide has its title`, async ({
    page,
  }) => {
    await page.goto(`/arguments?lang=${lang}`);
    await expect(page.locator("[data-argument]")).toHaveCount(19);
    await page.locator('[data-argument="stolen-token"] a').click();
    // The language was chosen in the URL, so it stays chosen on the next page.
    await expect(page).toHaveURL(new RegExp(`/arguments/stolen-token\\?lang=${lang}$`));
    await expect(page.locator('[data-argument-card="stolen-token"]')).toBeVisible();
    await page.goto(`/approaches/server-session?lang=${lang}`);
    await expect(page.locator("h1")).not.toBeEmpty();
  });

  test(`the sources page names the provider rows citing a vendor page and the day it was checked (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/sources?lang=${lang}`);
    const item = page.locator('[data-source="auth0-backchannel-logout"]');
    await expect(item.locator("[data-checked]")).toHaveAttribute(
      "data-checked",
      PROVIDER_FACTS_CHECKED,
    );
    await item.locator("summary").click();
    await expect(item.locator('[data-cited-by="providers"]')).toContainText("Auth0");
    // A standard cited by rules, not by the table, lists no provider rows.
    await page.locator('[data-source="rfc10017"] summary').click();
    await expect(page.locator('[data-source="rfc10017"] [data-cited-by="providers"]')).toHaveCount(
      0,
    );
  });
}

test("unknown argument and approach ids are 404s", async ({ request }) => {
  expect((await request.get("/arguments/jwt-is-magic")).status()).toBe(404);
  expect((await request.get("/approaches/cookies-only")).status()).toBe(404);
});

test("no page's CSP allows eval", async ({ request }) => {
  for (const path of [
    "/arguments",
    "/arguments/stolen-token",
    "/approaches/server-session",
    "/sources",
    `/decision?${GOLDEN.G1}`,
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["content-security-policy"], path).not.toMatch(/unsafe-eval|unsafe-inline/);
  }
});
