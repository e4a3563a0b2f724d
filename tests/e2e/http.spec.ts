import net from "node:net";
import { expect, GOLDEN, GOLDEN_APPROACH, test } from "./fixtures";
import { startOwnServer } from "./own-server";

const ids = Object.keys(GOLDEN) as (keyof typeof GOLDEN)[];

test.describe("HTTP contract", () => {
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

  test("confidence in words through the API and the share page, in both languages", async ({
    request,
  }) => {
    const expected = {
      G1: ["clear", "Clear", "明確"],
      G5: ["only-option", "The only workable option", "実行できる唯一の選択肢"],
    } as const;
    for (const [id, [kind, en, ja]] of Object.entries(expected)) {
      const query = GOLDEN[id as keyof typeof GOLDEN];
      const body = await (await request.get(`/api/decision?${query}&lang=en`)).json();
      expect(body.confidenceInWords).toMatchObject({ kind, label: en });
      expect(body.confidenceInWords.reason).toMatch(/^[A-Z].+\.$/);
      expect(typeof body.confidence).toBe("number");
      const jaBody = await (await request.get(`/api/decision?${query}&lang=ja`)).json();
      expect(jaBody.confidenceInWords).toMatchObject({ kind, label: ja });
      for (const [lang, label] of [
        ["en", en],
        ["ja", ja],
      ] as const) {
        const html = await (await request.get(`/decision?${query}&lang=${lang}`)).text();
        expect(html).toContain(`data-confidence-kind="${kind}"`);
        expect(html).toContain(label);
      }
    }
  });

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
    baseURL,
  }) => {
    const res = await request.post("/questionnaire", {
      form: { arch: "monolith", clients: "browser", lang: "en" },
      headers: { Origin: baseURL! },
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
    baseURL,
  }) => {
    const en = await (
      await request.get(`/decision?${GOLDEN.G3}`, { headers: { "Accept-Language": "en" } })
    ).text();
    expect(en).toContain(
      '<meta property="og:title" content="Recommendation: Opaque token at the gateway, JWTs inside"/>',
    );
    expect(en).toContain('<meta name="robots" content="noindex"/>');
    expect(en).toContain(`<meta property="og:url" content="${baseURL}/decision?arch=microservices`);
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

// ── Issue 12: malformed paths, loopback defaults, refused POSTs, logs, Expect: 100-continue ──

const G1_BODY = new URLSearchParams(GOLDEN.G1).toString();

/** Paths with backslashes and mixed encodings: none is a route, none may be a 5xx. */
const BACKSLASH_PATHS = [
  "/%5C%5C",
  "/%5C%2Fx",
  "/%5c%5c",
  "/%5C",
  "/%5Cevil.example",
  "/%5C%5Cevil.example/x",
  "/%2F%5Cevil.example",
  "/%5C/evil.example",
  "/\\\\evil.example",
  "/\\",
  "/decision/%5C",
  "/e/%5C%5C",
  "/r/%5C%2F",
  "/%2F%2Fevil.example",
  "/%2f/evil.example",
  "/build/%5C..%5Cpackage.json",
  "/%255C%255C",
  "/%E2%88%96",
  "/%EF%BC%BC%EF%BC%BC",
  "/%5C%00",
  "/a/%5C%2e%2e%5C",
];

/** Sends a path exactly as given (fetch would normalise backslashes). */
function rawGet(port: number, target: string): Promise<{ status: number; head: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => {
      socket.write(
        `GET ${target} HTTP/1.1\r\nHost: localhost:${port}\r\nConnection: close\r\n\r\n`,
      );
    });
    let data = "";
    socket.setEncoding("latin1");
    socket.on("data", (d) => (data += d));
    socket.on("end", () => {
      const m = /^HTTP\/1\.1 (\d{3})/.exec(data);
      if (!m) reject(new Error(`no status for ${target}: ${data.slice(0, 80)}`));
      else resolve({ status: Number(m[1]), head: data.split("\r\n\r\n")[0] ?? "" });
    });
    socket.on("error", reject);
  });
}

