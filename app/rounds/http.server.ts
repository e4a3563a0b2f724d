// Request helpers of the round pages: the page language, error pages with their own words, the member cookie
// and the rate limits. Every round page carries a capability in its URL or cookie, so every response sends
// no-referrer, no-store and noindex (docs/decisions/0008-capability-urls.md).
import { json } from "@remix-run/node";
import { isLang, resolveLang, type Lang, format, roundText } from "~/i18n";
import { CAPABILITY_HEADERS, capabilityRouteHeaders } from "~/http/capability-headers.server";
import { check, clientKey, hit, type RateLimit } from "~/platform/rate-limit.server";
import { isWellFormedPublicId, isWellFormedToken } from "~/platform/tokens.server";
import { RoundError, type RoundErrorCode } from "./rounds.server";
import {
  MAX_EXPIRED_PER_ANSWER,
  MAX_ROUND_COOKIES,
  ROUND_COOKIE,
  cookieNames,
  expiredRoundCookie,
} from "../../server/round-cookies.js";

export { MAX_ROUND_COOKIES };

export { CAPABILITY_HEADERS, capabilityRouteHeaders };

export function pageLang(request: Request): { lang: Lang; chosenLang?: Lang } {
  const url = new URL(request.url);
  const chosen = url.searchParams.get("lang");
  return {
    lang: resolveLang(url, request.headers.get("accept-language")),
    ...(isLang(chosen) && { chosenLang: chosen }),
  };
}

/** `?lang=xx` when the person chose a language in the URL, else "". */
export function langQuery(request: Request): string {
  const { chosenLang } = pageLang(request);
  return chosenLang ? `?lang=${chosenLang}` : "";
}

export type RoundFailure = RoundErrorCode | "facilitator-only" | "too-many";

const STATUS: Record<RoundFailure, number> = {
  "not-found": 404,
  expired: 410,
  full: 409,
  revealed: 409,
  "not-revealed": 409,
  "not-member": 403,
  "name-taken": 400,
  stale: 409,
  "facilitator-only": 403,
  invalid: 400,
  "too-many": 429,
};

/**
 * Throws the error page of a refused round operation, in the request's language. Nothing was changed.
 * `setCookie`: a Set-Cookie header the page carries (the expiry of a cookie for a round that is gone).
 */
export function roundFailure(
  request: Request,
  code: RoundFailure,
  retryAfterSeconds?: number,
  setCookie?: string,
): never {
  const t = roundText(pageLang(request).lang).errors[code];
  const headers: Record<string, string> = { ...CAPABILITY_HEADERS };
  if (retryAfterSeconds !== undefined) headers["Retry-After"] = String(retryAfterSeconds);
  if (setCookie) headers["Set-Cookie"] = setCookie;
  throw json(
    { title: t.title, body: format(t.body, { seconds: retryAfterSeconds ?? 60 }) },
    { status: STATUS[code], headers },
  );
}

/** Runs a round operation; a RoundError becomes its 4xx page. */
export async function orFail<T>(request: Request, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof RoundError) roundFailure(request, error.code);
    throw error;
  }
}

function envLimit(name: string, fallback: number, windowSeconds: number): RateLimit {
  const raw = process.env[name];
  const limit = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new Error(`${name} must be a positive integer, got ${JSON.stringify(raw)}`);
  }
  return { limit, windowSeconds };
}

/**
 * Rate limits per client address, shared by every instance (the records store's limiter). Joining and answering
 * allow a whole office behind one NAT address: 50 members joining and answering a few times each.
 */
export const LIMITS = {
  create: () => envLimit("RATE_LIMIT_ROUNDS", 10, 60),
  answer: () => envLimit("RATE_LIMIT_ROUND_ANSWERS", 400, 60),
  miss: () => ({ limit: 30, windowSeconds: 60 }),
};

/** Counts one request against a limit; over the limit, the 429 page. */
export async function limit(
  request: Request,
  clientIp: string | undefined,
  name: keyof typeof LIMITS,
): Promise<void> {
  const result = await hit(`round-${name}:${clientKey(clientIp)}`, LIMITS[name]());
  if (!result.allowed) roundFailure(request, "too-many", result.retryAfterSeconds);
}

