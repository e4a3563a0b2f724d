// The compare page with record links (read on the server) and with differences that change only the add-ons.
import { dictionary } from "../../app/i18n";
import { expect, GOLDEN, test } from "./fixtures";

function g1With(changes: Record<string, string>): string {
  const params = new URLSearchParams(GOLDEN.G1);
  for (const [k, v] of Object.entries(changes)) params.set(k, v);
  return params.toString();
}

/** Saves G1 as a record over HTTP and returns its public link. */
async function savedRecordLink(baseURL: string): Promise<string> {
  const res = await fetch(`${baseURL}/records?${GOLDEN.G1}`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: baseURL, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ answers: GOLDEN.G1, title: "Compare me" }),
  });
  expect(res.status).toBe(303);
  const edit = await fetch(`${baseURL}${res.headers.get("location")!}`);
  const html = await edit.text();
  return /data-testid="public-link"[^>]*>([^<]+)</.exec(html)?.[1] ?? "";
}

const compareUrl = (a: string, b: string, lang = "en") =>
  `/compare?lang=${lang}&a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;

test("a record link in either field is read on the server; adding OpenID Connect is a change, in words", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const record = await savedRecordLink(baseURL!);
  expect(record).toMatch(/\/r\/[A-Za-z0-9_-]+$/);
  const federated = `${baseURL}/decision?${g1With({ sso: "federated" })}`;
  for (const [a, b] of [
    [record, federated],
    [federated, `${record}?lang=ja`],
  ] as const) {
    const res = await page.goto(compareUrl(a, b));
    expect(res!.status()).toBe(200);
    const oidc = dictionary("en").addOns.oidc.name;
    await expect(page.getByTestId("compare-verdict")).toHaveText(
      "Both links recommend the same approach, with different add-ons.",
    );
    const row = page.locator('tr[data-question="sso"]');
    await expect(row).toHaveAttribute("data-changes", "yes");
    await expect(row).toContainText(`also need ${oidc}`);
    await expect(row).toContainText(`no longer need ${oidc}`);
    await expect(row).not.toContainText("No:");
    await expect(page.getByTestId("compare-summary")).toHaveText(
      "1 of 1 different answers change the recommendation on their own.",
    );
  }
  await page.goto(compareUrl(record, federated, "ja"));
  await expect(page.locator('tr[data-question="sso"]')).toContainText(
    `${dictionary("ja").addOns.oidc.name}も必要になります`,
  );
});

test("a record link that names no record: 400, the message names the link", async ({
  page,
  baseURL,
}) => {
  const res = await page.goto(compareUrl(`${baseURL}/r/AAAAAAAAAAAAAAAAAAAAAA`, GOLDEN.G1));
  expect(res!.status()).toBe(400);
  await expect(page.getByTestId("error-summary")).toContainText(
    "First link: there is no record at this link",
  );
});

// The compare page's axe checks (with a result, light and dark; with an invalid link; empty) are rows of
// accessibility.spec.ts.
