// @ts-check
// Round cookies (one per joined team round, app/rounds/http.server.ts) kept bounded on every page. Joining caps
// them at MAX_ROUND_COOKIES, but a browser can arrive with more: cookies from before the cap, or a Cookie header
// that other cookies on the origin already made large. Each page answer then expires the oldest round cookies
// beyond the cap (browsers send older cookies first, RFC 6265 5.4), so the header shrinks on the next request;
// the pages ignore every round cookie but the one of the round they show. Dropping a cookie only means that
// browser can no longer change its answers in that older round.

/** Round cookies one browser keeps at most (each is about 80 bytes). */
export const MAX_ROUND_COOKIES = 20;

/**
 * Round cookies one answer expires at most (each Set-Cookie is about 110 bytes): reverse proxies refuse answers
 * whose headers pass their buffer (nginx: 4 or 8 KB by default), so a very long header shrinks over a few pages.
 */
export const MAX_EXPIRED_PER_ANSWER = 30;

/** A round cookie's name: `round-<join id>`, with `__Host-` when the site is served over https. */
export const ROUND_COOKIE = /^(?:__Host-)?round-[A-Za-z0-9_-]{22}$/;

/** The names of the cookies a Cookie header sends, in its order, each once. */
export function cookieNames(/** @type {string | undefined} */ header) {
  const names = (header ?? "")
    .split(";")
    .map((part) => part.slice(0, Math.max(0, part.indexOf("="))).trim())
    .filter(Boolean);
  return [...new Set(names)];
}

/** A Set-Cookie that removes the named round cookie (same attributes as when it was set). */
export function expiredRoundCookie(/** @type {string} */ name, /** @type {boolean} */ https) {
  return [
    `${name}=`,
    "Path=/",
    "Max-Age=0",
    "Expires=Thu, 01 Jan 1970 00:00:00 GMT",
    "HttpOnly",
    "SameSite=Lax",
    ...(https || name.startsWith("__Host-") ? ["Secure"] : []),
  ].join("; ");
}

/**
 * Set-Cookie headers that expire this browser's oldest round cookies beyond the cap, given the request's Cookie
 * header and the Set-Cookie headers the answer already carries (a cookie it sets or expires is not counted twice).
 * @param {string | undefined} cookieHeader @param {string[]} setCookies @param {boolean} https
 * @returns {string[]}
 */
export function roundCookieTrim(cookieHeader, setCookies, https) {
  const sent = cookieNames(cookieHeader).filter((name) => ROUND_COOKIE.test(name));
  // The round cookies the browser holds after this answer: those it sent, less those the answer expires, plus
  // those it sets.
  const after = new Set(sent);
  const touched = new Set();
  let expiring = 0;
  for (const cookie of setCookies) {
    const name = cookie.slice(0, Math.max(0, cookie.indexOf("="))).trim();
    if (!ROUND_COOKIE.test(name)) continue;
    touched.add(name);
    if (/;\s*max-age=0\s*(?:;|$)/i.test(cookie)) {
      after.delete(name);
      expiring++;
    } else after.add(name);
  }
  const excess = Math.min(after.size - MAX_ROUND_COOKIES, MAX_EXPIRED_PER_ANSWER - expiring);
  if (excess <= 0) return [];
  return sent
    .filter((name) => !touched.has(name))
    .slice(0, excess)
    .map((name) => expiredRoundCookie(name, https));
}
