// The link preview, as a chat app sees it when a result link is pasted: the page's HTML read by a real Open Graph
// parser (open-graph-scraper), then the image it names fetched and its PNG header read.
import ogs from "open-graph-scraper";
import { GOLDEN, GOLDEN_APPROACH } from "../../app/decision/golden";
import { questionText } from "../../app/decision/question-text";
import type { QuestionId } from "../../app/decision";
import { expect, test } from "./fixtures";

type Lang = "en" | "ja";

// The answers that decide G1 and G4 (the description names them, in the link's language).
const DECIDING: Record<"G1" | "G4", [QuestionId, string][]> = {
  G1: [
    ["arch", "monolith"],
    ["logout", "immediate"],
    ["deploy", "multi"],
  ],
  // Ruleset 3 (principle 14): single sign-on already centralises sign-in, so it decides G4, not the clients.
  G4: [
    ["arch", "microservices"],
    ["sso", "federated"],
    ["logout", "minutes"],
  ],
};

const STATE_LABEL = {
  en: { confident: "Recommended", tentative: "Tentative", conflicting: "Your answers conflict" },
  ja: { confident: "推奨", tentative: "暫定", conflicting: "回答に矛盾があります" },
} as const;

const APPROACH_NAME = {
  en: { "server-session": "Server-side session", "access-refresh": "Short-lived access tokens" },
  ja: { "server-session": "サーバー側セッション", "access-refresh": "短命なアクセストークン" },
} as const;

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(0, 8).equals(signature), "PNG signature").toBe(true);
  expect(bytes.subarray(12, 16).toString("latin1"), "first chunk").toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const id of ["G1", "G4"] as const) {
  for (const lang of ["en", "ja"] as const satisfies readonly Lang[]) {
    test(`${id} (${lang}): title, description and a 1200×630 PNG for its approach and state`, async ({
      request,
    }) => {
      const api = await request.get(`/api/decision?${GOLDEN[id]}`);
      expect(api.status()).toBe(200);
      const { approach, state } = (await api.json()) as { approach: string; state: "confident" };
      expect(approach).toBe(GOLDEN_APPROACH[id]);

      const url = `/decision?${GOLDEN[id]}&lang=${lang}`;
      const page = await request.get(url, { maxRedirects: 0 });
      expect(page.status(), url).toBe(200);
      const { result, error } = await ogs({ html: await page.text() });
      expect(error).toBe(false);

      const name = APPROACH_NAME[lang][approach as keyof (typeof APPROACH_NAME)["en"]];
      expect(result.ogSiteName).toBe("Do I need JWT?");
      expect(result.ogLocale).toBe(lang === "ja" ? "ja_JP" : "en_US");
      expect(result.ogTitle).toContain(name);
      expect(result.twitterCard).toBe("summary_large_image");
      expect(result.twitterTitle).toBe(result.ogTitle);

      // The description names the deciding answers, in the link's language.
      const description = result.ogDescription ?? "";
      expect(description.startsWith(STATE_LABEL[lang][state])).toBe(true);
      const colon = lang === "ja" ? "：" : ": ";
      for (const [question, value] of DECIDING[id]) {
        const q = questionText[question];
        const option = (q.options as Record<string, { label: Record<Lang, string> } | undefined>)[
          value
        ];
        if (!option) throw new Error(`no option ${question}=${value}`);
        expect(description, `${question}=${value}`).toContain(
          `${q.label[lang]}${colon}${option.label[lang]}`,
        );
      }
      if (lang === "ja") expect(description).not.toMatch(/Backend|Logout|Recommended/);
      expect(result.twitterDescription).toBe(description);

      // One image, absolute, named for the approach, state and language, with its size and alt text.
      expect(result.ogImage).toHaveLength(1);
      const image = result.ogImage?.[0];
      if (!image) throw new Error("no og:image");
      expect(image.url).toMatch(
        new RegExp(`^http://localhost:\\d+/og/${lang}-${approach}-${state}\\.[0-9a-f]{10}\\.png$`),
      );
      expect(Number(image.width)).toBe(1200);
      expect(Number(image.height)).toBe(630);
      expect(image.alt).toContain(name);
      expect(image.type).toBe("image/png");
      expect(result.twitterImage?.[0]?.url).toBe(image.url);
      const alt = result.twitterImage?.[0]?.alt ?? "";
      expect(alt).toContain(name);
      expect(alt).toContain(STATE_LABEL[lang][state]);

      const png = await request.get(image.url);
      expect(png.status()).toBe(200);
      expect(png.headers()["content-type"]).toBe("image/png");
      expect(png.headers()["cache-control"]).toContain("immutable");
      expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
    });
  }
}

for (const lang of ["en", "ja"] as const) {
  test(`start page (${lang}): Open Graph tags and the site image`, async ({ request }) => {
    const page = await request.get(`/?lang=${lang}`);
    expect(page.status()).toBe(200);
    const { result } = await ogs({ html: await page.text() });
    expect(result.ogSiteName).toBe("Do I need JWT?");
    expect(result.ogTitle).toBe(lang === "ja" ? "JWT は必要？" : "Do I need JWT?");
    expect(result.ogDescription).toContain(
      lang === "ja" ? "サーバー側セッション" : "Server-side sessions",
    );
    expect(result.twitterCard).toBe("summary_large_image");
    const image = result.ogImage?.[0];
    if (!image) throw new Error("no og:image");
    expect(image.url).toMatch(new RegExp(`/og/${lang}-site\\.[0-9a-f]{10}\\.png$`));
    const png = await request.get(image.url);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
  });
}