test.describe("issue 12: server edges", () => {
  // Some of these start a server of their own: give them time on a busy machine.
  test.describe.configure({ timeout: 120_000 });

  test("backslashes and mixed encodings in the path are 400/404, never 5xx, and log nothing", async () => {
    const server = await startOwnServer({ PUBLIC_ORIGIN: undefined });
    try {
      for (const target of BACKSLASH_PATHS) {
        for (let i = 0; i < 2; i++) {
          const { status } = await rawGet(server.port, target);
          expect([400, 404], `${target} → ${status}`).toContain(status);
        }
      }
      await new Promise((r) => setTimeout(r, 100));
      expect(server.stderr()).not.toMatch(/"level":"error"|\n\s+at /);
    } finally {
      await server.stop();
    }
  });

  test("without PUBLIC_ORIGIN the app works on localhost, 127.0.0.1 and [::1]; production warns at start", async () => {
    const server = await startOwnServer({ PUBLIC_ORIGIN: undefined, HOST: "::" });
    try {
      expect(server.stderr()).toMatch(/"level":"warn".*PUBLIC_ORIGIN is not set/);
      for (const host of ["localhost", "127.0.0.1", "[::1]"]) {
        const origin = `http://${host}:${server.port}`;
        const post = await fetch(`${origin}/questionnaire`, {
          method: "POST",
          redirect: "manual",
          headers: {
            Origin: origin,
            "Sec-Fetch-Site": "same-origin",
            "Content-Type": "application/x-www-form-urlencoded",
          },
          body: G1_BODY,
        });
        expect(post.status, `POST via ${host}`).toBe(303);
        expect(post.headers.get("location")).toMatch(/^\/decision\?/);
        // Absolute links (the link preview) name the address the page was opened at.
        const page = await (await fetch(`${origin}/decision?${GOLDEN.G1}`)).text();
        expect(page).toContain(`content="${origin}/decision?`);
        // Another origin is still refused.
        const forged = await fetch(`${origin}/questionnaire`, {
          method: "POST",
          redirect: "manual",
          headers: {
            Origin: "http://evil.example",
            "Content-Type": "application/x-www-form-urlencoded",
          },
          body: G1_BODY,
        });
        expect(forged.status).toBe(403);
      }
      // A name from the network is not trusted as our origin: links fall back to localhost.
      const lan = await (
        await fetch(`http://127.0.0.1:${server.port}/decision?${GOLDEN.G1}`, {
          headers: { Host: `evil.example:${server.port}` },
        })
      ).text();
      expect(lan).not.toContain("evil.example");
    } finally {
      await server.stop();
    }
  });

  for (const [lang, headers, words] of [
    ["ja", { "Accept-Language": "ja,en;q=0.5" }, "別のサイト"],
    ["en", { "Accept-Language": "ja" }, "sent from another site"],
  ] as const) {
    test(`a refused cross-site POST is a readable page in ${lang} with the usual security headers`, async ({
      request,
      baseURL,
    }) => {
      const query = lang === "en" ? "?lang=en" : "";
      const res = await request.post(`/questionnaire${query}`, {
        headers: { Origin: "http://evil.example", "Sec-Fetch-Site": "cross-site", ...headers },
        form: { arch: "monolith" },
        maxRedirects: 0,
      });
      expect(res.status()).toBe(403);
      const h = res.headers();
      expect(h["content-type"]).toContain("text/html");
      expect(h["content-security-policy"]).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]{20,}'/);
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["x-frame-options"]).toBe("DENY");
      expect(h["cache-control"]).toBe("no-store");
      const html = await res.text();
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(words);
      expect(html).toContain(baseURL!);
      expect(html).toContain("http://evil.example");
    });
  }

  test("edit tokens never reach the request log or the error log", async () => {
    const server = await startOwnServer({ LOG_REQUESTS: "1" });
    const origin = `http://127.0.0.1:${server.port}`;
    const post = (path: string, body: Record<string, string>) =>
      fetch(origin + path, {
        method: "POST",
        redirect: "manual",
        headers: {
          Origin: origin,
          "Sec-Fetch-Site": "same-origin",
          "Content-Type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams(body).toString(),
      });
    try {
      const created = await post(`/records?${GOLDEN.G1}`, { answers: GOLDEN.G1, title: "Logged" });
      expect(created.status).toBe(303);
      const token = /\/e\/([A-Za-z0-9_-]{43})/.exec(created.headers.get("location")!)![1]!;
      expect((await fetch(`${origin}/e/${token}`)).status).toBe(200);
      const version = /name="version" value="(\d+)"/.exec(
        await (await fetch(`${origin}/e/${token}`)).text(),
      )![1]!;
      expect((await post(`/e/${token}`, { title: "Logged 2", version })).status).toBe(303);
      // A malformed request under the capability path (an error answer) and a wrong-method one.
      expect((await fetch(`${origin}/e/${token}/%zz`)).status).toBeLessThan(500);
      expect((await fetch(`${origin}/e/${token}`, { method: "PUT" })).status).toBe(405);
      const rotated = await post(`/e/${token}`, { intent: "rotate" });
      expect(rotated.status).toBe(303);
      const next = /\/e\/([A-Za-z0-9_-]{43})/.exec(rotated.headers.get("location")!)![1]!;
      await fetch(`${origin}/e/${next}`);
      await new Promise((r) => setTimeout(r, 100));
      const logs = server.stdout() + server.stderr();
      expect(logs).toContain('"path":"/e/[redacted]"');
      expect(logs).not.toContain(token);
      expect(logs).not.toContain(next);
    } finally {
      await server.stop();
    }
  });

  test("the footer tells what is kept, client addresses included, in both languages", async ({
    request,
  }) => {
    const en = await (await request.get("/?lang=en")).text();
    expect(en).not.toContain("Nothing is stored unless you save a record");
    expect(en).toMatch(/<footer[\s\S]*network address[\s\S]*two days[\s\S]*<\/footer>/);
    const ja = await (await request.get("/?lang=ja")).text();
    expect(ja).not.toContain("何も保存されません");
    expect(ja).toMatch(/<footer[\s\S]*ネットワークアドレス[\s\S]*2 日間[\s\S]*<\/footer>/);
  });

  test("Expect: 100-continue with a body over the limit gets 413, never 100 Continue", async ({
    baseURL,
  }) => {
    const port = Number(new URL(baseURL!).port);
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect({ host: "127.0.0.1", port }, () => {
        socket.write(
          `POST /questionnaire HTTP/1.1\r\nHost: localhost:${port}\r\nOrigin: ${baseURL}\r\nSec-Fetch-Site: same-origin\r\n` +
            `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${1024 * 1024}\r\nExpect: 100-continue\r\n\r\n`,
        );
      });
      let data = "";
      socket.setEncoding("latin1");
      socket.on("data", (d) => {
        data += d;
        if (data.includes("\r\n\r\n")) socket.destroy();
      });
      socket.on("close", () => resolve(data));
      socket.on("error", reject);
      setTimeout(() => socket.destroy(), 5_000);
    });
    expect(reply.split("\r\n")[0]).toBe("HTTP/1.1 413 Payload Too Large");
  });
});
