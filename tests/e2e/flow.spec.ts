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
    // Ten question pages since ruleset 3, each answered by keyboard.
    test.slow();
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
  await page.goto("/q/idp?arch=modular&sso=own-apps");
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page).toHaveURL(/\/q\/sso\?arch=modular&sso=own-apps$/);
  await expect(page.locator('input[value="own-apps"]')).toBeChecked();
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
  // Ruleset 3 (principle 14): the logout window no longer trades the authorization server for a gateway; with
  // single sign-on G4 keeps access tokens, checked by introspection where logout must be immediate.
  await expect(page.getByTestId("outcome")).toHaveAttribute("data-approach", "access-refresh");
});

test("a skipped question is not asked: /q/store with one server moves on", async ({ page }) => {
  await page.goto(
    "/q/store?arch=monolith&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=single",
  );
  await expect(page).toHaveURL(/\/q\/assurance\?/);
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

// Ruleset 3's conditional questions (issue 16): what our APIs accept is asked only for an OpenID Connect
// provider, where browsers' pages live only when browsers call; a change that ends a follow-up drops its answer.

/** The answers a URL carries, one string per key. */
function paramsOf(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams);
}

async function continueTo(page: Page, path: RegExp) {
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(path);
}

const BEFORE_IDP = "arch=monolith&sso=federated";
const COMPLETE =
  "arch=monolith&domains=one-origin&sso=federated&clients=browser&logout=minutes&deploy=multi&store=yes";

test("the provider question groups its options by role and names the products", async ({ page }) => {
  await page.goto(`/q/idp?${BEFORE_IDP}`);
  for (const [group, options] of [
    ["Our own sign-in", ["Our app, with its framework or a library"]],
    [
      "An OpenID Connect provider signs users in",
      ["Auth0", "Okta", "Microsoft Entra ID", "Amazon Cognito", "Keycloak"],
    ],
    [
      "An auth platform keeps users signed in for us",
      ["Clerk", "Supabase Auth", "Firebase Authentication"],
    ],
    ["An identity-aware proxy in front of the app", ["An identity-aware proxy"]],
  ] as const) {
    const g = page.getByRole("group", { name: group });
    for (const name of options)
      await expect(g.getByRole("radio", { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  await expect(page.getByRole("radio")).toHaveCount(12);
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
  await page.getByText("How to find out").click();
  await expect(page.locator("details.help")).toContainText("package.json");
});

test("a provider asks what our APIs accept; Back keeps it; switching to our own sign-in drops it", alsoWithoutJs, async ({
  page,
}) => {
  test.slow();
  await page.goto(`/q/idp?${BEFORE_IDP}`);
  await page.getByRole("radio", { name: /^Auth0/ }).check();
  await continueTo(page, /\/q\/tokens\?.*idp=auth0/);
  await expect(page.locator("legend h1")).toHaveText(
    /^After sign-in, what do your own APIs accept\? \(optional\)$/,
  );
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
  await page.getByRole("radio", { name: /^The provider's access tokens/ }).check();
  await continueTo(page, /\/q\/clients\?/);
  expect(paramsOf(page.url())).toMatchObject({ idp: "auth0", tokens: "provider" });
  // Back, twice: each page shows the answer given.
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page).toHaveURL(/\/q\/tokens\?/);
  await expect(page.getByRole("radio", { name: /^The provider's access tokens/ })).toBeChecked();
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page).toHaveURL(/\/q\/idp\?/);
  await expect(page.getByRole("radio", { name: /^Auth0/ })).toBeChecked();
  // Our own sign-in: the follow-up does not apply, and its answer goes.
  await page.getByRole("radio", { name: /^Our app/ }).check();
  await continueTo(page, /\/q\/clients\?/);
  expect(paramsOf(page.url())).not.toHaveProperty("tokens");
  expect(paramsOf(page.url())).toMatchObject({ idp: "own" });
  // Back from the clients goes to the provider question, not the one that no longer applies.
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page).toHaveURL(/\/q\/idp\?/);
  await expect(page.getByRole("radio", { name: /^Our app/ })).toBeChecked();
});

test("Change on the check page: a provider asks the follow-up, then returns; our own sign-in removes it", alsoWithoutJs, async ({
  page,
}) => {
  test.slow();
  await page.goto(`/q/check?${COMPLETE}`);
  await expect(page.locator('[data-question="tokens"]')).toHaveCount(0);
  await page.locator('[data-question="idp"] a').click();
  await page.getByRole("radio", { name: /^Okta/ }).check();
  await continueTo(page, /\/q\/tokens\?.*idp=okta.*return=check/);
  await page.getByRole("radio", { name: /^Our own session/ }).check();
  await continueTo(page, /\/q\/check\?/);
  await expect(page.locator('[data-question="idp"]')).toContainText("Okta");
  await expect(page.locator('[data-question="tokens"]')).toContainText("Our own session");
  // Change the follow-up itself: Continue goes straight back.
  await page.locator('[data-question="tokens"] a').click();
  await expect(page.getByRole("radio", { name: /^Our own session/ })).toBeChecked();
  await page.getByRole("radio", { name: /^The provider's access tokens/ }).check();
  await continueTo(page, /\/q\/check\?/);
  await expect(page.locator('[data-question="tokens"]')).toContainText("access tokens");
  // Back to our own sign-in: the row and the answer go, every other answer stays.
  await page.locator('[data-question="idp"] a').click();
  await page.getByRole("radio", { name: /^Our app/ }).check();
  await continueTo(page, /\/q\/check\?/);
  await expect(page.locator('[data-question="tokens"]')).toHaveCount(0);
  expect(paramsOf(page.url())).toEqual({ ...paramsOf(`http://x/?${COMPLETE}`), idp: "own" });
  // The result carries no answer to a question that was not asked.
  await page.locator("main a.button").click();
  await expect(page).toHaveURL(/\/decision\?/);
  expect(paramsOf(page.url())).not.toHaveProperty("tokens");
});

test("clients without a browser skip where pages live; adding one asks it; removing it drops it", alsoWithoutJs, async ({
  page,
}) => {
  test.slow();
  // Forward through the flow: servers only, so no question about browsers' pages.
  await page.goto(`/q/clients?arch=monolith&sso=none`);
  await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(0);
  await page.getByRole("checkbox", { name: /^Other organisations' servers, with no user/ }).check();
  await continueTo(page, /\/q\/logout\?/);
  expect(paramsOf(page.url())).not.toHaveProperty("domains");
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page).toHaveURL(/\/q\/clients\?/);
  // From the check page: add our web pages, and the question about where they live is asked.
  const serversOnly =
    "arch=monolith&sso=none&clients=service&logout=expiry&deploy=multi&store=yes";
  await page.goto(`/q/check?${serversOnly}`);
  await expect(page.locator('[data-question="domains"]')).toHaveCount(0);
  await page.locator('[data-question="clients"] a').click();
  await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(1);
  await page.getByRole("checkbox", { name: /^Our web pages/ }).check();
  await continueTo(page, /\/q\/domains\?.*return=check/);
  await page.getByRole("radio", { name: /^Subdomains of one domain/ }).check();
  await continueTo(page, /\/q\/check\?/);
  await expect(page.locator('[data-question="domains"]')).toContainText("Subdomains");
  // Take the web pages away again: the answer about where they live goes too.
  await page.locator('[data-question="clients"] a').click();
  await page.getByRole("checkbox", { name: /^Our web pages/ }).uncheck();
  await continueTo(page, /\/q\/check\?/);
  await expect(page.locator('[data-question="domains"]')).toHaveCount(0);
  expect(paramsOf(page.url())).toEqual(paramsOf(`http://x/?${serversOnly}`));
});

test("the one-page form shows every question; conditional ones say when they apply", alsoWithoutJs, async ({
  page,
}) => {
  test.slow();
  await page.goto("/questionnaire");
  const legends = await page.locator("main fieldset > legend").allInnerTexts();
  expect(legends).toHaveLength(11);
  // Asked in the flow's order: who signs users in early, the clients before where their pages live.
  const at = (text: RegExp) => legends.findIndex((l) => text.test(l));
  expect(at(/Who signs your users in/)).toBeLessThan(at(/Who calls your backend/));
  expect(at(/Who calls your backend/)).toBeLessThan(at(/Where do the parts/));
  await expect(page.locator("#tokens-hint")).toContainText(
    "Only when an OpenID Connect provider signs users in",
  );
  await expect(page.locator("#domains-hint")).toContainText(
    "Only when our web pages or an SPA on another site call the backend",
  );
  await expect(page.locator("#store-hint")).toContainText("more than one instance");
  await expect(page.locator("#idp-hint")).toContainText("Left unanswered, it is read as");
  await expect(page.locator("main form input:checked")).toHaveCount(0);
  // An answer to a question that does not apply does not reach the result.
  await page.getByRole("radio", { name: /^One application/ }).check();
  await page.locator("#sso").check(); // No
  await page.getByRole("radio", { name: /^Our app/ }).check();
  await page.getByRole("radio", { name: /^The provider's access tokens/ }).check();
  await page.getByRole("checkbox", { name: /^Command-line tools/ }).check();
  await page.getByRole("radio", { name: /^Within minutes/ }).check();
  await page.getByRole("radio", { name: /^On one server/ }).check();
  await page.getByRole("radio", { name: /^High/ }).check();
  await page.getByRole("button", { name: "See the recommendation" }).click();
  await expect(page).toHaveURL(/\/decision\?/);
  const result = paramsOf(page.url());
  expect(result).toMatchObject({ arch: "monolith", sso: "none", clients: "cli", assurance: "high" });
  expect(result).not.toHaveProperty("tokens");
  expect(result).not.toHaveProperty("domains");
});

for (const lang of ["en", "ja"] as const) {
  test(`the new question pages and the check page pass axe (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const l = lang === "ja" ? "&lang=ja" : "";
    for (const path of [
      `/q/idp?${BEFORE_IDP}${l}`,
      `/q/tokens?${BEFORE_IDP}&idp=cognito${l}`,
      `/q/clients?${BEFORE_IDP}${l}`,
      `/q/store?deploy=edge${l}`,
      `/q/assurance?${COMPLETE}${l}`,
      `/q/check?${COMPLETE}&idp=keycloak&tokens=provider&assurance=high${l}`,
    ]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expectNoAxeViolations(page);
    }
  });
}
