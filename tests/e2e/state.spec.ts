// Nothing changes behind the user's back (issue 12): every form page shows exactly the answers in its URL, before
// and after hydration, and Continue keeps exactly what the page shows; an explicit language choice sticks; Change
// and the one-page link keep the answers and return to where the person came from.
// Runs in both projects (alsoWithoutJs): "js" (hydrated pages) and "nojs" (the server's HTML alone).
import type { Page } from "@playwright/test";
import { applicableQuestions, type PartialAnswers } from "../../app/decision/flow";
import {
  ASK_ORDER,
  catalog,
  defaultAnswer,
  isOptional,
  isSkipped,
  QUESTION_IDS,
  type QuestionId,
} from "../../app/decision/questions";
import { alsoWithoutJs, expect, GOLDEN, test } from "./fixtures";

type Answers = Partial<Record<QuestionId, string[]>>;

/** The answers a URL carries, as lists (clients may hold several). */
function answersOf(url: string): Answers {
  const params = new URL(url, "http://x").searchParams;
  const out: Answers = {};
  for (const id of QUESTION_IDS) {
    const v = params.get(id);
    if (v !== null) out[id] = v.split(",").sort();
  }
  return out;
}

function query(answers: Answers, ...extra: string[]): string {
  return [
    ...QUESTION_IDS.flatMap((id) => (answers[id] ? [`${id}=${answers[id].join(",")}`] : [])),
    ...extra,
  ].join("&");
}

/** Every single value of every question; for clients also several sets of more than one. */
const CLIENT_SETS = [
  ...catalog.clients.values.map((v) => [v]),
  ["browser", "native"],
  ["spa", "third-party"],
  ["browser", "spa", "third-party"],
  [...catalog.clients.values],
];
function valuesOf(id: QuestionId): string[][] {
  return id === "clients" ? CLIENT_SETS : catalog[id].values.map((v) => [v]);
}

/** G1's answers with one answer replaced; a question that no longer applies is left out. */
const BASE: Answers = {
  arch: ["monolith"],
  domains: ["one-origin"],
  sso: ["none"],
  clients: ["browser"],
  logout: ["immediate"],
  deploy: ["multi"],
  store: ["yes"],
  stack: ["nextjs-authjs"],
};
function withAnswer(id: QuestionId, value: string[]): Answers {
  // What our APIs accept is asked only for an OpenID Connect provider.
  const answers: Answers = { ...BASE, ...(id === "tokens" && { idp: ["auth0"] }), [id]: value };
  return withoutSkipped(answers);
}

/** As the core reads answers: single values as strings, lists as lists. */
function asCore(answers: Answers): PartialAnswers {
  const out: Record<string, unknown> = {};
  for (const id of QUESTION_IDS) {
    const v = answers[id];
    if (v) out[id] = catalog[id].kind === "multiple" ? v : v[0];
  }
  return out as PartialAnswers;
}

/** The answers without those to questions that do not apply (the flow drops them, and a result never has them). */
function withoutSkipped(answers: Answers): Answers {
  const out = { ...answers };
  for (const id of QUESTION_IDS) if (isSkipped(id, asCore(out))) delete out[id];
  return out;
}

/**
 * With JavaScript on, waits until React has hydrated the page and run its effects: the moment a script could
 * tick or clear a box. Without JavaScript the server's HTML is all there is.
 */
async function settled(page: Page) {
  if (test.info().project.name === "nojs") return;
  await page.waitForFunction(() => {
    const el = document.querySelector("main form");
    return !!el && Object.keys(el).some((k) => k.startsWith("__reactFiber"));
  });
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))),
      ),
  );
}

/** The values whose inputs are checked, per question on the page. */
async function shownAnswers(page: Page): Promise<Answers> {
  const checked = await page
    .locator("main form input:checked")
    .evaluateAll((els) =>
      els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value]),
    );
  const out: Answers = {};
  for (const [name, value] of checked) (out[name as QuestionId] ??= []).push(value!);
  for (const id of Object.keys(out) as QuestionId[]) out[id]!.sort();
  return out;
}

/** Presses the form's submit button and waits for the next document. */
async function submit(page: Page) {
  const before = page.url();
  await page.locator("main form button[type=submit]").click();
  await page.waitForURL((url) => url.href !== before);
}

/** Picks exactly these values of one question, as a person would (ticking and unticking). */
async function choose(page: Page, id: QuestionId, value: string[]) {
  for (const input of await page.locator(`main form input[name="${id}"]`).all()) {
    const v = (await input.getAttribute("value")) ?? "";
    if (value.includes(v)) await input.check();
    else if ((await input.getAttribute("type")) === "checkbox") await input.uncheck();
  }
  expect((await shownAnswers(page))[id]).toEqual([...value].sort());
}

