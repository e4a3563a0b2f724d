import { expect, GOLDEN, GOLDEN_APPROACH, test } from "./fixtures";

const ids = Object.keys(GOLDEN) as (keyof typeof GOLDEN)[];

test.describe("HTTP contract", () => {
  test.skip(
    ({ javaScriptEnabled }) => !javaScriptEnabled,
    "HTTP checks need no second browser project",
  );

  for (const id of ids) {
    test(`${id} through the API and the share page`, async ({ request }) => {
      const api = await request.get(`/api/decision?${GOLDEN[id]}`);
      expect(api.status()).toBe(200);
      expect(api.headers()["content-type"]).toContain("application/json");
      const body = await api.json();
      expect(body.approach).toBe(GOLDEN_APPROACH[id]);
      expect(body.confidence).toBeGreaterThanOrEqual(0);
      expect(body.confidence).toBeLessThanOrEqual(1);
      expect(typeof body.rulesetVersion).toBe("string");
      expect(body.reasons.length).toBeGreaterThan(0);
      for (const r of body.reasons)
        expect(Object.keys(r)).toEqual(expect.arrayContaining(["rule", "supports", "cites"]));
      for (const c of body.counterfactuals)
        expect(Object.keys(c).sort()).toEqual(["answer", "approach", "question"]);

      const page = await request.get(`/decision?${GOLDEN[id]}`);
      expect(page.status()).toBe(200);
      const html = await page.text();
      expect(html).toContain(`data-approach="${GOLDEN_APPROACH[id]}"`);
    });
  }

  test("G1 add-ons and G4 add-ons through the API", async ({ request }) => {
    const g1 = await (await request.get(`/api/decision?${GOLDEN.G1}`)).json();
    expect(g1.addOns).toContain("csrf");
    const g4 = await (await request.get(`/api/decision?${GOLDEN.G4}`)).json();
    expect(g4.addOns).toContain("oidc");
  });

  test("the API answers 400 with messages per field, in the requested language", async ({
    request,
  }) => {
    const res = await request.get("/api/decision?arch=mainframe&clients=browser&lang=en");
    expect(res.status()).toBe(400);
    const body = await res.json();
    expect(Object.keys(body.errors).sort()).toEqual([
      "arch",
      "deploy",
      "domains",
      "logout",
      "sso",
      "store",
    ]);
    expect(body.errors.arch[0]).toContain("Backend");
    const ja = await (
      await request.get("/api/decision?arch=mainframe", { headers: { "Accept-Language": "ja" } })
    ).json();
    expect(ja.errors.arch[0]).toContain("バックエンド");
  });

  test("an invalid share link is a 400 page that names the field, never a 500", async ({
    request,
  }) => {
    const res = await request.get(
      `/decision?${GOLDEN.G1.replace("logout=immediate", "logout=never")}`,
    );
    expect(res.status()).toBe(400);
    const html = await res.text();
    expect(html).toContain('data-field="logout"');
    expect(html).toContain("Logout: choose one of the listed options");
  });

  test("non-canonical links redirect to the canonical one", async ({ request }) => {
    const scrambled =
      "store=yes&deploy=multi&logout=immediate&clients=browser&sso=none&domains=one-origin&arch=monolith&stack=other";
    const res = await request.get(`/decision?${scrambled}`, { maxRedirects: 0 });
    expect(res.status()).toBe(301);
    expect(res.headers()["location"]).toBe(
      "/decision?arch=monolith&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=multi&store=yes",
    );
  });

  test("every page sends an enforced CSP with a fresh nonce and the usual headers", async ({
    request,
  }) => {
    const nonces = new Set<string>();
    for (const path of [
      "/",
      "/questionnaire",
      `/decision?${GOLDEN.G1}`,
      "/api/decision?arch=x",
      "/missing",
    ]) {
      const res = await request.get(path);
      const h = res.headers();
      const csp = h["content-security-policy"] ?? "";
      expect(csp, path).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).not.toContain("unsafe-eval");
      for (const d of [
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
      ]) {
        expect(csp).toContain(d);
      }
      nonces.add(/nonce-([^']+)/.exec(csp)![1]!);
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["referrer-policy"]).toBeTruthy();
      expect(h["permissions-policy"]).toBeTruthy();
      expect(h["cross-origin-opener-policy"]).toBe("same-origin");
      expect(h["x-powered-by"]).toBeUndefined();
    }
    expect(nonces.size).toBe(5);
  });

  test("every script tag carries the response's nonce", async ({ request }) => {
    const res = await request.get("/questionnaire");
    const nonce = /nonce-([^']+)/.exec(res.headers()["content-security-policy"]!)![1];
    const html = await res.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  test("the questionnaire action validates on the server: 400 with the answers kept", async ({
    request,
  }) => {
    const res = await request.post("/questionnaire", {
      form: { arch: "monolith", clients: "browser", lang: "en" },
      headers: { Origin: "http://localhost:3100" },
    });
    expect(res.status()).toBe(400);
    const html = await res.text();
    expect(html).toContain("There is a problem");
    expect(html).toMatch(/<title>Error: /);
    expect(html).toMatch(/id="arch"[^>]*checked|checked=""[^>]*id="arch"/);
  });

  test("a cross-site POST is refused", async ({ request }) => {
    const res = await request.post("/questionnaire", {
      form: { arch: "monolith" },
      headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
    });
    expect(res.status()).toBe(403);
  });

  test("decision pages and the API answer a repeat view with 304 (strong ETag)", async ({
    request,
  }) => {
    for (const path of [`/decision?${GOLDEN.G1}`, `/api/decision?${GOLDEN.G4}`]) {
      const first = await request.get(path, { headers: { "Accept-Language": "en" } });
      expect(first.status()).toBe(200);
      const etag = first.headers()["etag"]!;
      expect(etag, path).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
      expect(first.headers()["cache-control"]).toContain("no-cache");
      const again = await request.get(path, {
        headers: { "Accept-Language": "en", "If-None-Match": etag },
      });
      expect(again.status(), path).toBe(304);
      expect(await again.body()).toHaveLength(0);
      expect(again.headers()["etag"]).toBe(etag);
      // Another language is another representation.
      const ja = await request.get(path, {
        headers: { "Accept-Language": "ja", "If-None-Match": etag },
      });
      expect(ja.status()).toBe(200);
      expect(ja.headers()["etag"]).not.toBe(etag);
    }
    // Invalid links carry no ETag.
    expect((await request.get("/api/decision?arch=x")).headers()["etag"]).toBeUndefined();
  });

  test("a pasted share link previews as the recommendation, in the page's language, and is noindex", async ({
    request,
  }) => {
    const en = await (
      await request.get(`/decision?${GOLDEN.G3}`, { headers: { "Accept-Language": "en" } })
    ).text();
    expect(en).toContain(
      '<meta property="og:title" content="Recommendation: Opaque token at the gateway, JWTs inside"/>',
    );
    expect(en).toContain('<meta name="robots" content="noindex"/>');
    expect(en).toContain(
      '<meta property="og:url" content="http://localhost:3100/decision?arch=microservices',
    );
    const ja = await (await request.get(`/decision?${GOLDEN.G3}&lang=ja`)).text();
    expect(ja).toContain(
      '<meta property="og:title" content="推奨：ゲートウェイで不透明トークン、内部は JWT"/>',
    );
    expect(ja).toContain('<meta property="og:locale" content="ja_JP"/>');
  });

  test("unknown paths are a 404 page", async ({ request }) => {
    const res = await request.get("/no/such/page");
    expect(res.status()).toBe(404);
  });
});
