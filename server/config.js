// @ts-check
// Configuration from the environment, validated once at start-up. See the README's configuration table.

const env = process.env;

function int(name, fallback, min, max) {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  }
  return n;
}

function bool(name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (raw === "1" || raw === "true") return true;
  if (raw === "0" || raw === "false") return false;
  throw new Error(`${name} must be 1/true or 0/false, got ${JSON.stringify(raw)}`);
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
  /** Send Strict-Transport-Security (on by default when the public origin is https). */
  hsts: bool("HSTS", publicOrigin?.startsWith("https:") ?? false),
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
