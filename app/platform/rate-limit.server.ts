// A fixed-window rate limiter kept in the records database, so that every app instance behind a load balancer
// counts against the same budget (reliability.md I1–I3). If the database is down the limiter throws: callers
// fail closed, which costs nothing extra because the write it guards would fail too.
import { isIPv4, isIPv6 } from "node:net";
import { sql } from "kysely";
import { getDb, type Db } from "./db.server";

export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

export interface RateLimitResult {
  allowed: boolean;
  /** Seconds until the window resets; 0 when allowed. For the Retry-After header. */
  retryAfterSeconds: number;
}

/**
 * Rows of windows older than this are deleted (at most once an hour per process, on the next hit), so client
 * addresses are kept about two days at most — the footer says so.
 */
const PRUNE_AFTER_SECONDS = 2 * 24 * 60 * 60;
const PRUNE_EVERY_SECONDS = 60 * 60;
let lastPruneSeconds = 0;

/**
 * Clients this process already knows to be over a limit, until their window ends. A client that keeps trying
 * after the limit costs no database write at all (and no read on this instance); other instances learn it from
 * the shared row with one read (check()).
 */
const blockedUntil = new Map<string, number>();
const BLOCKED_ENTRIES_MAX = 10_000;

function remember(key: string, untilSeconds: number) {
  if (blockedUntil.size >= BLOCKED_ENTRIES_MAX) blockedUntil.clear();
  blockedUntil.set(key, untilSeconds);
}

/**
 * Says whether `key` is still within its limit without counting anything: a read, never a write. Callers check
 * this before any work (a token lookup, a save) and count with hit() only what must be counted.
 */
export async function check(
  key: string,
  limit: RateLimit & { now?: Date },
  db?: Db,
): Promise<RateLimitResult> {
  const nowSeconds = Math.floor((limit.now ?? new Date()).getTime() / 1000);
  const known = blockedUntil.get(key);
  if (known !== undefined) {
    if (known > nowSeconds) return { allowed: false, retryAfterSeconds: known - nowSeconds };
    blockedUntil.delete(key);
  }
  const database = db ?? (await getDb());
  const windowStart = nowSeconds - (nowSeconds % limit.windowSeconds);
  const row = await database
    .selectFrom("rate_limits")
    .select(["count", "window_start"])
    .where("key", "=", key)
    .executeTakeFirst();
  if (!row || Number(row.window_start) < windowStart || Number(row.count) <= limit.limit) {
    return { allowed: true, retryAfterSeconds: 0 };
  }
  return refused(key, Number(row.window_start) + limit.windowSeconds, nowSeconds);
}

/**
 * Counts one request for `key` and says whether it is within the limit. One atomic upsert: concurrent
 * requests on several instances cannot both take the last slot. A key this process knows to be over its limit
 * is refused without touching the database.
 */
export async function hit(
  key: string,
  limit: RateLimit & { now?: Date },
  db?: Db,
): Promise<RateLimitResult> {
  const nowSeconds = Math.floor((limit.now ?? new Date()).getTime() / 1000);
  const known = blockedUntil.get(key);
  if (known !== undefined && known > nowSeconds) {
    return { allowed: false, retryAfterSeconds: known - nowSeconds };
  }
  const database = db ?? (await getDb());
  const windowStart = nowSeconds - (nowSeconds % limit.windowSeconds);
  // A later window resets the count; an earlier one (an instance with a slow clock) counts in the current one.
  const row = await database
    .insertInto("rate_limits")
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        count: sql<number>`case when excluded.window_start > rate_limits.window_start then 1 else rate_limits.count + 1 end`,
        window_start: sql<number>`case when excluded.window_start > rate_limits.window_start then excluded.window_start else rate_limits.window_start end`,
      }),
    )
    .returning(["count", "window_start"])
    .executeTakeFirstOrThrow();
  if (nowSeconds - lastPruneSeconds >= PRUNE_EVERY_SECONDS) {
    lastPruneSeconds = nowSeconds;
    await pruneRateLimits(nowSeconds, database);
  }
  const count = Number(row.count);
  if (count <= limit.limit) {
    blockedUntil.delete(key);
    return { allowed: true, retryAfterSeconds: 0 };
  }
  return refused(key, Number(row.window_start) + limit.windowSeconds, nowSeconds);
}

/** Over the limit until `resetAt` (seconds): remembered in this process, and the Retry-After to send. */
function refused(key: string, resetAt: number, nowSeconds: number): RateLimitResult {
  remember(key, resetAt);
  return { allowed: false, retryAfterSeconds: Math.max(1, resetAt - nowSeconds) };
}

/** Deletes windows that ended long ago. */
export async function pruneRateLimits(nowSeconds: number, db?: Db): Promise<void> {
  const database = db ?? (await getDb());
  await database
    .deleteFrom("rate_limits")
    .where("window_start", "<", nowSeconds - PRUNE_AFTER_SECONDS)
    .execute();
}

/**
 * Wrong or malformed edit tokens per client per minute, shared by every place that checks a token (the edit page,
 * revisiting a record): guessing is limited however the guesses arrive.
 */
export const TOKEN_MISSES: RateLimit = { limit: 20, windowSeconds: 60 };

/**
 * The record-creation limit: RATE_LIMIT_CREATE saves per client per minute (default 5). Tests and load
 * scripts raise it.
 */
export function createRecordLimit(
  env: Record<string, string | undefined> = process.env,
): RateLimit {
  const raw = env.RATE_LIMIT_CREATE;
  const limit = raw === undefined || raw === "" ? 5 : Number(raw);
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new Error(`RATE_LIMIT_CREATE must be a positive integer, got ${JSON.stringify(raw)}`);
  }
  return { limit, windowSeconds: 60 };
}

/** Eight 16-bit groups of an IPv6 address (which net.isIPv6 has already accepted). */
function ipv6Groups(address: string): number[] {
  let text = address;
  const tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split(".").map(Number) as [number, number, number, number];
    tail.push((a << 8) | b, (c << 8) | d);
    text = text.slice(0, -dotted[1]!.length);
    if (text.endsWith(":") && !text.endsWith("::")) text = text.slice(0, -1);
  }
  const parse = (part: string) => (part === "" ? [] : part.split(":").map((g) => parseInt(g, 16)));
  const [head, rest] = text.includes("::")
    ? (text.split("::") as [string, string])
    : [text, undefined];
  const left = parse(head);
  const right = [...(rest === undefined ? [] : parse(rest)), ...tail];
  if (rest === undefined) return [...left, ...tail];
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/**
 * The rate-limit identity of a client address. IPv4 as is; an IPv4-mapped IPv6 address (`::ffff:a.b.c.d`)
 * as its IPv4 address, so that each such client keeps its own bucket; other IPv6 addresses by their /56
 * prefix, the smallest block one subscriber usually gets, so that rotating addresses does not reset the limit.
 */
export function clientKey(ip: string | undefined): string {
  if (!ip) return "unknown";
  const address = ip.replace(/%.*$/, "");
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return `other:${address.slice(0, 64)}`;
  const g = ipv6Groups(address.toLowerCase());
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) {
    return [g[6]! >> 8, g[6]! & 0xff, g[7]! >> 8, g[7]! & 0xff].join(".");
  }
  const prefix = [g[0]!, g[1]!, g[2]!, g[3]! & 0xff00].map((x) => x.toString(16)).join(":");
  return `${prefix}::/56`;
}
