// The baseline values every plan, checklist and export states: one table, so a page never shows two values
// for the same thing (SPEC principle 13). Plans read the phrases below; the content under content/{en,ja} states
// the same numbers or none (app/content/sentences.test.ts checks every page of the answer space against it).
import type { Localized, Logout } from "./questions";
import type { SourceId } from "./sources";

/** How much a stolen session costs. Today's questionnaire does not ask it: every answer set is `standard`. */
export const ASSURANCE_LEVELS = ["standard", "high"] as const;
export type Assurance = (typeof ASSURANCE_LEVELS)[number];
export const CURRENT_ASSURANCE: Assurance = "standard";

interface Range {
  min: number;
  max: number;
  unit: "minutes" | "hours" | "days";
}

interface Timeouts {
  idle: Range;
  absolute: Range;
  sources: SourceId[];
}

export const baseline = {
  /**
   * OWASP's Session Management Cheat Sheet: idle 2–5 minutes for high-value applications, 15–30 minutes for
   * low-risk ones; the absolute timeout follows the working session (a workday app: about 4–8 hours). For high
   * assurance it gives no number beyond "hours"; 1–4 hours keeps it well under a workday.
   */
  timeouts: {
    standard: {
      idle: { min: 15, max: 30, unit: "minutes" },
      absolute: { min: 4, max: 8, unit: "hours" },
      sources: ["owasp-session"],
    },
    high: {
      idle: { min: 2, max: 5, unit: "minutes" },
      absolute: { min: 1, max: 4, unit: "hours" },
      sources: ["owasp-session"],
    },
  } satisfies Record<Assurance, Timeouts>,
  /** Every session cookie: Lax keeps top-level links from other sites signed in; CSRF defence is required anyway. */
  sameSite: "Lax",
  /**
   * OWASP asks for at least 64 bits of entropy in a session ID; 128 random bits from a CSPRNG meet that with a
   * margin and are what every library generates. Pages state the one number they ask for: 128 random bits.
   */
  sessionIdBits: 128,
  /** Short-lived signed tokens (a stateless session, an access token): how long one lives, by logout answer. */
  signedToken: {
    immediate: { min: 5, max: 15, unit: "minutes" },
    minutes: { min: 5, max: 15, unit: "minutes" },
    expiry: { min: 15, max: 30, unit: "minutes" },
  } satisfies Record<Logout, Range>,
  /** The token a gateway hands each internal service. */
  internalToken: { min: 1, max: 2, unit: "minutes" } satisfies Range,
  /**
   * Refresh tokens are rotated on use (RFC 9700 §2.2.2) and never outlive an absolute limit: for a browser (held
   * by the BFF) the session's absolute timeout; for an app, how long a device may stay signed in.
   */
  refreshTokenAbsolute: {
    app: { min: 30, max: 30, unit: "days" },
  } satisfies Record<string, Range>,
  /**
   * A store that is only eventually consistent (an edge KV) limits writes per key: a session's last-seen time is
   * written at most this often, never on every request (SPEC principle 11).
   */
  idleWriteEvery: { min: 1, max: 1, unit: "minutes" } satisfies Range,
} as const;

const UNITS: Record<Range["unit"], Localized> = {
  minutes: { en: "minutes", ja: "分" },
  hours: { en: "hours", ja: "時間" },
  days: { en: "days", ja: "日" },
};

/** "15–30 minutes" / "15〜30 分". */
export function rangeText(r: Range): Localized {
  const en = r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`;
  const ja = r.min === r.max ? `${r.min}` : `${r.min}〜${r.max}`;
  const unit = en === "1" ? UNITS[r.unit].en.replace(/s$/, "") : UNITS[r.unit].en;
  return { en: `${en} ${unit}`, ja: `${ja} ${UNITS[r.unit].ja}` };
}

export function idleTimeout(level: Assurance = CURRENT_ASSURANCE): Localized {
  return rangeText(baseline.timeouts[level].idle);
}

export function absoluteTimeout(level: Assurance = CURRENT_ASSURANCE): Localized {
  return rangeText(baseline.timeouts[level].absolute);
}

export function signedTokenLifetime(logout: Logout): Localized {
  return rangeText(baseline.signedToken[logout]);
}

export const internalTokenLifetime = (): Localized => rangeText(baseline.internalToken);
export const appRefreshLimit = (): Localized => rangeText(baseline.refreshTokenAbsolute.app);

export const SESSION_ID_ENTROPY: Localized = {
  en: `${baseline.sessionIdBits} random bits from a secure random generator (CSPRNG)`,
  ja: `安全な乱数生成器（CSPRNG）による ${baseline.sessionIdBits} ビットのランダムな値`,
};

export const SAME_SITE = `SameSite=${baseline.sameSite}`;

export const idleWriteEvery = (): Localized => rangeText(baseline.idleWriteEvery);

/**
 * How long a deletion in an eventually consistent store takes to reach every location: no table value, because
 * none is guaranteed (an edge KV documents about a minute or more).
 */
export const EVENTUAL_PROPAGATION: Localized = {
  en: "about a minute or more at an edge KV, with no guaranteed bound",
  ja: "エッジの KV では 1 分程度かそれ以上で、上限は保証されません",
};
