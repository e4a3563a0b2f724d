// The result page and the API for every SPEC scenario (G1–G5, E1–E32) in both languages, and the summary-first layout: what a
// reader sees on the first screen, how long the page is, and that it holds up on a phone and in dark mode.
import type { Page } from "@playwright/test";
import { SCENARIOS } from "../../app/decision/golden";
import { PUBLISHED_VERSIONS } from "../../app/decision/published-versions";
import { questionText } from "../../app/decision/question-text";
import { expect, expectNoAxeViolations, test } from "./fixtures";

interface ApiDecision {
  approach: string;
  addOns: string[];
  state: string;
  reasons: { rule: string; supports: string }[];
  counterfactuals: { question: string; answer: string; approach: string }[];
  resolutions: { question: string; answer: string; approach: string }[];
  perClient: Record<string, { summary: string }>;
  alternatives: { approach: string; whyNot: string; score: number | null }[];
  conflicts: string[];
}

function withAnswer(query: string, question: string, answer: string): string {
  const params = new URLSearchParams(query);
  params.set(question, answer);
  return params.toString();
}

const JAPANESE = /[ぁ-んァ-ン一-龯]/;

test.describe("every SPEC scenario through the API and the share page, in both languages", () => {
  for (const [id, s] of Object.entries(SCENARIOS)) {
    test(`${id}: API and page agree with SPEC in English and Japanese`, async ({
      page,
      request,
    }) => {
      const clients = new URLSearchParams(s.query).get("clients")!.split(",");
      for (const lang of ["en", "ja"] as const) {
        const res = await request.get(`/api/decision?${s.query}&lang=${lang}`);
        expect(res.status()).toBe(200);
        const d = (await res.json()) as ApiDecision;
        expect(d.approach).toBe(s.approach);
        for (const a of s.add) expect(d.addOns).toContain(a);
        for (const a of s.absent ?? []) expect(d.addOns).not.toContain(a);
        expect(d.conflicts.length > 0).toBe(Boolean(s.conflict));
        expect(Object.keys(d.perClient).sort()).toEqual([...clients].sort());
        // Each plan speaks the language asked for (English plans carry no Japanese script).
        for (const plan of Object.values(d.perClient))
          expect(JAPANESE.test(plan.summary), `${id} ${lang}: ${plan.summary}`).toBe(lang === "ja");
        expect(d.alternatives).toHaveLength(3);
        for (const alt of d.alternatives) expect(alt.whyNot.length).toBeGreaterThan(10);

        if (lang === "ja") {
          // Every counterfactual and every "find out" answer, applied through the API, gives what it claims
          // (the language changes no outcome: checked once).
          for (const c of d.counterfactuals) {
            expect(c.answer).not.toBe("unsure");
            const other = (await (
              await request.get(`/api/decision?${withAnswer(s.query, c.question, c.answer)}`)
            ).json()) as ApiDecision;
            expect(other.approach, `${id} ${c.question}=${c.answer}`).toBe(c.approach);
          }
          for (const r of d.resolutions) {
            const other = (await (
              await request.get(`/api/decision?${withAnswer(s.query, r.question, r.answer)}`)
            ).json()) as ApiDecision;
            expect(other.approach, `${id} find out ${r.question}=${r.answer}`).toBe(r.approach);
          }
        }

        // The share page shows the same outcome, a plan per client, and only reasons that argue for it.
        await page.goto(`/decision?${s.query}&lang=${lang}`);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(page.getByTestId("outcome")).toHaveAttribute("data-approach", s.approach);
        await expect(page.getByTestId("outcome")).toHaveAttribute("data-state", d.state);
        expect(JAPANESE.test((await page.locator("h1").innerText()) ?? "")).toBe(lang === "ja");
        for (const a of s.add) await expect(page.locator(`[data-add-on="${a}"]`)).toHaveCount(1);
        for (const c of clients) await expect(page.locator(`[data-plan="${c}"]`)).toHaveCount(1);
        const shown = await page
          .getByTestId("deciding-reasons")
          .locator("[data-rule]")
          .evaluateAll((els) => els.map((e) => e.getAttribute("data-rule")));
        const forIt = d.reasons.filter((r) => r.supports === s.approach).map((r) => r.rule);
        for (const rule of shown) expect(forIt, `${id} ${lang}: ${rule}`).toContain(rule);
        if (s.conflict) await expect(page.getByTestId("conflicts")).toBeVisible();
      }
    });
  }
});