/**
 * What the links of the questionnaire carry: no answer to a question that does not apply. Share links (and so the
 * result page) also leave out an optional question's default, which goes without saying.
 */
function canonical(answers: Answers, shareLink = false): Answers {
  const out = withoutSkipped(answers);
  if (shareLink)
    for (const id of QUESTION_IDS)
      if (isOptional(id) && out[id]?.join() === defaultAnswer(id)) delete out[id];
  // Lists compare as sets: answersOf reads them sorted.
  for (const id of QUESTION_IDS) if (out[id]) out[id] = [...out[id]!].sort();
  return out;
}

/** The applicable question after `id` for these answers, in the order the flow asks them. */
function nextQuestion(id: QuestionId, answers: Answers): QuestionId | undefined {
  const order = applicableQuestions(asCore(answers));
  return order.find((q) => ASK_ORDER.indexOf(q) > ASK_ORDER.indexOf(id));
}

/**
 * After a Change from the check page, a follow-up the change made applicable is asked before returning: answer
 * it (or leave an optional one unanswered) and continue.
 */
async function answerFollowUps(page: Page) {
  for (let i = 0; i < 3 && /\/q\/(?!check)/.test(page.url()); i++) {
    const id = new URL(page.url()).pathname.replace("/q/", "") as QuestionId;
    await settled(page);
    if (!isOptional(id)) await choose(page, id, [catalog[id].values[0]]);
    await submit(page);
  }
}

/**
 * On a question page (after hydration when JavaScript is on): the boxes show exactly the URL's answer to `id`.
 * Then the person picks `then` (or leaves the answer as it is) and presses Continue: the next URL carries
 * exactly what the page showed, every other answer unchanged. Returns the answers of the new URL.
 */
async function expectShownThenKept(
  page: Page,
  id: QuestionId,
  expected: string[] | undefined,
  then: string[] | undefined,
): Promise<Answers> {
  await expect(page).toHaveURL(new RegExp(`/q/${id}\\?`));
  await settled(page);
  const inUrl = answersOf(page.url());
  expect(inUrl[id], "the URL carries the answer").toEqual(expected && [...expected].sort());
  const shown = await shownAnswers(page);
  expect(shown, `${id}: the boxes show exactly the URL's answer`).toEqual(
    inUrl[id] ? { [id]: inUrl[id] } : {},
  );
  if (then) await choose(page, id, then);
  const sent = (await shownAnswers(page))[id];
  await submit(page);
  const after = answersOf(page.url());
  const expectedAfter: Answers = { ...inUrl };
  if (sent) expectedAfter[id] = sent;
  else delete expectedAfter[id];
  expect(after, "Continue keeps exactly what was shown").toEqual(canonical(expectedAfter));
  return after;
}

/**
 * Each test walks one question through all its values: it arrives with the first, checks the page against the
 * URL, picks the next value and continues, arrives again the same way, and so on. Every arrival is a new
 * document (and, with JavaScript, a new hydration).
 */
