// Hydration touches no input (issue 17, ADR 0016): on every question page and on the one-page form, with every
// question answered (a list of several clients included), each input is checked (and holds its value) exactly as
// the server rendered it, before the page's JavaScript runs and after React and react-hook-form have taken over.
import type { Browser, Page } from "@playwright/test";
import { ASK_ORDER, catalog, type QuestionId } from "../../app/decision/questions";
import { expect, test } from "./fixtures";

type Answers = Record<QuestionId, string[]>;

/**
 * Every question applies, and most answers are not a group's first option, so that a registration that rewrote a
 * group from its first inputs would show. Clients starts with a ticked box followed by unticked ones: a checkbox
 * group registered without a list default reads that first box as a string and then ticks every box.
 */
const EVERY_QUESTION: Answers = {
  arch: ["modular"],
  domains: ["cross-site"],
  sso: ["federated"],
  idp: ["okta"],
  tokens: ["provider"],
  clients: ["browser", "cli"],
  logout: ["minutes"],
  deploy: ["edge"],
  store: ["eventual"],
  assurance: ["high"],
  stack: ["django"],
};

/** The same questions answered with other values: first options, last options, and four clients of six. */
const OTHER_ANSWERS: Answers = {
  arch: ["unsure"],
  domains: ["one-origin"],
  sso: ["none"],
  idp: ["keycloak"],
  tokens: ["session"],
  clients: ["native", "spa", "third-party", "service"],
  logout: ["expiry"],
  deploy: ["multi"],
  store: ["unsure"],
  assurance: ["standard"],
  stack: ["spring"],
};

function query(answers: Answers): string {
  return Object.entries(answers)
    .map(([id, values]) => `${id}=${values.join(",")}`)
    .join("&");
}

interface InputState {
  key: string;
  value: string;
  checked: boolean;
}

/** Every form control on the page with its checked state and value, in document order. */
async function inputsOf(page: Page): Promise<InputState[]> {
  return page.locator("main form :is(input, textarea, select)").evaluateAll((els) =>
    els.map((el, i) => {
      const input = el as HTMLInputElement;
      return {
        key: `${i}:${input.name}#${input.id}`,
        value: input.value,
        checked: input.type === "checkbox" || input.type === "radio" ? input.checked : false,
      };
    }),
  );
}

/** The values ticked per question, as the person sees them. */
function ticked(states: InputState[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const s of states.filter((s) => s.checked)) {
    const name = s.key.split(":")[1]!.split("#")[0]!;
    (out[name] ??= []).push(s.value);
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

/**
 * The server's page as the browser parses it with no script at all (a context with JavaScript off), then the
 * same address hydrated: React attached to the form, its effects run, and a moment more for anything scheduled
 * after them.
 */
async function beforeAndAfterHydration(page: Page, browser: Browser, url: string) {
  const plain = await browser.newContext({
    javaScriptEnabled: false,
    baseURL: test.info().project.use.baseURL,
  });
  const before = await plain.newPage().then(async (p) => {
    await p.goto(url);
    return inputsOf(p);
  });
  await plain.close();

  await page.goto(url);
  await page.waitForFunction(() => {
    const form = document.querySelector("main form");
    return !!form && Object.keys(form).some((k) => k.startsWith("__reactFiber"));
  });
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300))),
      ),
  );
  return { before, after: await inputsOf(page) };
}

function sorted(answers: Partial<Answers>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, [...v!].sort()]));
}

for (const [set, answers] of [
  ["every question", EVERY_QUESTION],
  ["other answers", OTHER_ANSWERS],
] as const) {
  test.describe(`hydration changes no input (${set})`, () => {
    // Two page loads a test on a shared two-core machine.
    test.setTimeout(60_000);
    for (const id of ASK_ORDER) {
      test(`question page ${id}`, async ({ page, browser }) => {
        const { before, after } = await beforeAndAfterHydration(
          page,
          browser,
          `/q/${id}?${query(answers)}`,
        );
        expect(before.length, "every option is an input").toBe(catalog[id].values.length);
        expect(ticked(before), "the server ticks the URL's answer").toEqual(
          sorted({ [id]: answers[id] }),
        );
        expect(after).toEqual(before);
      });
    }

    test("one-page form", async ({ page, browser }) => {
      const { before, after } = await beforeAndAfterHydration(
        page,
        browser,
        `/questionnaire?${query(answers)}`,
      );
      expect(ticked(before), "the server ticks every answer").toEqual(sorted(answers));
      expect(after).toEqual(before);
    });
  });
}
