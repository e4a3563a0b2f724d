// @ts-check
// Configuration from the environment, validated once at start-up. See the README's configuration table.

const env = process.env;

/** @param {string} name @param {number} fallback @param {number} min @param {number} max */
function int(name, fallback, min, max) {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  }
  return n;
}

/** @param {string} name @param {boolean} fallback */
function bool(name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (raw === "1" || raw === "true") return true;
  if (raw === "0" || raw === "false") return false;
  throw new Error(`${name} must be 1/true or 0/false, got ${JSON.stringify(raw)}`);
}

/**
 * HSTS and `upgrade-insecure-requests` only make sense for a site its users reach over https: on an http origin
 * they would send browsers to an https address that may not exist. So both follow PUBLIC_ORIGIN, and HSTS=1 with
 * an http (or unset) origin is a configuration error rather than a header that strands users.
 * @param {string | undefined} publicOrigin @param {boolean | undefined} hstsWanted
 */
export function transportSecurity(publicOrigin, hstsWanted) {
  const https = publicOrigin?.startsWith("https:") ?? false;
  if (hstsWanted && !https) {
    throw new Error(
      `HSTS=1 needs PUBLIC_ORIGIN to be an https origin, got ${JSON.stringify(publicOrigin ?? "")}`,
    );
  }
  return { https, hsts: hstsWanted ?? https };
}

const port = int("PORT", 3000, 0, 65535);

/**
 * The origin users reach the app at; used for Origin checks on POSTs and absolute links. Unset, the app answers
 * on loopback under the name the request used (server/origin.js) and elsewhere as http://localhost:PORT.
 */
const publicOrigin = env.PUBLIC_ORIGIN ? new URL(env.PUBLIC_ORIGIN).origin : undefined;

export const config = {
  port,
  host: env.HOST || "0.0.0.0",
  publicOrigin,
  /** The origin for requests that name no loopback host while PUBLIC_ORIGIN is unset. */
  fallbackOrigin: `http://localhost:${port}`,
  /**
   * `https`: the public origin is https (CSP upgrade-insecure-requests). `hsts`: send Strict-Transport-Security;
   * on by default with an https origin, refused with any other.
   */
  ...transportSecurity(publicOrigin, env.HSTS ? bool("HSTS", false) : undefined),
  /** Number of reverse proxies in front of the app whose X-Forwarded-For may be trusted. */
  trustProxy: int("TRUST_PROXY", 0, 0, 10),
  /** Largest request body accepted, in bytes; larger ones get 413 before being read whole. */
  maxBodyBytes: int("MAX_BODY_BYTES", 16 * 1024, 1024, 1024 * 1024),
  /** Grace period for in-flight requests after SIGTERM, in milliseconds. */
  shutdownGraceMs: int("SHUTDOWN_GRACE_MS", 10_000, 0, 120_000),
  logRequests: bool("LOG_REQUESTS", false),
  /** Rendered /decision and /api/decision responses kept in memory (0 turns the cache off). */
  pageCacheEntries: int("PAGE_CACHE_ENTRIES", 256, 0, 100_000),
};