test.describe("every question page shows the answers in its URL and Continue keeps them", alsoWithoutJs, () => {
  test.slow();

  /** deploy's values in an order where the store question never becomes newly unanswered. */
  const chain = (id: QuestionId) => {
    const values = valuesOf(id);
    return id === "deploy" ? [["multi"], ["edge"], ["single"]] : values;
  };
  /** Each value is two to four documents (and hydrations): the time grows with the chain (13 providers). */
  const stepBudget = (steps: number) => Math.max(90_000, steps * 12_000);

  // Arriving by Back: from the next question, with the answers given so far. (The last question has no next
  // question: the check page has no Back link; it is reached by Change and by the one-page form below.)
  for (const id of ASK_ORDER.filter((q) => q !== "stack")) {
    test(`${id}, every value, arriving by Back`, async ({ page }) => {
      const values = chain(id);
      test.setTimeout(stepBudget(values.length));
      const sofar: Answers = {};
      const first = withAnswer(id, values[0]!);
      for (const q of ASK_ORDER.slice(0, ASK_ORDER.indexOf(id) + 1))
        if (first[q]) sofar[q] = first[q];
      await page.goto(`/q/${nextQuestion(id, sofar)}?${query(sofar)}`);
      for (let i = 0; i < values.length; i++) {
        await page.getByRole("link", { name: "Back" }).click();
        const after = await expectShownThenKept(page, id, values[i], values[i + 1] ?? values[i]);
        await expect(page).toHaveURL(new RegExp(`/q/${nextQuestion(id, after)}\\?`));
      }
    });
  }

  // Arriving by Change on the check page, with every answer given.
  for (const id of QUESTION_IDS) {
    test(`${id}, every value, arriving by Change on the check page`, async ({ page }) => {
      const values = chain(id);
      test.setTimeout(stepBudget(values.length));
      await page.goto(`/q/check?${query(withAnswer(id, values[0]!))}`);
      for (let i = 0; i < values.length; i++) {
        await page.locator(`[data-question="${id}"] a`).click();
        await expect(page).toHaveURL(/[?&]return=check(&|$)/);
        // Question pages keep what the person chose, an optional question's default too.
        await expectShownThenKept(page, id, values[i], values[i + 1] ?? values[i]);
        await answerFollowUps(page);
        await expect(page).toHaveURL(/\/q\/check\?/);
      }
    });
  }

  // The one-page form opened with answers: every question on one page, so each case sets every question at once
  // (case k takes each question's k-th value), and together the cases cover every value and the client sets.
  // As many cases as the longest list of values (the providers) or of client sets.
  const caseCount = Math.max(...QUESTION_IDS.map((id) => valuesOf(id).length));
  const cases = Array.from({ length: caseCount }, (_, k) => {
    const answers: Answers = {};
    for (const id of QUESTION_IDS) {
      const values = valuesOf(id);
      // deploy cycles slowly so that the store question's values each meet a deploy that asks it.
      const i = id === "deploy" ? Math.floor(k / 3) : k;
      answers[id] = values[i % values.length];
    }
    return canonical(answers, true);
  });
  test("the one-page form, every value, opened with answers", async ({ page }) => {
    const seen = new Set<string>();
    for (const answers of cases) {
      await page.goto(`/questionnaire?${query(answers)}`);
      await settled(page);
      expect(answersOf(page.url())).toEqual(answers);
      expect(await shownAnswers(page), "the form shows exactly the URL's answers").toEqual(answers);
      await submit(page);
      await expect(page).toHaveURL(/\/decision\?/);
      expect(answersOf(page.url()), "the result keeps what was shown").toEqual(answers);
      for (const id of QUESTION_IDS) for (const v of answers[id] ?? []) seen.add(`${id}=${v}`);
    }
    // The cases really cover every value of every question (an optional question's default is never written in a
    // share link).
    for (const id of QUESTION_IDS)
      for (const v of catalog[id].values)
        if (!(isOptional(id) && v === defaultAnswer(id)))
          expect(seen, `${id}=${v}`).toContain(`${id}=${v}`);
  });
});

const G1: Answers = answersOf(`?${GOLDEN.G1}`);

// The argument pages build their links with withLang and the chosen language (app/decision/flow.ts). Turn this
// on when they do; until then that test is listed as fixme, not silently passed.
const ARGUMENT_LINKS_WIRED = true;

/** The result page folds the answers; their Change links are inside. */
async function openAnswers(page: Page) {
  await page.getByTestId("answers").locator("summary").first().click();
}

/** Every same-origin link and form target on the page, but the language switch and in-page anchors. */
async function internalTargets(page: Page): Promise<{ what: string; url: string }[]> {
  const targets = await page.evaluate(() => {
    const out: { what: string; url: string }[] = [];
    for (const a of document.querySelectorAll<HTMLAnchorElement>("a[href]")) {
      if (a.hreflang || a.getAttribute("href")!.startsWith("#")) continue;
      out.push({ what: `link "${a.textContent?.trim()}"`, url: a.href });
    }
    for (const f of document.querySelectorAll<HTMLFormElement>("form")) {
      // A GET form sends its fields as the query, replacing any in its action.
      const url = new URL(f.action);
      if (f.method === "get") {
        url.search = "";
        for (const [name, value] of new FormData(f)) url.searchParams.append(name, String(value));
      }
      out.push({ what: `form ${f.method}`, url: url.href });
    }
    return out;
  });
  return targets.filter((t) => new URL(t.url).origin === new URL(page.url()).origin);
}