const missKey = (clientIp: string | undefined) => `round-miss:${clientKey(clientIp)}`;

/**
 * Looks up a round by a capability (join id or facilitator token) under the guessing budget. The budget is checked
 * before the look-up, so that past it a right guess is refused as well (ADR 0008); a miss is counted, then 404.
 * A refused client costs no database write. Other refusals (expired …) become their own pages. With `joinId`, a
 * 404 or 410 also expires this browser's cookie for that round (it names a round that is gone).
 */
export async function findByCapability<T>(
  request: Request,
  clientIp: string | undefined,
  lookup: () => Promise<T>,
  joinId?: string,
): Promise<T> {
  const budget = await check(missKey(clientIp), LIMITS.miss());
  if (!budget.allowed) roundFailure(request, "too-many", budget.retryAfterSeconds);
  try {
    return await lookup();
  } catch (error) {
    if (!(error instanceof RoundError)) throw error;
    if (error.code === "not-found") {
      const counted = await hit(missKey(clientIp), LIMITS.miss());
      if (!counted.allowed) roundFailure(request, "too-many", counted.retryAfterSeconds);
    }
    const gone = error.code === "not-found" || error.code === "expired";
    roundFailure(
      request,
      error.code,
      undefined,
      gone ? staleMemberCookie(request, joinId) : undefined,
    );
  }
}

/** The expiry of this browser's cookie for a round that is gone, if it sent one. */
function staleMemberCookie(request: Request, joinId: string | undefined): string | undefined {
  if (joinId === undefined || !isWellFormedPublicId(joinId)) return undefined;
  const name = memberCookieName(request, joinId);
  if (!cookieNames(request.headers.get("cookie") ?? "").includes(name)) return undefined;
  return expiredRoundCookie(name, isHttps(request));
}

function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:";
}

/** The member cookie's name: `__Host-` (Secure, Path=/, no Domain) when the site is served over https. */
export function memberCookieName(request: Request, joinId: string): string {
  return `${isHttps(request) ? "__Host-" : ""}round-${joinId}`;
}

/** The member capability this browser holds for a round, if any (well-formed only). */
export function memberToken(request: Request, joinId: string): string | undefined {
  if (!isWellFormedPublicId(joinId)) return undefined;
  const name = memberCookieName(request, joinId);
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1 || part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    if (isWellFormedToken(value)) return value;
  }
  return undefined;
}

/**
 * Set-Cookie for a member capability: HttpOnly, SameSite=Lax, Secure on https, until the round expires (Max-Age,
 * and Expires for older clients).
 */
export function memberCookie(
  request: Request,
  joinId: string,
  token: string,
  expiresAt: string,
): string {
  const maxAge = Math.max(0, Math.floor((Date.parse(expiresAt) - Date.now()) / 1000));
  return [
    `${memberCookieName(request, joinId)}=${token}`,
    "Path=/",
    `Max-Age=${maxAge}`,
    `Expires=${new Date(expiresAt).toUTCString()}`,
    "HttpOnly",
    "SameSite=Lax",
    ...(isHttps(request) ? ["Secure"] : []),
  ].join("; ");
}

/**
 * The Set-Cookie headers for joining a round: the new member cookie, and the expiry of this browser's oldest
 * round cookies beyond the cap (browsers send older cookies first, RFC 6265 5.4). Dropping a cookie only means
 * that browser can no longer change its answers in that older round.
 */
export function memberCookies(
  request: Request,
  joinId: string,
  token: string,
  expiresAt: string,
): string[] {
  const own = memberCookieName(request, joinId);
  const others = cookieNames(request.headers.get("cookie") ?? "").filter(
    (name) => ROUND_COOKIE.test(name) && name !== own,
  );
  // At most MAX_EXPIRED_PER_ANSWER at once (the answer's headers stay small); later pages expire the rest.
  const excess = others.slice(
    0,
    Math.min(MAX_EXPIRED_PER_ANSWER, Math.max(0, others.length - MAX_ROUND_COOKIES + 1)),
  );
  return [
    memberCookie(request, joinId, token, expiresAt),
    ...excess.map((name) => expiredRoundCookie(name, isHttps(request))),
  ];
}

/** A date in the page's language (formatting lives with the words, in app/i18n). */
export { formatDate } from "~/i18n";
