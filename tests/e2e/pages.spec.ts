import { expect, GOLDEN, test } from "./fixtures";

// Each page's axe check, status and language are in accessibility.spec.ts (one row per page state).
for (const lang of ["en", "ja"] as const) {
  test(`home page (${lang}) links to the questionnaire`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await page.getByRole("link", { name: lang === "en" ? "Start now" : "はじめる" }).click();
    await expect(page).toHaveURL(/\/q\/arch/);
  });

  test(`invalid link (${lang}) is a 400 page that names the field and keeps the valid answers`, async ({
    page,
  }) => {
    const response = await page.goto(`/decision?arch=monolith&clients=fax&lang=${lang}`);
    expect(response?.status()).toBe(400);
    await expect(page.locator('[data-field="clients"]')).toBeVisible();
    await expect(page.locator('[data-field="sso"]')).toBeVisible();
    await expect(page).toHaveTitle(lang === "en" ? /^Error: / : /^エラー: /);
    // Starting over keeps the valid answers.
    await page
      .getByRole("link", {
        name: lang === "en" ? "Answer the remaining questions" : "残りの質問に答える",
      })
      .click();
    await expect(page.locator("#arch")).toBeChecked();
  });
}

test("counterfactual links lead to the decision they promise", async ({ page }) => {
  await page.goto(`/decision?${GOLDEN.G1}`);
  const link = page.locator("[data-counterfactual]").first();
  const text = await link.textContent();
  const approachName = text!.split("→")[1]!.trim();
  await page.locator("#what-would-change > summary").click();
  await link.click();
  await expect(page.locator(".outcome__name")).toHaveText(approachName);
});

test("the language switch keeps the answers", async ({ page }) => {
  await page.goto(`/decision?${GOLDEN.G3}`);
  await page.getByRole("link", { name: "このページを日本語で表示" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.locator("[data-approach]")).toHaveAttribute("data-approach", "gateway-token");
});

test("a link made with another ruleset says so and shows today's decision", async ({ page }) => {
  await page.goto(`/decision?${GOLDEN.G1}&v=r-0000000000`);
  await expect(page.getByTestId("stale-version")).toContainText("r-0000000000");
  await expect(page.locator("[data-approach]")).toHaveAttribute("data-approach", "server-session");
  const current = await page.getByTestId("ruleset-version").textContent();
  expect(current).toMatch(/^r-[0-9a-f]{10}$/);
  expect(current).not.toBe("r-0000000000");
});
