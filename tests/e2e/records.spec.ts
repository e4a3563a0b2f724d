import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import { E2E_DB } from "../../playwright.config";
import { expect, expectNoAxeViolations, GOLDEN, test } from "./fixtures";

const XSS = [
  `<script>window.__xss=1</script>`,
  `"><img src=x onerror="window.__xss=1">`,
  `<svg onload="window.__xss=1">`,
  `javascript:window.__xss=1`,
  `{{constructor.constructor('window.__xss=1')()}}`,
  `</textarea><script>window.__xss=1</script>`,
];

/** Rows with this title: tests run in parallel, so each write check looks for its own unique title. */
function recordsTitled(title: string): number {
  const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("select count(*) from records where title = ?").pluck().get(title) as number;
  } finally {
    db.close();
  }
}

const unique = (label: string) =>
  `${label} ${test.info().project.name} ${Date.now()} ${Math.random().toString(36).slice(2)}`;

async function saveRecord(
  page: Page,
  query: string,
  fields: { title: string; context?: string; deciders?: string; status?: string },
) {
  await page.goto(`/decision?${query}`);
  await page.getByTestId("save-link").click();
  await expect(page).toHaveURL(/\/records\?/);
  await page.getByLabel("Title").fill(fields.title);
  if (fields.context) await page.getByLabel("Context and notes (optional)").fill(fields.context);
  if (fields.deciders) await page.getByLabel("Decision makers (optional)").fill(fields.deciders);
  if (fields.status) await page.getByRole("radio", { name: fields.status }).check();
  await page.getByRole("button", { name: "Save record" }).click();
  await expect(page).toHaveURL(/\/e\/[A-Za-z0-9_-]{43}\?created=1$/);
  await expect(page.getByTestId("created")).toBeVisible();
  const editLink = (await page.getByTestId("edit-link").textContent())!;
  const publicLink = (await page.getByTestId("public-link").getAttribute("href"))!;
  return { editLink, publicLink };
}

test("save a record, read it publicly, edit it only with the key, download its Markdown", async ({
  page,
  request,
}) => {
  const { editLink, publicLink } = await saveRecord(page, GOLDEN.G1, {
    title: "Portal sign-in",
    context: "Reviewed with the platform team.",
    deciders: "Aiko, Ben",
    status: "Accepted",
  });
  // The edit page is a capability URL.
  const edit = await request.get(editLink);
  expect(edit.headers()["referrer-policy"]).toBe("no-referrer");
  expect(edit.headers()["cache-control"]).toBe("no-store");
  expect(edit.headers()["x-robots-tag"]).toContain("noindex");
  await expectNoAxeViolations(page);

  await page.goto(publicLink);
  await expect(page.locator("h1")).toHaveText("Decision record: Portal sign-in");
  await expect(page.getByTestId("record-meta")).toContainText("Accepted");
  await expect(page.getByTestId("record-notes")).toHaveText("Reviewed with the platform team.");
  await expect(page.locator("[data-approach]")).toHaveAttribute("data-approach", "server-session");
  await expect(page.getByTestId("qr-code")).toBeVisible();
  await expectNoAxeViolations(page);
  // No edit form and no token on the public page.
  await expect(page.locator("form")).toHaveCount(0);
  expect(await page.content()).not.toContain(editLink.split("/e/")[1]!);

  // Without the key: a wrong token of the right shape, and a malformed one.
  expect((await request.get(`/e/${"A".repeat(43)}`)).status()).toBe(404);
  expect((await request.get("/e/not-a-token")).status()).toBe(404);
  const forged = await request.post(`/e/${"B".repeat(43)}`, {
    form: { title: "Hijacked", status: "rejected", version: "1" },
    headers: { Origin: new URL(editLink).origin },
  });
  expect(forged.status()).toBe(404);

  // With the key.
  await page.goto(editLink);
  await page.getByLabel("Title").fill("Portal sign-in (v2)");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("saved")).toBeVisible();
  await page.goto(publicLink);
  await expect(page.locator("h1")).toHaveText("Decision record: Portal sign-in (v2)");

  const md = await request.get(`${publicLink}/markdown`);
  expect(md.headers()["content-type"]).toContain("text/markdown");
  expect(md.headers()["content-disposition"]).toMatch(/attachment; filename=".+\.md"/);
  const text = await md.text();
  expect(text).toMatch(
    /^---\nstatus: "accepted"\ndate: \d{4}-\d{2}-\d{2}\ndecision-makers: .*Aiko.*Ben/,
  );
  for (const heading of [
    "# Portal sign-in (v2)",
    "## Context and Problem Statement",
    "## Decision Outcome",
    "## Considered Options",
    "## More Information",
  ]) {
    expect(text).toContain(heading);
  }
});

