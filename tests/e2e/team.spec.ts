// Team rounds: three members in three browser contexts (one without JavaScript, one in Japanese), the reveal,
// settling, the record; every refusal (forged or stale capability, a member revealing or settling, answering
// after the reveal, a full round, an expired round) is a 4xx page that changes nothing; the compare page.
import Database from "better-sqlite3";
import ogs from "open-graph-scraper";
import type { APIRequestContext, Browser, BrowserContext, Page } from "@playwright/test";
import { evaluateDecision, parseShareLink, type Answers } from "../../app/decision";
import { dictionary } from "../../app/i18n";
import { E2E_DB, baseURL } from "../../playwright.config";
import { expect, expectNoAxeViolations, GOLDEN, test } from "./fixtures";

/** G1 with some answers changed: a share-link query. */
function g1With(changes: Record<string, string>): string {
  const params = new URLSearchParams(GOLDEN.G1);
  for (const [k, v] of Object.entries(changes)) params.set(k, v);
  return params.toString().replace(/%2C/g, ",");
}

function answersOf(query: string): Answers {
  const parsed = parseShareLink(query);
  if (!parsed.success) throw new Error(`bad fixture ${query}`);
  return parsed.link.answers;
}

const A = GOLDEN.G1;
const B = g1With({ logout: "expiry" });
const C = g1With({ logout: "minutes", arch: "microservices" });

async function startRound(page: Page, title: string, name = "") {
  await page.goto("/rounds/new");
  await page.getByLabel("Round title").fill(title);
  if (name) await page.getByLabel("Your name or initials (optional)").fill(name);
  await page.getByRole("button", { name: "Start the round" }).click();
  await expect(page).toHaveURL(/\/f\/[A-Za-z0-9_-]{43}\?created=1$/);
  await expect(page.getByTestId("created")).toBeVisible();
  const joinLink = await page.getByTestId("join-link").inputValue();
  const facilitatorLink = await page.getByTestId("facilitator-link").inputValue();
  expect(joinLink).toMatch(/\/t\/[A-Za-z0-9_-]{22}$/);
  return { joinLink, facilitatorLink };
}

async function join(page: Page, joinLink: string, name: string, button = "Join the round") {
  await page.goto(joinLink);
  if (name) await page.locator("#member-name").fill(name);
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByTestId("joined-as")).toBeVisible();
}

/** Ticks the answers of a share-link query in the one-page round form and saves them. */
async function answer(page: Page, query: string, button = "Save my answers") {
  // Once answered, the form is folded behind "Change my answers".
  const fold = page.getByTestId("change-answers");
  if ((await fold.count()) > 0 && !(await fold.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await fold.locator("summary").click();
  }
  for (const [key, value] of new URLSearchParams(query)) {
    for (const v of key === "clients" ? value.split(",") : [value]) {
      await page.locator(`input[name="${key}"][value="${v}"]`).check();
    }
  }
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByTestId("answers-saved")).toBeVisible();
}

/** Reveals from the facilitator page through its confirmation step. */
async function revealFromConfirmation(fac: Page) {
  await fac.getByRole("link", { name: "Reveal the answers" }).click();
  await expect(fac.getByTestId("reveal-confirm")).toBeVisible();
  await fac.getByRole("button", { name: "Yes, reveal the answers" }).click();
  await expect(fac.getByTestId("reveal")).toBeVisible();
}

async function version(request: APIRequestContext, joinLink: string): Promise<number> {
  const res = await request.get(`${joinLink}/status`);
  return ((await res.json()) as { version: number }).version;
}

async function newContext(browser: Browser, options: { js: boolean; locale?: string }) {
  return browser.newContext({
    baseURL,
    javaScriptEnabled: options.js,
    ...(options.locale && { locale: options.locale }),
  });
}

/** A page error or CSP violation in an extra context fails the test too. */
function watch(context: BrowserContext, found: string[]) {
  context.on("page", (p) => {
    p.on("pageerror", (e) => found.push(`pageerror: ${e.message}`));
    p.on("console", (m) => {
      if (m.type() === "error" && !/status of 4\d\d/.test(m.text())) found.push(m.text());
    });
  });
}

const en = dictionary("en");

async function outcomeText(answers: Answers) {
  const d = await evaluateDecision(answers);
  return { name: en.approaches[d.approach].name, confidence: `${Math.round(d.confidence * 100)}%` };
}