const VIEWPORTS = {
  laptop: { width: 1366, height: 900, maxHeight: 4500, actionsBy: 900 },
  phone: { width: 390, height: 844, maxHeight: 9000, actionsBy: 2 * 844 },
} as const;

async function measure(page: Page) {
  return page.evaluate(() => {
    const top = (sel: string) => {
      const el = document.querySelector(sel);
      return el ? el.getBoundingClientRect().top + window.scrollY : Infinity;
    };
    const bottom = (sel: string) => {
      const el = document.querySelector(sel);
      return el ? el.getBoundingClientRect().bottom + window.scrollY : Infinity;
    };
    const header = document.querySelector(".site-header")?.getBoundingClientRect().height ?? 0;
    return {
      height: document.documentElement.scrollHeight,
      overflow: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      recommendation: bottom(".outcome__title"),
      actionsTop: top('[data-testid="actions"]'),
      actionsBottom: bottom(".actions__list"),
      plansBottom: bottom('[data-testid="plans"]'),
      header,
    };
  });
}

test.describe("summary first", () => {
  for (const id of ["G1", "G2", "G3", "G4", "G5"] as const) {
    for (const lang of ["en", "ja"] as const) {
      for (const [name, v] of Object.entries(VIEWPORTS)) {
        test(`${id} ${lang} on a ${name}: the answer and the actions first, within the length`, async ({
          browser,
        }) => {
          const context = await browser.newContext({
            viewport: { width: v.width, height: v.height },
          });
          const page = await context.newPage();
          await page.goto(`/decision?${SCENARIOS[id]!.query}&lang=${lang}`);
          const m = await measure(page);
          expect(m.overflow, "no horizontal scrolling").toBe(false);
          expect(m.height, "page height with everything folded").toBeLessThanOrEqual(v.maxHeight);
          expect(m.recommendation).toBeLessThanOrEqual(v.height);
          expect(m.plansBottom).toBeLessThanOrEqual(v.actionsBy);
          expect(m.actionsBottom, "the action bar").toBeLessThanOrEqual(v.actionsBy);
          if (name === "phone") expect(m.header, "one-row header").toBeLessThanOrEqual(56);
          // Folded parts open in place.
          await page.locator("#why-not > summary").click();
          await expect(page.locator("#why-not [data-why-not]").first()).toBeVisible();
          await context.close();
        });
      }
    }
  }

  for (const scheme of ["light", "dark"] as const) {
    test(`G4 passes axe in ${scheme} mode with every part open`, async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      for (const lang of ["en", "ja"]) {
        await page.goto(`/decision?${SCENARIOS.G4!.query}&lang=${lang}`);
        await page.evaluate(() =>
          document.querySelectorAll("details").forEach((d) => d.setAttribute("open", "")),
        );
        await expectNoAxeViolations(page);
      }
      await context.close();
    });
  }

  test("copy summary for chat: the same text with JavaScript (button) and without (selectable)", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`/decision?${SCENARIOS.E1!.query}&lang=en`);
    const text = await page.getByTestId("chat-summary").inputValue();
    expect(text).toContain("Server-side session");
    expect(text).toContain(questionText.clients.options["third-party"].label.en);
    expect(text).toMatch(/^http:\/\/localhost:\d+\/decision\?arch=monolith/m);
    expect(text).not.toContain("lang=");
    await page.locator(".chat-summary > summary").click();
    await page.getByRole("button", { name: "Copy summary" }).click();
    await expect(page.getByText("Summary copied")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  });
});