for (const [browser, chosen] of [
  ["ja-JP", "en"],
  ["en-GB", "ja"],
] as const) {
  test.describe(`a ${browser} browser that chose lang=${chosen}`, alsoWithoutJs, () => {
    test.use({ locale: browser });
    test.slow();

    /** The page is in the chosen language, and every way on from it keeps the choice. */
    async function expectChoiceKept(page: Page) {
      await expect(page.locator("html")).toHaveAttribute("lang", chosen);
      const targets = await internalTargets(page);
      expect(targets.length).toBeGreaterThan(0);
      for (const t of targets) {
        // Assets and downloads that have no words are left alone.
        if (/^\/(build|favicon|enhance)|\/api\//.test(new URL(t.url).pathname)) continue;
        expect(new URL(t.url).searchParams.getAll("lang"), `${t.what} on ${page.url()}`).toEqual([
          chosen,
        ]);
      }
    }

    test("the language sticks on every link and form of the questionnaire pages", async ({
      page,
    }) => {
      for (const path of [
        "/",
        "/q/arch",
        "/q/domains?arch=monolith",
        `/q/clients?${query(G1, "return=check")}`,
        `/q/logout?${query(G1, "return=decision")}`,
        `/q/check?${GOLDEN.G1}`,
        "/questionnaire?arch=monolith&clients=browser,spa",
        "/no-such-page",
      ]) {
        await page.goto(`${path}${path.includes("?") ? "&" : "?"}lang=${chosen}`);
        await expectChoiceKept(page);
      }
    });

    test("the language sticks through the questionnaire: Start now, Back, Continue, the check page, the one-page form and the logo", async ({
      page,
    }) => {
      await page.goto(`/?lang=${chosen}`);
      await page.locator("main a.button").first().click();
      await expect(page).toHaveURL(new RegExp(`/q/arch\\?lang=${chosen}$`));
      await expectChoiceKept(page);
      // Back on the first question goes home in the chosen language.
      await page.locator("a.back-link").click();
      await expect(page).toHaveURL(new RegExp(`/\\?lang=${chosen}$`));
      await expectChoiceKept(page);
      await page.locator("main a.button").first().click();
      // Every question by Continue (a POST that redirects).
      for (let step = 0; step < 14 && /\/q\/(?!check)/.test(page.url()); step++) {
        const id = new URL(page.url()).pathname.replace("/q/", "") as QuestionId;
        await settled(page);
        // G1 leaves the optional questions of ruleset 3 unanswered.
        if (G1[id]) await choose(page, id, G1[id]);
        await submit(page);
        await expectChoiceKept(page);
      }
      await expect(page).toHaveURL(/\/q\/check\?/);
      // Change, then back to the check page.
      await page.locator('[data-question="logout"] a').click();
      await expectChoiceKept(page);
      await submit(page);
      await expect(page).toHaveURL(/\/q\/check\?/);
      await expectChoiceKept(page);
      // The result.
      await page.locator("main a.button").click();
      await expect(page).toHaveURL(/\/decision\?/);
      await expect(page.locator("html")).toHaveAttribute("lang", chosen);
      expect(new URL(page.url()).searchParams.get("lang")).toBe(chosen);
      // The one-page form, from a question page, keeps the language to the result.
      await page.goto(`/q/logout?${query(G1)}&lang=${chosen}`);
      await page.locator(".one-page-link a").click();
      await expectChoiceKept(page);
      await settled(page);
      await submit(page);
      await expect(page).toHaveURL(/\/decision\?/);
      await expect(page.locator("html")).toHaveAttribute("lang", chosen);
      expect(new URL(page.url()).searchParams.get("lang")).toBe(chosen);
      // The logo, and an example from the home page.
      await page.locator(".site-header__name").click();
      await expect(page).toHaveURL(new RegExp(`/\\?lang=${chosen}$`));
      await page.locator(".examples a").first().click();
      await expect(page.locator("html")).toHaveAttribute("lang", chosen);
      expect(new URL(page.url()).searchParams.get("lang")).toBe(chosen);
    });

    test("the language sticks on the result page, except in the share link", async ({ page }) => {
      await page.goto(`/decision?${GOLDEN.G1}&lang=${chosen}`);
      const copied = await page.locator("#share-url").inputValue();
      expect(new URL(copied).searchParams.has("lang"), copied).toBe(false);
      // The printed record links to the share link too (and its QR code encodes it): that one has no language.
      await page.evaluate((share) => {
        for (const a of document.querySelectorAll<HTMLAnchorElement>("a[href]"))
          if (a.href === share) a.removeAttribute("href");
      }, copied);
      await expectChoiceKept(page);
    });

    test("the language sticks on argument, guide, source and record pages", async ({ page }) => {
      test.fixme(!ARGUMENT_LINKS_WIRED, "argument links do not use withLang yet");
      await page.goto(`/arguments?lang=${chosen}`);
      await expectChoiceKept(page);
      const argument = await page
        .locator("main a[href^='/arguments/']")
        .first()
        .getAttribute("href");
      await page.goto(argument!);
      await expectChoiceKept(page);
      for (const path of ["/approaches/server-session", "/sources", `/records?${GOLDEN.G1}`]) {
        await page.goto(`${path}${path.includes("?") ? "&" : "?"}lang=${chosen}`);
        await expectChoiceKept(page);
      }
    });
  });
}

test.describe("the share link opens in each viewer's own language, as the page says", alsoWithoutJs, () => {
  test.use({ locale: "ja-JP" });
  test("copied from a page whose reader chose English", async ({ page, browser }) => {
    await page.goto(`/decision?${GOLDEN.G1}&lang=en`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("main")).toContainText(
      "anyone who opens it sees this page in their language",
    );
    const copied = await page.locator("#share-url").inputValue();
    expect(new URL(copied).searchParams.has("lang"), copied).toBe(false);
    expect(new URL(copied).pathname).toBe("/decision");
    expect(answersOf(copied)).toEqual(G1);
    for (const [locale, lang] of [
      ["ja-JP", "ja"],
      ["en-US", "en"],
    ] as const) {
      const viewer = await browser.newContext({
        locale,
        javaScriptEnabled: test.info().project.name !== "nojs",
      });
      const p = await viewer.newPage();
      await p.goto(copied);
      await expect(p.locator("html")).toHaveAttribute("lang", lang);
      await viewer.close();
    }
  });
});

test.describe("Change returns to where the person came from; the one-page form keeps the answers", alsoWithoutJs, () => {
  test.slow();
  test("Change on the result page opens the question and Continue returns to the result", async ({
    page,
  }) => {
    await page.goto(`/decision?${GOLDEN.G1}`);
    await openAnswers(page);
    const change = page.locator('main a[href^="/q/clients?"]');
    await expect(change).toHaveCount(1);
    await change.click();
    await expect(page).toHaveURL(/\/q\/clients\?.*return=decision/);
    // Back returns to the result unchanged.
    await settled(page);
    await page.locator("a.back-link").click();
    await expect(page).toHaveURL(/\/decision\?/);
    expect(answersOf(page.url())).toEqual(G1);
    await openAnswers(page);
    await page.locator('main a[href^="/q/clients?"]').click();
    await settled(page);
    expect(await shownAnswers(page)).toEqual({ clients: ["browser"] });
    await choose(page, "clients", ["browser", "native"]);
    await submit(page);
    await expect(page).toHaveURL(/\/decision\?/);
    expect(answersOf(page.url())).toEqual({ ...G1, clients: ["browser", "native"] });
    await expect(page.locator("[data-answer=clients]")).toContainText("mobile");
  });

  test("Change on the result page asks a question that newly applies, then returns to the result", async ({
    page,
  }) => {
    const oneServer = { ...G1, deploy: ["single"] };
    delete oneServer.store;
    await page.goto(`/decision?${query(oneServer)}`);
    await openAnswers(page);
    await expect(page.locator('main a[href^="/q/deploy?"]')).toHaveCount(1);
    await page.locator('main a[href^="/q/deploy?"]').click();
    await expect(page).toHaveURL(/\/q\/deploy\?.*return=decision/);
    await settled(page);
    await choose(page, "deploy", ["multi"]);
    await submit(page);
    await expect(page).toHaveURL(/\/q\/store\?.*deploy=multi.*return=decision/);
    await settled(page);
    await choose(page, "store", ["no"]);
    await submit(page);
    await expect(page).toHaveURL(/\/decision\?/);
    expect(answersOf(page.url())).toEqual({ ...G1, deploy: ["multi"], store: ["no"] });
  });

  test("Prefer one page? in the middle of the questionnaire keeps every answer given so far", async ({
    page,
  }) => {
    const sofar: Answers = {
      arch: ["modular"],
      domains: ["same-site"],
      sso: ["own-apps"],
      clients: ["browser", "spa"],
    };
    await page.goto(`/q/logout?${query(sofar)}`);
    await page.locator(".one-page-link a").click();
    await expect(page).toHaveURL(/\/questionnaire\?/);
    await settled(page);
    expect(await shownAnswers(page)).toEqual(sofar);
    await choose(page, "logout", ["minutes"]);
    await choose(page, "deploy", ["multi"]);
    await choose(page, "store", ["yes"]);
    await submit(page);
    await expect(page).toHaveURL(/\/decision\?/);
    expect(answersOf(page.url())).toEqual({
      ...sofar,
      logout: ["minutes"],
      deploy: ["multi"],
      store: ["yes"],
    });
  });
});