test("three members answer differently; the reveal orders the disagreements; settle; save the record", async ({
  page,
  browser,
}) => {
  test.setTimeout(600_000);
  const problems: string[] = [];
  // The facilitator (and member Aiko) in the test's page, JavaScript on, English.
  await page.goto("/");
  await page.getByTestId("team-link").click();
  await expect(page).toHaveURL(/\/rounds\/new$/);
  const { joinLink, facilitatorLink } = await startRound(page, "Portal sign-in", "Aiko");
  await expectNoAxeViolations(page);
  const fac = page;

  const ctxA = await newContext(browser, { js: true });
  const ctxB = await newContext(browser, { js: false });
  const ctxC = await newContext(browser, { js: true, locale: "ja-JP" });
  for (const c of [ctxA, ctxB, ctxC]) watch(c, problems);
  try {
    const a = await ctxA.newPage();
    const b = await ctxB.newPage();
    const c = await ctxC.newPage();

    await a.goto(joinLink);
    await expectNoAxeViolations(a);
    await join(a, joinLink, "Aiko");
    await expectNoAxeViolations(a);
    await answer(a, A);

    await join(b, joinLink, "");
    await expect(b.getByTestId("joined-as")).toHaveText("You are in this round as Member 2.");

    await c.goto(joinLink);
    await expect(c.locator("html")).toHaveAttribute("lang", "ja");
    await expectNoAxeViolations(c);
    await join(c, joinLink, "Chie", "ラウンドに参加する");
    await answer(c, C, "回答を保存する");
    await expectNoAxeViolations(c);
    await expect(c.getByTestId("answered-count")).toHaveText("3 人中 2 人が回答しました。");
    // Answered: a card instead of the whole form again; the form folded; the page updates by itself.
    await expect(c.getByTestId("waiting-for")).toHaveText("3 人中 1 人の回答を待っています。");
    await expect(c.locator('input[name="logout"]').first()).toBeHidden();
    await expect(c.getByTestId("reload-hint")).toBeHidden();

    // Live: Chie's page (JavaScript on) learns of the third answer without reloading.
    await c.evaluate(() => ((window as unknown as { __same: number }).__same = 1));
    await answer(b, B);
    // Without JavaScript the card says to reload, with a link that does.
    await expect(b.getByTestId("waiting-for")).toHaveText(
      "Everyone has answered: waiting for the facilitator to reveal the answers.",
    );
    await expect(b.getByTestId("reload-hint")).toBeVisible();
    await expect(b.getByTestId("reload-hint").getByRole("link")).toHaveAttribute(
      "href",
      new URL(joinLink).pathname,
    );
    await expect(b.locator('input[name="logout"]').first()).toBeHidden();
    // Polls back off up to 15 s (with jitter) while nothing changes.
    await expect(c.getByTestId("answered-count")).toHaveText("3 人中 3 人が回答しました。", {
      timeout: 20_000,
    });
    await expect(c.getByTestId("answered-names")).toHaveText("回答済み：Aiko、メンバー2、Chie");
    expect(await c.evaluate(() => (window as unknown as { __same?: number }).__same)).toBe(1);

    // Before the reveal nobody sees anyone's answers: no spreads anywhere, each form shows only one's own.
    for (const p of [a, b, c, fac]) {
      await p.reload();
      await expect(p.getByTestId("reveal")).toHaveCount(0);
      expect(await p.content()).not.toContain("data-value=");
    }
    await expect(a.locator('input[name="logout"]:checked')).toHaveValue("immediate");
    await expect(b.locator('input[name="logout"]:checked')).toHaveValue("expiry");
    await expect(fac.getByTestId("answered-count")).toHaveText("3 of 3 members have answered.");
    const status = await (await fac.request.get(`${joinLink}/status`)).json();
    expect(Object.keys(status).sort()).toEqual(["state", "version"]);

    // A member cannot reveal or settle; nothing changes.
    const before = await version(fac.request, joinLink);
    for (const intent of ["reveal", "settle"]) {
      const res = await b.request.post(joinLink, {
        form: { intent, "settle-logout": "expiry" },
        headers: { Origin: baseURL },
      });
      expect(res.status()).toBe(403);
      expect(await res.text()).toContain("Only the facilitator can do this");
    }
    expect(await version(fac.request, joinLink)).toBe(before);

    // Reveal: Chie's page (JavaScript on) shows the result without a reload.
    await c.evaluate(() => ((window as unknown as { __same: number }).__same = 2));
    await revealFromConfirmation(fac);
    await expect(c.getByTestId("reveal")).toBeVisible({ timeout: 20_000 });
    expect(await c.evaluate(() => (window as unknown as { __same?: number }).__same)).toBe(2);
    // Ten questions were asked (tokens is asked only with an OpenID Connect provider), two disagreed.
    await expect(c.getByTestId("agreed-line")).toHaveText("10 問中 8 問で意見が一致しました。");
    await expectNoAxeViolations(c);
    await b.reload();
    await expect(b.getByTestId("reveal")).toBeVisible();
    await a.reload();
    await expect(a.getByTestId("reveal")).toBeVisible();
    await expectNoAxeViolations(a);

    // Disagreements first, those that change the approach first, with their spreads.
    await expect(fac.getByTestId("agreed-line")).toHaveText("8 of 10 questions agreed.");
    const cards = fac.getByTestId("settle-card");
    await expect(cards).toHaveCount(2);
    await expect(cards.nth(0)).toHaveAttribute("data-question", "arch");
    await expect(cards.nth(1)).toHaveAttribute("data-question", "logout");
    const row = (q: string, v: string) =>
      fac.locator(`.settle-card[data-question="${q}"] [data-value="${v}"]`);
    await expect(row("logout", "immediate").getByTestId("count")).toHaveText("1");
    await expect(row("logout", "immediate")).toContainText("Aiko");
    await expect(row("logout", "expiry")).toContainText("Member 2");
    await expect(row("logout", "minutes")).toContainText("Chie");
    await expect(row("arch", "monolith").getByTestId("count")).toHaveText("2");
    await expect(row("arch", "monolith")).toContainText("Aiko, Member 2");
    await expect(row("arch", "microservices").getByTestId("count")).toHaveText("1");
    // What each answer in play would recommend (the other questions as most members said: G1).
    for (const [q, v] of [
      ["logout", "immediate"],
      ["logout", "expiry"],
      ["logout", "minutes"],
      ["arch", "monolith"],
      ["arch", "microservices"],
    ] as const) {
      const expected = await outcomeText(answersOf(g1With({ [q]: v })));
      const cell = row(q, v).getByTestId("alternative");
      await expect(cell).toContainText(expected.name);
      await expect(cell).toContainText(expected.confidence);
    }
    // What each member's own answers alone recommend.
    const own = fac.getByTestId("member-results").locator("tbody tr");
    await expect(own).toHaveCount(3);
    for (const [i, q] of [A, B, C].entries()) {
      await expect(own.nth(i)).toContainText((await outcomeText(answersOf(q))).name);
    }
    await expectNoAxeViolations(fac);
    // Document pages: no framework JavaScript, only the two small nonce'd scripts (document budget 20 KB gzip).
    for (const p of [fac, a, c]) {
      const scripts = await p
        .locator("script")
        .evaluateAll((els) =>
          els.map((e) => (e as HTMLScriptElement).getAttribute("src") ?? "inline"),
        );
      expect(
        scripts.every((src) => ["/round-live.js", "/round-settle.js", "/enhance.js"].includes(src)),
      ).toBe(true);
    }
    const liveScript = await fac.request.get("/round-live.js");
    expect((await liveScript.body()).length).toBeLessThan(4 * 1024);

    // Answering after the reveal is refused and changes nothing.
    const revealed = await version(fac.request, joinLink);
    const late = await b.request.post(joinLink, {
      form: Object.fromEntries([["intent", "answer"], ...new URLSearchParams(C)]),
      headers: { Origin: baseURL },
    });
    expect(late.status()).toBe(409);
    expect(await late.text()).toContain("The answers have been revealed");
    expect(await version(fac.request, joinLink)).toBe(revealed);
    await b.reload();
    await expect(
      b.locator('.round-card[data-question="logout"] tr[data-value="expiry"]'),
    ).toContainText("Member 2");

    // Settle: one answer per disagreement, in its card, one with a note.
    const logoutCard = fac.locator('.settle-card[data-question="logout"]');
    await logoutCard.locator('input[value="immediate"]').check();
    await logoutCard
      .getByLabel("Note (optional)")
      .fill("Support must be able to lock an account at once");
    await logoutCard.getByRole("button", { name: "Settle this question" }).click();
    await expect(logoutCard.getByTestId("settle-saved")).toBeVisible();
    const archCard = fac.locator('.settle-card[data-question="arch"]');
    await expect(archCard.locator('input[value="monolith"]')).toBeChecked();
    await archCard.getByRole("button", { name: "Settle this question" }).click();
    await expect(archCard.getByTestId("settle-saved")).toBeVisible();
    await expect(fac.getByTestId("settled")).toHaveCount(2);
    const settledHref = await fac.getByTestId("settled-link").getAttribute("href");
    expect(new URLSearchParams(settledHref!.split("?")[1]).toString()).toBe(
      new URLSearchParams(GOLDEN.G1).toString(),
    );
    await fac.goto(`${facilitatorLink}?lang=ja`);
    await expect(fac.getByTestId("settled")).toHaveCount(2);
    await expect(fac.getByTestId("agreed-line")).toHaveText("10 問中 8 問で意見が一致しました。");
    await expectNoAxeViolations(fac);
    await fac.goto(facilitatorLink);
    // Chie's page shows the settlement too, and the team's result on top.
    await expect(c.getByTestId("settled")).toHaveCount(2, { timeout: 20_000 });
    const g1Name =
      dictionary("ja").approaches[(await evaluateDecision(answersOf(A))).approach].name;
    await expect(c.getByTestId("team-outcome-approach")).toContainText(g1Name);
    // Member 2 (no JavaScript) is told to reload until the record is saved.
    await b.reload();
    await expect(b.getByTestId("team-outcome-approach")).toContainText(
      (await outcomeText(answersOf(A))).name,
    );
    await expect(b.getByTestId("reload-hint")).toBeVisible();
    await expect(b.getByTestId("member-record-link")).toHaveCount(0);

    // Save as record: consulted are the members who gave a name; the disagreements are in the record.
    await fac.getByLabel("Record title").fill("Portal sign-in (team)");
    await fac.getByRole("button", { name: "Save as record" }).click();
    await expect(fac).toHaveURL(/\/e\/[A-Za-z0-9_-]{43}\?created=1$/);
    const publicLink = (await fac.getByTestId("public-link").getAttribute("href"))!;
    await fac.goto(publicLink);
    await expect(fac.getByText("Aiko, Chie")).toBeVisible();
    // The disagreements as a list of their own (question, answers with counts, settled answer, note), once.
    await expect(
      fac.getByRole("heading", { level: 2, name: "Disagreements settled" }),
    ).toBeVisible();
    const listed = fac.getByTestId("record-disagreements").locator(":scope > li");
    await expect(listed).toHaveCount(2);
    await expect(listed.nth(0)).toContainText(
      "Answers: Immediately (1), When the credential expires (1), Within minutes (1)",
    );
    await expect(listed.nth(0)).toContainText("Settled on: Immediately");
    await expect(listed.nth(0)).toContainText(
      "Note: Support must be able to lock an account at once",
    );
    await expect(listed.nth(1)).toContainText("Settled on: One application");
    await expect(fac.locator("body")).not.toContainText("×1");
    expect(
      (await fac.locator("body").innerText()).split("Support must be able to lock").length,
    ).toBe(2);
    await expectNoAxeViolations(fac);
    // …and so in its Markdown (MADR) export.
    const md = await (
      await fac.request.get(`${new URL(publicLink, baseURL).pathname}/markdown`)
    ).text();
    expect(md).toContain(`consulted: "Aiko, Chie"`);
    expect(md).toContain("## Disagreements settled");
    expect(md).toContain(
      "Answers: Immediately (1), When the credential expires (1), Within minutes (1)",
    );
    expect(md).not.toContain("×1");
    // Every member gets the record's link: live with JavaScript, on reloading without.
    const recordPath = new URL(publicLink, baseURL).pathname;
    await expect(c.getByTestId("member-record-link").getByRole("link")).toHaveAttribute(
      "href",
      recordPath,
      { timeout: 20_000 },
    );
    await b.reload();
    await expect(b.getByTestId("member-record-link").getByRole("link")).toHaveAttribute(
      "href",
      recordPath,
    );
    await expect(b.getByTestId("reload-hint")).toHaveCount(0);
    await c.reload();
    await expectNoAxeViolations(c);
    await fac.goto(facilitatorLink);
    await expect(fac.getByTestId("record-link")).toContainText(
      new URL(publicLink, baseURL).pathname,
    );
  } finally {
    await Promise.all([ctxA.close(), ctxB.close(), ctxC.close()]);
  }
  expect(problems).toEqual([]);
});