test("replacing the edit link revokes the old one", async ({ page, request }) => {
  const { editLink, publicLink } = await saveRecord(page, GOLDEN.G4, { title: "Rotate me" });
  await page.goto(editLink);
  await page.getByRole("button", { name: "Replace the edit link" }).click();
  await expect(page.getByTestId("rotated")).toBeVisible();
  const next = (await page.getByTestId("edit-link").textContent())!;
  expect(next).not.toBe(editLink);
  expect(page.url()).toContain(new URL(next).pathname);
  expect((await request.get(editLink)).status()).toBe(404);
  expect((await request.get(next)).status()).toBe(200);
  expect((await page.getByTestId("public-link").getAttribute("href"))!).toBe(publicLink);
});

test("a stale edit is refused with the current version shown", async ({ page, browser }) => {
  const { editLink } = await saveRecord(page, GOLDEN.G3, { title: "Gateway" });
  const other = await browser.newPage();
  await other.goto(editLink);
  await page.goto(editLink);
  await page.getByLabel("Title").fill("Gateway A");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("saved")).toBeVisible();
  await other.getByLabel("Title").fill("Gateway B");
  await other.getByRole("button", { name: "Save changes" }).click();
  await expect(other.getByTestId("conflict")).toBeVisible();
  await expect(other.getByLabel("Title")).toHaveValue("Gateway A");
  await other.close();
});

test("revisit: the new record supersedes the old one, linked both ways", async ({ page }) => {
  const first = await saveRecord(page, GOLDEN.G1, { title: "First decision" });
  await page.goto(first.editLink);
  await page.getByRole("link", { name: "Revisit this decision" }).last().click();
  await expect(page).toHaveURL(/\/q\/check\?.*revisit=/);
  expect((await page.request.get(page.url())).headers()["referrer-policy"]).toBe("no-referrer");
  // Change one answer: logout can wait until expiry.
  await page.locator('[data-question="logout"] a').click();
  await page.locator('input[value="expiry"]').check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/q\/check\?/);
  await page.getByRole("link", { name: "See the recommendation" }).click();
  await expect(page).toHaveURL(/\/records\?.*revisit=/);
  await expect(page.getByTestId("revisit-banner")).toContainText("First decision");
  await page.getByLabel("Title").fill("Second decision");
  await page.getByRole("button", { name: "Save record" }).click();
  const secondPublic = (await page.getByTestId("public-link").getAttribute("href"))!;
  await page.goto(first.publicLink);
  await expect(page.getByTestId("record-meta")).toContainText("Superseded");
  await expect(
    page.locator(`a[href^="/r/${new URL(secondPublic).pathname.split("/")[2]}"]`),
  ).toBeVisible();
  await page.goto(secondPublic);
  await expect(
    page.locator(`a[href^="/r/${new URL(first.publicLink).pathname.split("/")[2]}"]`),
  ).toBeVisible();
});