test("an old link shows what it said then, what today's rules say, and the change notes", async ({
  page,
}) => {
  await page.goto(`/decision?${SCENARIOS.E1!.query}&v=r-23d3afeee0&lang=en`);
  await expect(page.getByTestId("then-said")).toContainText("access tokens with refresh tokens");
  await expect(page.getByTestId("now-say")).toContainText("Server-side session");
  await page.getByText("What changed since then").click();
  // Every version published since r-23d3afeee0 has its note; /rules lists them all.
  expect(PUBLISHED_VERSIONS[0]!.version).toBe("r-23d3afeee0");
  await expect(page.locator("[data-change-note]")).toHaveCount(PUBLISHED_VERSIONS.length - 1);
  await page.getByRole("link", { name: "All ruleset versions" }).click();
  await expect(page.locator("[data-version]")).toHaveCount(PUBLISHED_VERSIONS.length);
  await expectNoAxeViolations(page);
});

// ── Issue 17: changing answers from the result, conflicts that link their answers, the state in chat and preview ──

test("Change answers sits in the result and opens the check page with every answer", async ({
  page,
}) => {
  await page.goto(`/decision?${SCENARIOS.G1!.query}&lang=ja`);
  const link = page.getByTestId("outcome").getByTestId("change-answers");
  await expect(link).toHaveText("回答を変更する");
  const box = (await link.boundingBox())!;
  expect(box.y + box.height, "on the first screen").toBeLessThanOrEqual(900);
  await link.click();
  await expect(page).toHaveURL(/\/q\/check\?.*arch=monolith.*lang=ja/);
});

test("each conflict links the answers to change, and the link returns to the result", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(`/decision?${SCENARIOS.E14!.query}`);
  const conflict = page.locator('[data-conflict="spa-on-one-origin"]');
  const changes = conflict.locator("[data-conflict-change]");
  await expect(changes).toHaveCount(2);
  await expect(conflict.locator('[data-conflict-change="domains"]')).toHaveText(
    `Change the answer to “${questionText.domains.label.en}”`,
  );
  await conflict.locator('[data-conflict-change="domains"]').click();
  await expect(page).toHaveURL(/\/q\/domains\?.*return=decision/);
  await expectNoAxeViolations(page);
});

test("the chat summary carries the state, the confidence, the conflicts and what to find out", async ({
  page,
}) => {
  await page.goto(`/decision?${SCENARIOS.E13!.query}`);
  const text = await page.getByTestId("chat-summary").inputValue();
  const label = await page.getByTestId("confidence-label").textContent();
  const confidence = await page.getByTestId("confidence").textContent();
  expect(text.split("\n")[0]).toMatch(/^Your answers conflict: /);
  expect(text).toContain(`Confidence: ${label} (${confidence})`);
  expect(text).toMatch(/^Your answers conflict: .+\(change: /m);
  expect(text).toContain(`What to find out: ${questionText.arch.label.en}`);
});

test.describe("the link preview keeps the state", () => {
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "HTTP checks: once");
  const TENTATIVE = new URLSearchParams(SCENARIOS.G1!.query);
  TENTATIVE.set("arch", "unsure");
  for (const lang of ["en", "ja"] as const) {
    test(`a tentative result's preview title and description say so (${lang})`, async ({
      request,
    }) => {
      const api = (await (await request.get(`/api/decision?${TENTATIVE}`)).json()) as ApiDecision;
      expect(api.state).toBe("tentative");
      const html = await (await request.get(`/decision?${TENTATIVE}&lang=${lang}`)).text();
      const meta = (property: string) =>
        new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1] ?? "";
      expect(meta("og:title")).toMatch(
        lang === "en" ? /^Tentative recommendation: / : /^暫定の推奨：/,
      );
      expect(meta("og:description")).toContain(
        `${lang === "en" ? "What to find out: " : "確認すべきこと："}${questionText.arch.label[lang]}`,
      );
    });
  }
});
