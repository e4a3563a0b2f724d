import type { Page } from "@playwright/test";
import {
  alsoWithoutJs,
  expect,
  expectNoAxeViolations,
  GOLDEN,
  GOLDEN_APPROACH,
  test,
} from "./fixtures";

type Answers = Record<string, string[]>;

function answersOf(query: string): Answers {
  const out: Answers = {};
  for (const [k, v] of new URLSearchParams(query)) out[k] = v.split(",");
  return out;
}

/** Presses Tab until the focused element matches, within a bound. */
async function tabTo(
  page: Page,
  matches: (el: { tag: string; name: string; type: string; text: string }) => boolean,
) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement | null;
      return {
        tag: a?.tagName.toLowerCase() ?? "",
        name: a?.name ?? "",
        type: a?.type ?? "",
        text: a?.textContent?.trim() ?? "",
      };
    });
    if (matches(el)) return;
  }
  throw new Error("focus never reached the expected element");
}

/** Answers the current question with the keyboard only: Tab, arrow keys or Space, then Enter on Continue. */
async function answerByKeyboard(page: Page, id: string, values: string[] | undefined) {
  if (values) {
    const inputs = page.locator(`input[name="${id}"]`);
    const options = await inputs.evaluateAll((els) =>
      els.map((e) => (e as HTMLInputElement).value),
    );
    const type = await inputs.first().getAttribute("type");
    await tabTo(page, (el) => el.tag === "input" && el.name === id);
    if (type === "radio") {
      const index = options.indexOf(values[0]!);
      if (index === 0) await page.keyboard.press("Space");
      for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
    } else {
      for (let i = 0; i < options.length; i++) {
        if (values.includes(options[i]!)) await page.keyboard.press("Space");
        if (i < options.length - 1) await page.keyboard.press("Tab");
      }
    }
    for (const v of values)
      await expect(page.locator(`input[name="${id}"][value="${v}"]`)).toBeChecked();
  }
  await tabTo(page, (el) => el.tag === "button");
  const before = page.url();
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.href !== before);
}

async function completeFlow(page: Page, answers: Answers, lang: "en" | "ja", axe = false) {
  await page.goto(`/q/arch${lang === "ja" ? "?lang=ja" : ""}`);
  for (let step = 0; step < 12; step++) {
    const path = new URL(page.url()).pathname;
    if (path === "/q/check") break;
    const id = path.replace("/q/", "");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("legend h1")).toBeVisible();
    if (axe) await expectNoAxeViolations(page);
    await answerByKeyboard(page, id, answers[id]);
  }
  await expect(page).toHaveURL(/\/q\/check/);
  if (axe) await expectNoAxeViolations(page);
}

for (const id of Object.keys(GOLDEN) as (keyof typeof GOLDEN)[]) {
  test(`${id}: the whole flow by keyboard reaches the same decision as the API`, alsoWithoutJs, async ({
    page,
    request,
  }) => {
    await completeFlow(page, answersOf(GOLDEN[id]), "en");
    await tabTo(page, (el) => el.tag === "a" && /See the recommendation/.test(el.text));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/decision\?/);
    const api = await (await request.get(`/api/decision?${GOLDEN[id]}`)).json();
    expect(api.approach).toBe(GOLDEN_APPROACH[id]);
    await expect(page.locator("[data-approach]")).toHaveAttribute("data-approach", api.approach);
  });
}

for (const lang of ["en", "ja"] as const) {
  test(`every step passes axe (${lang})`, async ({ page }) => {
    // Nine pages, each with a full axe run: more than the default 30 s on a 2-core machine.
    test.setTimeout(120_000);
    await completeFlow(page, answersOf(GOLDEN.G1), lang, true);
  });
}

test("a validation error: summary focused, linked to the field, fixed on the same page", alsoWithoutJs, async ({
  page,
}) => {
  await page.goto("/q/logout?arch=monolith&domains=one-origin&sso=none&clients=browser");
  await page.getByRole("button", { name: "Continue" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Select how fast logout must stop every existing login");
  await expect(page.locator(".error-message")).toContainText(
    "Select how fast logout must stop every existing login",
  );
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);
  await summary.getByRole("link").click();
  await expect(page.locator("#logout")).toBeFocused();
  await page.keyboard.press("Space");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(
    /\/q\/deploy\?arch=monolith&domains=one-origin&sso=none&clients=browser&logout=immediate$/,
  );
});

test("the back link keeps the answers", alsoWithoutJs, async ({ page }) => {
  await page.goto("/q/sso?arch=modular&domains=same-site");
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page).toHaveURL(/\/q\/domains\?arch=modular&domains=same-site$/);
  await expect(page.locator('input[value="same-site"]')).toBeChecked();
});

test("changing an answer from the check page asks the new follow-up question, then returns", alsoWithoutJs, async ({
  page,
}) => {
  // One server: the store question is skipped.
  await page.goto(
    "/q/check?arch=monolith&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=single",
  );
  await expect(page.locator('[data-question="store"]')).toHaveCount(0);
  await page.locator('[data-question="deploy"] a').click();
  await expect(page.locator('input[value="single"]')).toBeChecked();
  await page.locator('input[value="multi"]').check();
  await page.getByRole("button", { name: "Continue" }).click();
  // Several instances: now the store question applies and is asked before returning.
  await expect(page).toHaveURL(/\/q\/store\?.*deploy=multi.*return=check/);
  await page.locator('input[value="no"]').check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/q\/check\?/);
  await expect(page.locator('[data-question="store"]')).toContainText("No");
  await expect(page.locator('[data-question="deploy"]')).toContainText("On several instances");
});

test("Change on a decision opens that question with the link's answers and comes back", alsoWithoutJs, async ({
  page,
}) => {
  await page.goto(`/decision?${GOLDEN.G4}`);
  await page.locator("#answers > summary").click();
  await page.locator('[data-change="logout"]').click();
  await expect(page).toHaveURL(/\/q\/logout\?arch=microservices.*return=decision/);
  await expect(page.locator('input[value="minutes"]')).toBeChecked();
  await page.locator('input[value="immediate"]').check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/decision\?.*logout=immediate/);
  await expect(page.getByTestId("outcome")).toHaveAttribute("data-approach", "gateway-token");
});

test("a skipped question is not asked: /q/store with one server moves on", async ({ page }) => {
  await page.goto(
    "/q/store?arch=monolith&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=single",
  );
  await expect(page).toHaveURL(/\/q\/stack\?/);
});

test("unsure answers carry help on how to find out", async ({ page }) => {
  await page.goto("/q/store?deploy=multi");
  await page.getByText("How to find out").click();
  await expect(page.locator("details.help")).toContainText("infrastructure team");
});

test("a question page reflows at 320 px without horizontal scrolling", async ({ page }, info) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/q/clients?arch=monolith&domains=one-origin&sso=none&lang=ja");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await page.screenshot({ path: info.outputPath("question-320px.png"), fullPage: true });
  // Targets are at least 24 × 24 CSS px.
  const sizes = await page.locator("main input, main button, main a").evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return {
        w: r.width,
        h: r.height,
        text: (e as HTMLElement).innerText || (e as HTMLInputElement).value,
      };
    }),
  );
  for (const s of sizes) expect(Math.min(s.w, s.h), s.text).toBeGreaterThanOrEqual(24);
});

test("unknown question ids are 404s", async ({ request }) => {
  expect((await request.get("/q/favourite-colour")).status()).toBe(404);
});