test("Decide as a team starts from the result: its answers, a default title, the facilitator a member", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  // G4 without the optional framework question: a blank, never a vote.
  await page.goto(`/decision?${GOLDEN.G4}`);
  await page.getByTestId("team-link").click();
  await expect(page).toHaveURL(/\/rounds\/new\?arch=microservices&/);
  const g4 = dictionary("en").approaches[(await evaluateDecision(answersOf(GOLDEN.G4))).approach];
  await expect(page.getByTestId("from-result")).toContainText(g4.name);
  // A default title: the approach and today's date, in the page's language.
  const today = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(),
  );
  await expect(page.getByLabel("Round title")).toHaveValue(`${g4.name} — ${today}`);
  await expect(
    page.getByLabel("Count my answers from this result as mine in the round"),
  ).toBeChecked();
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page);
  }
  await page.getByLabel("Your name or initials (optional)").fill("Dai");
  await page.getByRole("button", { name: "Start the round" }).click();
  await expect(page).toHaveURL(/\/f\/[A-Za-z0-9_-]{43}\?created=1$/);
  await expect(page.getByTestId("answered-count")).toHaveText("1 of 1 members have answered.");
  await expect(page.getByTestId("answered-names")).toHaveText("Answered: Dai.");
  const joinLink = await page.getByTestId("join-link").inputValue();

  // The facilitator's browser is that member: the join link shows their card, their answers in the fold.
  await page.goto(joinLink);
  await expect(page.getByTestId("answers-in")).toBeVisible();
  await expect(page.getByTestId("joined-as")).toHaveText("You are in this round as Dai.");
  await expect(page.getByTestId("waiting-for")).toHaveText(
    "Everyone has answered: waiting for the facilitator to reveal the answers.",
  );
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page);
  }
  await page.getByTestId("change-answers").locator("summary").click();
  for (const [key, value] of new URLSearchParams(GOLDEN.G4)) {
    for (const v of value.split(",")) {
      await expect(page.locator(`input[name="${key}"][value="${v}"]`)).toBeChecked();
    }
  }
  await expect(page.locator('input[name="stack"]:checked')).toHaveCount(0);

  // Someone else joins (Japanese, no JavaScript): the card counts them.
  const other = await newContext(browser, { js: false, locale: "ja-JP" });
  try {
    const o = await other.newPage();
    await join(o, joinLink, "", "ラウンドに参加する");
    await expect(o.getByTestId("answers-in")).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId("waiting-for")).toHaveText(
      "Waiting for 1 of 2 members to answer.",
    );
  } finally {
    await other.close();
  }
});