test("XSS payloads in every field render as inert text", async ({ page }) => {
  const payload = XSS.join(" ");
  await page.goto(`/records?${GOLDEN.G5}`);
  await page.getByLabel("Title").fill(XSS[1]!);
  await page.getByLabel("Context and notes (optional)").fill(payload);
  await page.getByLabel("Decision makers (optional)").fill(XSS.slice(0, 3).join(", "));
  await page.getByLabel("Consulted (optional)").fill(XSS[2]!);
  await page.getByLabel("Informed (optional)").fill(XSS[4]!);
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.getByRole("button", { name: "Save record" }).click();
  await expect(page).toHaveURL(/\/e\//);
  const publicLink = (await page.getByTestId("public-link").getAttribute("href"))!;
  for (const url of [page.url(), publicLink]) {
    await page.goto(url);
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();
    expect(await page.locator("main img, main svg[onload], main script").count()).toBe(0);
  }
  await expect(page.getByTestId("record-notes")).toContainText("<script>window.__xss=1</script>");
  const md = await (await page.request.get(`${publicLink}/markdown`)).text();
  expect(md).not.toMatch(/^<script>/m);
  expect(dialogs).toBe(0);
});

test("field errors name the field and keep what was typed", async ({ page }) => {
  await page.goto(`/records?${GOLDEN.G2}`);
  await page.getByLabel("Context and notes (optional)").fill("x".repeat(4001));
  await page.getByRole("button", { name: "Save record" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Enter Title");
  await expect(summary).toContainText("4000 characters or fewer");
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByLabel("Context and notes (optional)")).toHaveValue("x".repeat(4001));
  await expectNoAxeViolations(page);
});

test("cross-site POSTs are refused and write nothing", async ({ request, baseURL }) => {
  const title = unique("CSRF");
  const attempts: Record<string, string>[] = [
    { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
    { Origin: "https://evil.example" },
    { "Sec-Fetch-Site": "same-site", Origin: "https://sub.localhost" },
    { Origin: "null" },
  ];
  for (const headers of attempts) {
    const res = await request.post("/records", {
      form: { answers: GOLDEN.G1, title },
      headers,
      maxRedirects: 0,
    });
    expect(res.status(), JSON.stringify(headers)).toBe(403);
  }
  expect(recordsTitled(title)).toBe(0);
  const ok = await request.post("/records", {
    form: { answers: GOLDEN.G1, title },
    headers: { Origin: baseURL! },
    maxRedirects: 0,
  });
  expect(ok.status()).toBe(303);
  expect(recordsTitled(title)).toBe(1);
});

test("oversized bodies are refused with 413 and write nothing", async ({ request, baseURL }) => {
  const title = unique("big");
  const res = await request.post("/records", {
    data: `answers=${encodeURIComponent(GOLDEN.G1)}&title=${encodeURIComponent(title)}&context=${"x".repeat(200_000)}`,
    headers: { Origin: baseURL!, "Content-Type": "application/x-www-form-urlencoded" },
  });
  expect(res.status()).toBe(413);
  expect(recordsTitled(title)).toBe(0);
});

test("robots.txt disallows the capability path", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toContain("Disallow: /e/");
  expect(text).toContain("Disallow: /r/");
});

test("printing G1's decision gives an ADR on at most two A4 pages", async ({ page }, info) => {
  test.skip(info.project.name === "nojs", "one PDF is enough");
  await page.goto(`/decision?${GOLDEN.G1}`);
  const pdf = await page.pdf({ format: "A4" });
  const file = info.outputPath("g1.pdf");
  writeFileSync(file, pdf);
  const pages = spawnSync("pdfinfo", [file], { encoding: "utf8" }).stdout.match(
    /Pages:\s+(\d+)/,
  )?.[1];
  expect(Number(pages)).toBeGreaterThanOrEqual(1);
  expect(Number(pages)).toBeLessThanOrEqual(2);
  const text = spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).stdout;
  for (const section of [
    "Architecture decision record",
    "Status",
    "Context and decision drivers",
    "Chosen option: Server-side session",
    "Consequences",
    "Options considered",
    "Rationale and citations",
    "Ruleset r-",
    "/decision?arch=monolith",
  ]) {
    expect(text, section).toContain(section);
  }
  // Navigation and controls are gone.
  expect(text).not.toContain("Skip to main content");
  expect(text).not.toContain("Save as a decision record");
});

test("record creation is rate limited per client: 429 with Retry-After", async () => {
  test.setTimeout(60_000);
  const dir = mkdtempSync(path.join(tmpdir(), "rate-"));
  const port = 3190 + (test.info().project.name === "nojs" ? 1 : 0);
  const base = `http://localhost:${port}`;
  const server = spawn("node", ["server/index.js"], {
    env: {
      ...process.env,
      PORT: String(port),
      PUBLIC_ORIGIN: base,
      DATABASE_URL: `file:${dir}/r.sqlite`,
      RATE_LIMIT_CREATE: "2",
      NODE_ENV: "production",
    },
    stdio: "ignore",
  });
  try {
    for (let i = 0; i < 50; i++) {
      try {
        if ((await fetch(`${base}/`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const post = () =>
      fetch(`${base}/records`, {
        method: "POST",
        redirect: "manual",
        headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ answers: GOLDEN.G1, title: "limit" }),
      });
    expect((await post()).status).toBe(303);
    expect((await post()).status).toBe(303);
    const third = await post();
    expect(third.status).toBe(429);
    expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
  } finally {
    server.kill("SIGTERM");
  }
});
