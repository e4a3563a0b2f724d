import type { Page } from "@playwright/test";
import { alsoWithoutJs, expect, expectNoAxeViolations, test } from "./fixtures";

async function answerG1(page: Page) {
  await page.getByRole("radio", { name: /^One application/ }).check();
  await page.getByRole("radio", { name: /^One origin/ }).check();
  await page.locator("#sso").check(); // "No"
  await page.getByRole("checkbox", { name: /^Our web pages/ }).check();
  await page.getByRole("radio", { name: /^Immediately/ }).check();
  await page.getByRole("radio", { name: /^On several instances/ }).check();
  await page.locator("#store").check(); // "Yes"
  await page.getByRole("radio", { name: /^Next.js with Auth.js/ }).check();
}

test("complete the questionnaire and reach the decision (G1)", alsoWithoutJs, async ({ page }) => {
  await page.goto("/questionnaire");
  await answerG1(page);
  await page.getByRole("button", { name: "See the recommendation" }).click();
  await expect(page).toHaveURL(
    /\/decision\?arch=monolith&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=multi&store=yes&stack=nextjs-authjs&v=r-/,
  );
  await expect(page.getByTestId("outcome")).toHaveAttribute("data-approach", "server-session");
  await expect(page.locator("[data-add-on=csrf]")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("submitting with missing answers shows the error summary, focused, and keeps the answers", alsoWithoutJs, async ({
  page,
}) => {
  await page.goto("/questionnaire");
  await page.getByRole("radio", { name: /^One application/ }).check();
  await page.getByRole("button", { name: "See the recommendation" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(summary.getByRole("link")).toHaveCount(6);
  await expect(page.getByRole("radio", { name: /^One application/ })).toBeChecked();
  // The summary links to the first option of the field.
  await summary.getByRole("link", { name: /Select where/ }).click();
  await expect(page).toHaveURL(/#domains$/);
  await expectNoAxeViolations(page);
  // Fix the errors and continue.
  await page.getByRole("radio", { name: /^One origin/ }).check();
  await page.locator("#sso").check();
  await page.getByRole("checkbox", { name: /^Our web pages/ }).check();
  await page.getByRole("radio", { name: /^When the credential expires/ }).check();
  await page.getByRole("radio", { name: /^Serverless or at the edge/ }).check();
  await page.locator("#store-no").check();
  await page.getByRole("button", { name: "See the recommendation" }).click();
  await expect(page.getByTestId("outcome")).toHaveAttribute("data-approach", "stateless-token");
});

test("the questionnaire in Japanese", alsoWithoutJs, async ({ page }) => {
  await page.goto("/questionnaire?lang=ja");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("質問票");
  await page.getByRole("button", { name: "推奨を見る" }).click();
  await expect(page.getByTestId("error-summary")).toContainText(
    "バックエンドの構成を選んでください",
  );
  await expect(page).toHaveTitle(/^エラー: /);
  await expectNoAxeViolations(page);
});

test("a share link prefills the questionnaire", alsoWithoutJs, async ({ page }) => {
  await page.goto("/questionnaire?arch=microservices&clients=browser,native");
  await expect(page.getByRole("radio", { name: /^Microservices/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^Our mobile or desktop apps/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^Our web pages/ })).toBeChecked();
});