for (const lang of ["en", "ja"] as const) {
  test(`the join link's preview (${lang}) says what a round is and gives away nothing of this one`, async ({
    page,
    request,
  }) => {
    const { joinLink, facilitatorLink } = await startRound(page, "Secret merger portal", "Aiko");
    const res = await request.get(`${joinLink}?lang=${lang}`);
    expect(res.status()).toBe(200);
    const html = await res.text();
    const { result, error } = await ogs({ html });
    expect(error).toBe(false);
    const words = lang === "ja" ? "チームのラウンドに参加する" : "Join a team round";
    expect(result.ogTitle).toBe(words);
    expect(result.ogSiteName).toBe("Do I need JWT?");
    expect(result.ogDescription).toContain(
      lang === "ja" ? "公開するまで" : "until the facilitator",
    );
    expect(result.twitterTitle).toBe(words);
    const image = result.ogImage?.[0];
    if (!image) throw new Error("no og:image");
    expect(image.url).toMatch(new RegExp(`/og/${lang}-site\\.[0-9a-f]{10}\\.png$`));
    expect((await request.get(image.url)).status()).toBe(200);
    // Nothing of this round in any meta tag: no title, name, join id or facilitator token.
    const head = html.slice(0, html.indexOf("</head>"));
    const metas = [...head.matchAll(/<meta [^>]*>/g)].map((m) => m[0]).join("\n");
    const joinId = joinLink.split("/t/")[1]!;
    const token = facilitatorLink.split("/f/")[1]!;
    for (const secret of ["Secret merger portal", "Aiko", joinId, token]) {
      expect(metas).not.toContain(secret);
    }
    expect(metas).toContain('name="robots" content="noindex, nofollow"');
  });
}

