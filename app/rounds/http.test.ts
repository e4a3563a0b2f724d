// The member cookie and the refusal pages of the round routes.
import { newEditToken, newPublicId } from "~/platform/tokens.server";
import {
  MAX_ROUND_COOKIES,
  memberCookie,
  memberCookies,
  memberCookieName,
  memberToken,
  roundFailure,
  type RoundFailure,
} from "./http.server";

const joinId = newPublicId();
const token = newEditToken();
const expires = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();

describe("member cookie", () => {
  test("over https: __Host- prefix, Secure, HttpOnly, SameSite=Lax, Path=/, no Domain, until the round expires", () => {
    const request = new Request(`https://jwt.example/t/${joinId}`);
    expect(memberCookieName(request, joinId)).toBe(`__Host-round-${joinId}`);
    const cookie = memberCookie(request, joinId, token, expires);
    const parts = cookie.split("; ");
    expect(parts[0]).toBe(`__Host-round-${joinId}=${token}`);
    expect(parts).toEqual(expect.arrayContaining(["Path=/", "HttpOnly", "SameSite=Lax", "Secure"]));
    expect(cookie).not.toMatch(/Domain=/i);
    const maxAge = Number(/Max-Age=(\d+)/.exec(cookie)![1]);
    expect(maxAge).toBeGreaterThan(29 * 24 * 3600);
    expect(maxAge).toBeLessThanOrEqual(30 * 24 * 3600);
  });

  test("over plain http (local use): no prefix and no Secure, still HttpOnly and SameSite=Lax", () => {
    const request = new Request(`http://localhost:3000/t/${joinId}`);
    const cookie = memberCookie(request, joinId, token, expires);
    expect(cookie.startsWith(`round-${joinId}=`)).toBe(true);
    expect(cookie).not.toContain("Secure");
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
  });

  test("reads only a well-formed token under this round's exact cookie name", () => {
    const at = (cookie: string, url = `https://jwt.example/t/${joinId}`) =>
      memberToken(new Request(url, { headers: { Cookie: cookie } }), joinId);
    expect(at(`a=b; __Host-round-${joinId}=${token}; c=d`)).toBe(token);
    // Without the prefix over https: a cookie a subdomain or a plain-http page could have planted.
    expect(at(`round-${joinId}=${token}`)).toBeUndefined();
    expect(at(`__Host-round-${joinId}=${token}x`)).toBeUndefined();
    expect(at(`__Host-round-${newPublicId()}=${token}`)).toBeUndefined();
    expect(at("")).toBeUndefined();
    expect(at(`round-${joinId}=${token}`, `http://localhost/t/${joinId}`)).toBe(token);
    expect(memberToken(new Request("https://jwt.example/"), "not-an-id")).toBeUndefined();
  });
});

describe("refusal pages", () => {
  const cases: [RoundFailure, number, string][] = [
    ["not-found", 404, "Round not found"],
    ["expired", 410, "This round has expired"],
    ["full", 409, "This round is full"],
    ["revealed", 409, "The answers have been revealed"],
    ["not-revealed", 409, "Not revealed yet"],
    ["not-member", 403, "You have not joined this round"],
    ["facilitator-only", 403, "Only the facilitator can do this"],
    ["invalid", 400, "Check what you entered"],
    ["too-many", 429, "Too many requests"],
  ];
  test.each(cases)(
    "%s → %i with its own words and the capability headers",
    async (code, status, title) => {
      const request = new Request("https://jwt.example/t/x");
      let thrown: unknown;
      try {
        roundFailure(request, code, code === "too-many" ? 42 : undefined);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(Response);
      const response = thrown as Response;
      expect(response.status).toBe(status);
      expect(((await response.json()) as { title: string }).title).toBe(title);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      if (code === "too-many") expect(response.headers.get("retry-after")).toBe("42");
    },
  );

  test("in Japanese when the page is", async () => {
    const request = new Request("https://jwt.example/t/x?lang=ja");
    try {
      roundFailure(request, "expired");
    } catch (error) {
      expect(((await (error as Response).json()) as { title: string }).title).toBe(
        "このラウンドは期限切れです",
      );
      return;
    }
    throw new Error("not thrown");
  });
});

describe("round cookies stay bounded", () => {
  test(`joining with ${MAX_ROUND_COOKIES} round cookies already held expires the oldest, so the header cannot grow`, () => {
    const held = Array.from({ length: 25 }, () => `round-${newPublicId()}=${newEditToken()}`);
    const request = new Request(`http://localhost:3000/t/${joinId}`, {
      headers: { Cookie: ["lang=ja", ...held].join("; ") },
    });
    const set = memberCookies(request, joinId, token, expires);
    expect(set[0]).toBe(memberCookie(request, joinId, token, expires));
    const expired = set.slice(1).map((c) => c.split("=")[0]);
    // The oldest ones (sent first) go; the browser keeps the newest ones plus this one.
    expect(expired).toEqual(held.slice(0, 25 - MAX_ROUND_COOKIES + 1).map((c) => c.split("=")[0]));
    expect(set.slice(1).every((c) => c.includes("Max-Age=0") && c.includes("Path=/"))).toBe(true);
    // Another cookie of the site is never touched.
    expect(set.some((c) => c.startsWith("lang="))).toBe(false);
  });

  test("250 round cookies: the 30 oldest go with the join (the answer's headers stay small), pages expire the rest", () => {
    const held = Array.from({ length: 250 }, () => `round-${newPublicId()}=${newEditToken()}`);
    const request = new Request(`http://localhost:3000/t/${joinId}`, {
      headers: { Cookie: held.join("; ") },
    });
    const expired = memberCookies(request, joinId, token, expires)
      .slice(1)
      .map((c) => c.split("=")[0]);
    expect(expired).toEqual(held.slice(0, 30).map((c) => c.split("=")[0]));
  });

  test("the member cookie ends with its round: Max-Age and Expires", () => {
    const cookie = memberCookie(
      new Request(`https://jwt.example/t/${joinId}`),
      joinId,
      token,
      expires,
    );
    expect(cookie).toContain(`Expires=${new Date(expires).toUTCString()}`);
  });

  test("under the cap nothing else is set", () => {
    const request = new Request(`https://jwt.example/t/${joinId}`, {
      headers: { Cookie: `__Host-round-${newPublicId()}=${newEditToken()}` },
    });
    expect(memberCookies(request, joinId, token, expires)).toHaveLength(1);
  });
});
