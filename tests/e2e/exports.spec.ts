// Records lead with the decision, and the Markdown downloads serve the team's ADR tool: the flavour form works
// with and without JavaScript and names each file as its tool expects.
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, GOLDEN, test } from "./fixtures";

const VIEWPORTS = {
  laptop: { width: 1366, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

const WORDS = {
  en: {
    approach: "Server-side session",
    status: "Status: Proposed",
    more: "Markdown for another ADR tool",
  },
  ja: {
    approach: "サーバー側セッション",
    status: "ステータス：提案",
    more: "ほかの ADR ツール向けの Markdown",
  },
} as const;

async function saveProposedRecord(page: Page, title: string): Promise<string> {
  await page.goto(`/records?${GOLDEN.G1}`);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Decision makers (optional)").fill("Aiko Tanaka, Ben Ito");
  await page.getByLabel("Consulted (optional)").fill("Chika Mori");
  await page.getByRole("radio", { name: "Proposed" }).check();
  await page.getByRole("button", { name: "Save record" }).click();
  await expect(page.getByTestId("created")).toBeVisible();
  return (await page.getByTestId("public-link").getAttribute("href"))!;
}

/** The element lies wholly inside the first screen (no scrolling). */
async function expectOnFirstScreen(page: Page, selector: string, height: number) {
  const box = await page.locator(selector).boundingBox();
  expect(box, selector).not.toBeNull();
  expect(box!.y, selector).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, selector).toBeLessThanOrEqual(height);
}

for (const lang of ["en", "ja"] as const) {
  test(`a saved record (${lang}) shows its decision and status on the first screen of a laptop and a phone`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const publicLink = await saveProposedRecord(page, `First screen ${lang} ${Date.now()}`);
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(viewport);
      await page.goto(`${publicLink}${lang === "ja" ? "?lang=ja" : ""}`);
      const approach = page.getByTestId("record-lead").locator("[data-approach]");
      await expect(approach, name).toHaveText(WORDS[lang].approach);
      await expect(page.getByTestId("record-meta"), name).toContainText(WORDS[lang].status);
      await expectOnFirstScreen(
        page,
        '[data-testid="record-lead"] [data-approach]',
        viewport.height,
      );
      await expectOnFirstScreen(page, '[data-testid="record-meta"]', viewport.height);
    }
    await expectNoAxeViolations(page);
  });
}

test("the flavour form downloads each tool's file name, with or without JavaScript", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const downloadWith = async (format: string, number?: string) => {
    const details = page.locator("details.export__more");
    if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
    await page.getByLabel(/^(Format|形式)$/).selectOption(format);
    if (number !== undefined) await page.getByLabel(/^(Record number|記録の番号)/).fill(number);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-form").getByRole("button").click(),
    ]);
    return download.suggestedFilename();
  };
  const today = new Date().toISOString().slice(0, 10).replace(/-/g, "");

  await page.goto(`/decision?${GOLDEN.G1}`);
  await page.locator("details.export__more summary").click();
  await expectNoAxeViolations(page);
  expect(await downloadWith("log4brains")).toBe(
    `${today}-how-our-users-stay-signed-in-server-side-session.md`,
  );
  expect(await downloadWith("nygard", "0012")).toBe(
    "0012-how-our-users-stay-signed-in-server-side-session.md",
  );

  const publicLink = await saveProposedRecord(page, "顧客ポータルのログイン状態");
  await page.goto(`${publicLink}?lang=ja`);
  await page.getByText(WORDS.ja.more).click();
  await expectNoAxeViolations(page);
  expect(await downloadWith("nygard", "7")).toBe("0007-顧客ポータルのログイン状態.md");
  expect(await downloadWith("madr", "")).toBe("0001-顧客ポータルのログイン状態.md");
});

test("a bad format or number is a 400 that names the field", async ({ request }) => {
  for (const [query, field] of [
    ["format=adr", "format"],
    ["number=0", "number"],
    ["format=madr&format=nygard", "format"],
  ] as const) {
    const res = await request.get(`/decision/markdown?${GOLDEN.G1}&${query}`);
    expect(res.status(), query).toBe(400);
    expect(await res.text(), query).toContain(`${field}:`);
  }
  const page = await request.get(`/decision/markdown?${GOLDEN.G1}&format=nygard&number=3`);
  expect(page.status()).toBe(200);
  expect(await page.text()).toMatch(/^# 3\. /);
});

test("the printed decision names each ADR tool's Markdown", async ({ page }) => {
  await page.goto(`/decision?${GOLDEN.G1}`);
  await page.emulateMedia({ media: "print" });
  const line = page.getByTestId("export-print");
  await expect(line).toBeVisible();
  for (const words of ["/decision/markdown?", "format=", "log4brains", "adr-tools", "MADR 4"])
    await expect(line).toContainText(words);
});