test("forged, stale, foreign and cross-site requests get a 4xx page and change nothing", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const { joinLink, facilitatorLink } = await startRound(page, "Refusals");
  // /rounds/new and a round that is not found are rows of accessibility.spec.ts.
  await page.goto(`${facilitatorLink}?lang=ja`);
  await expectNoAxeViolations(page);
  const forgedToken = "A".repeat(42) + "E";
  for (const [path, status, text] of [
    [`/f/${forgedToken}`, 404, "Round not found"],
    ["/f/short", 404, "Round not found"],
    ["/t/AAAAAAAAAAAAAAAAAAAAAA", 404, "Round not found"],
    ["/t/..%2F..%2Fetc", 404, null],
  ] as const) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(status);
    if (text) expect(await res.text()).toContain(text);
    expect(res.headers()["cache-control"]).toBe("no-store");
  }
  await page.goto(`/f/${forgedToken}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Round not found");
  await page.goto(`/t/AAAAAAAAAAAAAAAAAAAAAA?lang=ja`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ラウンドが見つかりません");

  const v0 = await version(request, joinLink);
  // A forged member cookie cannot answer.
  const name = `round-${joinLink.split("/t/")[1]}`;
  const forged = await request.post(joinLink, {
    form: Object.fromEntries([["intent", "answer"], ...new URLSearchParams(A)]),
    headers: { Origin: baseURL, Cookie: `${name}=${forgedToken}` },
  });
  expect(forged.status()).toBe(403);
  expect(await forged.text()).toContain("You have not joined this round");
  // A cross-site form post is refused before the app sees it.
  const cross = await request.post(facilitatorLink, {
    form: { intent: "delete", confirm: "yes" },
    headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
  });
  expect(cross.status()).toBe(403);
  // Invalid input: 400 naming the field, nothing stored.
  const noTitle = await request.post("/rounds/new", {
    form: { title: "" },
    headers: { Origin: baseURL },
  });
  expect(noTitle.status()).toBe(400);
  expect(await noTitle.text()).toContain("Enter a round title");
  const badSettle = await request.post(facilitatorLink, {
    form: { intent: "settle", "settle-logout": "immediate" },
    headers: { Origin: baseURL },
  });
  expect(badSettle.status()).toBe(409); // not revealed yet
  expect(await version(request, joinLink)).toBe(v0);

  // Deleting cannot be undone: without the confirmation step it is refused, naming the field.
  const unconfirmed = await request.post(facilitatorLink, {
    form: { intent: "delete" },
    headers: { Origin: baseURL },
  });
  expect(unconfirmed.status()).toBe(400);
  expect(await unconfirmed.text()).toContain("Confirm that the round should be deleted");
  // The error sends the person back to the confirmation step, its link landing on the button.
  const unconfirmedPage = await unconfirmed.text();
  expect(unconfirmedPage).toContain('href="#delete-confirmed"');
  expect(unconfirmedPage).toContain('id="delete-confirmed"');
  expect((await request.get(joinLink)).status()).toBe(200);
  // The delete link leads to a confirmation page; "No, keep it" goes back with nothing deleted.
  await page.goto(facilitatorLink);
  await page.getByTestId("delete-fold").locator("summary").click();
  await page.getByRole("link", { name: "Delete the round" }).click();
  await expect(page.getByTestId("delete-confirm")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "No, keep it" }).click();
  await page.getByTestId("delete-fold").locator("summary").click();
  await expect(page.getByRole("link", { name: "Delete the round" })).toBeVisible();
  expect((await request.get(joinLink)).status()).toBe(200);
  // Stale: after the facilitator deletes the round, both links are dead.
  await page.getByRole("link", { name: "Delete the round" }).click();
  await page.getByRole("button", { name: "Yes, delete the round" }).click();
  await expect(page.getByTestId("deleted")).toBeVisible();
  expect((await request.get(facilitatorLink)).status()).toBe(404);
  expect((await request.get(joinLink)).status()).toBe(404);
  expect((await request.get(`${joinLink}/status`)).status()).toBe(404);
});

test("a full round and an expired round are refused with their own pages", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const { joinLink, facilitatorLink } = await startRound(page, "Fifty");
  // 50 members join, each from a client without cookies; the 51st is refused.
  for (let i = 0; i < 50; i++) {
    const res = await fetch(joinLink, {
      method: "POST",
      body: new URLSearchParams({ intent: "join", name: `m${i}` }),
      headers: { Origin: baseURL },
      redirect: "manual",
    });
    expect(res.status).toBe(303);
  }
  const v = await version(request, joinLink);
  const full = await fetch(joinLink, {
    method: "POST",
    body: new URLSearchParams({ intent: "join", name: "late" }),
    headers: { Origin: baseURL },
    redirect: "manual",
  });
  expect(full.status).toBe(409);
  expect(await full.text()).toContain("This round is full");
  expect(await version(request, joinLink)).toBe(v);
  await page.goto(joinLink);
  await expect(page.locator(".notice--warn")).toContainText("at most 50 members");

  // Expiry: move this round's end into the past, as if 30 days had gone by.
  const joinId = joinLink.split("/t/")[1]!;
  const db = new Database(E2E_DB);
  try {
    db.prepare("update rounds set expires_at = ? where join_id = ?").run(
      "2000-01-01T00:00:00.000Z",
      joinId,
    );
  } finally {
    db.close();
  }
  // The first visit after its date is told so, and deletes it with every name and answer.
  await page.goto(`${facilitatorLink}?lang=ja`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("このラウンドは期限切れです");
  await expectNoAxeViolations(page);
  const check = new Database(E2E_DB, { readonly: true });
  try {
    expect(check.prepare("select count(*) as n from rounds where join_id = ?").get(joinId)).toEqual(
      {
        n: 0,
      },
    );
    expect(
      check.prepare("select count(*) as n from round_members where round_id = ?").get(joinId),
    ).toEqual({ n: 0 });
  } finally {
    check.close();
  }
  for (const url of [joinLink, facilitatorLink]) {
    expect((await request.get(url)).status()).toBe(404);
  }
  const post = await request.post(joinLink, {
    form: { intent: "join" },
    headers: { Origin: baseURL },
  });
  expect(post.status()).toBe(404);
});

test("compare two results: side by side, the differing answers, which change the recommendation", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const other = g1With({ arch: "microservices", stack: "other" });
  await page.goto(
    `/compare?a=${encodeURIComponent(`${baseURL}/decision?${A}`)}&b=${encodeURIComponent(other)}`,
  );
  const g1 = await outcomeText(answersOf(A));
  const micro = await outcomeText(answersOf(other));
  await expect(page.getByTestId("compare-a")).toContainText(g1.name);
  await expect(page.getByTestId("compare-b")).toContainText(micro.name);
  const rows = page.getByTestId("compare-differences").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(page.locator('tr[data-question="arch"]')).toHaveAttribute(
    "data-changes",
    g1.name === micro.name ? "no" : "yes",
  );
  await expect(page.locator('tr[data-question="stack"]')).toHaveAttribute("data-changes", "no");
  // The compare page's axe checks are rows of accessibility.spec.ts.
  await page.goto(`/compare?lang=ja&a=${encodeURIComponent(A)}&b=${encodeURIComponent(other)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2 つの結果を比べる");
  // An invalid link: 400, the message names the link and the field.
  const res = await page.goto(
    `/compare?a=${encodeURIComponent("arch=mainframe")}&b=${encodeURIComponent(A)}`,
  );
  expect(res!.status()).toBe(400);
  await expect(page.getByTestId("error-summary")).toContainText("First link:");
});

test("facilitation in place: a card per disagreement with its settle form, a live outcome, the place kept with and without JavaScript", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const problems: string[] = [];
  await page.setViewportSize({ width: 1366, height: 900 });
  const { joinLink, facilitatorLink } = await startRound(page, "Three disagreements", "Lead");
  const fac = page;
  const ctxA = await newContext(browser, { js: true });
  const ctxB = await newContext(browser, { js: false });
  const ctxC = await newContext(browser, { js: true, locale: "ja-JP" });
  const ctxNoJs = await browser.newContext({
    baseURL,
    javaScriptEnabled: false,
    viewport: { width: 1366, height: 900 },
  });
  for (const c of [ctxA, ctxB, ctxC, ctxNoJs]) watch(c, problems);
  try {
    // Aiko: G1 (Next.js). Member 2, without JavaScript: logout at expiry, the framework left blank. Chie, in
    // Japanese: microservices, logout within minutes, Remix. Three disagreements: arch, logout, stack.
    const [a, b, c] = [await ctxA.newPage(), await ctxB.newPage(), await ctxC.newPage()];
    await join(a, joinLink, "Aiko");
    await answer(a, A);
    await join(b, joinLink, "");
    const blankStack = new URLSearchParams(g1With({ logout: "expiry" }));
    blankStack.delete("stack");
    await answer(b, blankStack.toString());
    await join(c, joinLink, "Chie", "ラウンドに参加する");
    await answer(
      c,
      g1With({ logout: "minutes", arch: "microservices", stack: "remix" }),
      "回答を保存する",
    );

    // Revealing cannot be undone: a confirmation step first; "No, wait" reveals nothing; a POST without the
    // step is refused, naming the field, and changes nothing.
    await fac.goto(facilitatorLink);
    await fac.getByRole("link", { name: "Reveal the answers" }).click();
    await expect(fac.getByTestId("reveal-confirm")).toBeVisible();
    await expect(fac.getByTestId("reveal-confirm")).toContainText("3 of 3 members have answered");
    await expectNoAxeViolations(fac);
    await fac.getByRole("link", { name: "No, wait" }).click();
    await expect(fac.getByTestId("answered-count")).toHaveText("3 of 3 members have answered.");
    const v0 = await version(fac.request, joinLink);
    const unconfirmed = await fac.request.post(facilitatorLink, {
      form: { intent: "reveal" },
      headers: { Origin: baseURL },
    });
    expect(unconfirmed.status()).toBe(400);
    expect(await unconfirmed.text()).toContain("Confirm that the answers should be revealed");
    expect(await version(fac.request, joinLink)).toBe(v0);
    await revealFromConfirmation(fac);

    // At most three laptop screens.
    const height = await fac.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(2700);

    // One card per disagreement, those that change the approach first.
    const cards = fac.getByTestId("settle-card");
    await expect(cards).toHaveCount(3);
    const order = await cards.evaluateAll((els) =>
      els.map((e) => [
        e.getAttribute("data-question"),
        e.querySelector("[data-impact]")!.getAttribute("data-impact"),
      ]),
    );
    expect(order.map(([q]) => q).sort()).toEqual(["arch", "logout", "stack"]);
    const rank = { approach: 0, "add-ons": 1, none: 2 } as Record<string, number>;
    const ranks = order.map(([, i]) => rank[i!]!);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    const card = (q: string) => fac.locator(`.settle-card[data-question="${q}"]`);
    // The core decides the impact: arch moves G1 off server sessions; the framework changes nothing.
    const g1 = await outcomeText(answersOf(A));
    const micro = await outcomeText(answersOf(g1With({ arch: "microservices" })));
    expect(micro.name).not.toBe(g1.name);
    await expect(card("arch").getByTestId("impact")).toHaveAttribute("data-impact", "approach");
    await expect(card("arch").getByTestId("impact")).toHaveText("Changes the approach");
    await expect(card("arch").locator('[data-value="microservices"]')).toContainText(micro.name);
    await expect(card("stack").getByTestId("impact")).toHaveAttribute("data-impact", "none");
    // The blank is counted apart, never named, never an answer; no majority is preselected in a tie.
    await expect(card("stack").getByTestId("no-answer")).toHaveText(
      "No answer: 1 (left blank, not counted)",
    );
    await expect(card("stack")).not.toContainText("Member 2");
    await expect(card("stack").locator('input[type="radio"]')).toHaveCount(2);
    await expect(card("stack").locator('input[type="radio"]:checked')).toHaveCount(0);
    await expect(card("logout").locator('input[type="radio"]:checked')).toHaveCount(0);
    // A majority is preselected.
    await expect(card("arch").locator('input[value="monolith"]')).toBeChecked();
    await expect(card("arch")).toContainText("Most answered: One application (2 of 3)");

    // Every settle control sits inside its disagreement's card.
    for (const q of ["arch", "logout", "stack"]) {
      const box = (await card(q).boundingBox())!;
      const controls = card(q).locator('input:not([type="hidden"]), button');
      const n = await controls.count();
      expect(n).toBeGreaterThanOrEqual(3);
      for (let i = 0; i < n; i++) {
        const c = (await controls.nth(i).boundingBox())!;
        expect(c.y, `${q} control ${i}`).toBeGreaterThanOrEqual(box.y);
        expect(c.y + c.height, `${q} control ${i}`).toBeLessThanOrEqual(box.y + box.height);
        expect(c.x).toBeGreaterThanOrEqual(box.x);
        expect(c.x + c.width).toBeLessThanOrEqual(box.x + box.width);
      }
    }
    // The outcome card: the majority's recommendation, nothing settled yet.
    const outcome = fac.getByTestId("team-outcome");
    await expect(outcome.getByTestId("team-approach")).toHaveText(g1.name);
    await expect(outcome.getByTestId("team-progress")).toContainText(
      "0 of 3 disagreements settled",
    );
    await expect(outcome.getByTestId("settled-link")).toHaveCount(0);
    for (const scheme of ["light", "dark"] as const) {
      await fac.emulateMedia({ colorScheme: scheme });
      await expectNoAxeViolations(fac);
    }

    // A card sent without a choice, or with a note too long: 400 naming the field, nothing stored.
    const v1 = await version(fac.request, joinLink);
    const noChoice = await fac.request.post(facilitatorLink, {
      form: { intent: "settle", question: "logout", version: String(v1), "note-logout": "" },
      headers: { Origin: baseURL },
    });
    expect(noChoice.status()).toBe(400);
    expect(await noChoice.text()).toContain(
      "How fast must logout stop every existing login?: choose one of the answers in play",
    );
    const longNote = await fac.request.post(facilitatorLink, {
      form: {
        intent: "settle",
        question: "logout",
        version: String(v1),
        "settle-logout": "expiry",
        "note-logout": "x".repeat(201),
      },
      headers: { Origin: baseURL },
    });
    expect(longNote.status()).toBe(400);
    expect(await longNote.text()).toContain("Keep the note to one line of at most 200 characters");
    expect(await version(fac.request, joinLink)).toBe(v1);

    // With JavaScript: settling the second card stays on this page, at this place.
    const second = order[1]![0]!;
    await fac.evaluate(() => ((window as unknown as { __same: number }).__same = 1));
    await card(second).evaluate((e) => e.scrollIntoView({ block: "center" }));
    const topBefore = await card(second).evaluate((e) => e.getBoundingClientRect().top);
    const urlBefore = fac.url();
    await card(second).locator('input[type="radio"]').first().check();
    await card(second).getByLabel("Note (optional)").fill("Agreed in the meeting");
    await card(second).getByRole("button", { name: "Settle this question" }).click();
    await expect(card(second).getByTestId("settle-saved")).toBeVisible();
    await expect(card(second).getByTestId("settled")).toContainText("Agreed in the meeting");
    expect(await fac.evaluate(() => (window as unknown as { __same?: number }).__same)).toBe(1);
    expect(fac.url()).toBe(urlBefore);
    const topAfter = await card(second).evaluate((e) => e.getBoundingClientRect().top);
    expect(Math.abs(topAfter - topBefore)).toBeLessThanOrEqual(2);
    await expect(card(second)).toBeInViewport();
    await expect(outcome.getByTestId("team-progress")).toContainText(
      "1 of 3 disagreements settled",
    );
    // Focus lands on the saved message (announced), inside the card that was sent.
    await expect(card(second).getByTestId("settle-saved")).toBeFocused();

    // Without JavaScript: the page comes back at the settled card's anchor.
    const noJs = await ctxNoJs.newPage();
    await noJs.goto(facilitatorLink);
    const nojsCard = noJs.locator('.settle-card[data-question="stack"]');
    await nojsCard.locator('input[value="remix"]').check();
    await nojsCard.getByRole("button", { name: "Settle this question" }).click();
    await expect(noJs).toHaveURL(/\?settled=stack#stack$/);
    await expect(nojsCard.getByTestId("settle-saved")).toHaveText("Saved: Remix.");
    await expect(nojsCard).toBeInViewport();
    const top = await nojsCard.evaluate((e) => e.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);
    expect(await noJs.evaluate(() => window.scrollY).catch(() => 1)).toBeGreaterThan(0);

    // The last one with JavaScript: the majority as preselected. The outcome card names the team's result.
    await fac.reload();
    const last = order.map(([q]) => q!).find((q) => q !== second && q !== "stack")!;
    await card(last).getByRole("button", { name: "Settle this question" }).click();
    await expect(card(last).getByTestId("settled")).toBeVisible();
    await expect(outcome.getByTestId("team-progress")).toHaveText("Every disagreement is settled.");
    await expect(outcome.getByTestId("settled-link")).toBeVisible();
    expect(await fac.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
      2700,
    );
    await fac.goto(`${facilitatorLink}?lang=ja`);
    await expect(fac.getByTestId("team-progress")).toHaveText(
      "意見が分かれた質問をすべて決定しました。",
    );
    for (const scheme of ["light", "dark"] as const) {
      await fac.emulateMedia({ colorScheme: scheme });
      await expectNoAxeViolations(fac);
    }
    await fac.emulateMedia({ colorScheme: "light" });
    await fac.goto(facilitatorLink);
    // Saving as a record puts the record's link on the outcome card.
    await fac.getByRole("button", { name: "Save as record" }).click();
    await expect(fac).toHaveURL(/\/e\/[A-Za-z0-9_-]{43}\?created=1$/);
    const publicLink = (await fac.getByTestId("public-link").getAttribute("href"))!;
    await fac.goto(facilitatorLink);
    await expect(fac.getByTestId("team-outcome").getByTestId("record-link")).toContainText(
      new URL(publicLink, baseURL).pathname,
    );
    // Saved: the record's link, and no form that would save a second copy.
    await expect(fac.getByTestId("record-saved")).toBeVisible();
    await expect(fac.getByRole("button", { name: /Save as (a new )?record/ })).toHaveCount(0);
    // Settled differently afterwards: the earlier record is named, and the new settlement can be saved too.
    const other = card(last).locator('input[type="radio"]:not(:checked)').first();
    await other.check();
    await card(last).getByRole("button", { name: "Settle this question" }).click();
    await expect(card(last).getByTestId("settled")).toBeVisible();
    await fac.reload();
    await expect(fac.getByTestId("record-outdated")).toContainText(
      new URL(publicLink, baseURL).pathname,
    );
    await fac.getByRole("button", { name: "Save as a new record" }).click();
    await expect(fac).toHaveURL(/\/e\/[A-Za-z0-9_-]{43}\?created=1$/);
    const newer = (await fac.getByTestId("public-link").getAttribute("href"))!;
    expect(newer).not.toBe(publicLink);
    await fac.goto(facilitatorLink);
    await expect(fac.getByTestId("record-saved")).toContainText(new URL(newer, baseURL).pathname);
  } finally {
    await Promise.all([ctxA.close(), ctxB.close(), ctxC.close(), ctxNoJs.close()]);
  }
  expect(problems).toEqual([]);
});
