// Every check of an edit token goes through here (the edit page, revisiting a record), so guessing has one
// budget per client however the guesses arrive.
import { httpError } from "~/http/errors.server";
import { CAPABILITY_HEADERS } from "~/http/capability-headers.server";
import { TOKEN_MISSES, check, clientKey, hit } from "~/platform/rate-limit.server";
import { getRecordByEditToken, type StoredRecord } from "./records.server";
import { isWellFormedToken } from "~/platform/tokens.server";

/**
 * The record an edit token controls, or a thrown 404/429. The edit link is a capability URL (W3C TAG): no Referer,
 * no caching, no indexing, and guessing is rate limited. A client over the limit is refused before the token is
 * even looked up — otherwise a right guess would still answer 200 past the limit — and costs no write.
 */
export async function findRecordByToken(
  request: Request,
  token: string | null | undefined,
  clientIp: string | undefined,
): Promise<StoredRecord> {
  const key = `token-miss:${clientKey(clientIp)}`;
  const refuse = (retryAfterSeconds: number): never =>
    httpError(request, 429, {
      headers: CAPABILITY_HEADERS,
      retryAfterSeconds,
      limited: "edit-links",
    });
  const before = await check(key, TOKEN_MISSES);
  if (!before.allowed) refuse(before.retryAfterSeconds);
  const record = isWellFormedToken(token) ? await getRecordByEditToken(token) : undefined;
  if (record) return record;
  const limit = await hit(key, TOKEN_MISSES);
  if (!limit.allowed) refuse(limit.retryAfterSeconds);
  httpError(request, 404, { headers: CAPABILITY_HEADERS });
}

/** Counts a wrong edit token found elsewhere (a failed supersede) against the same budget. */
export async function countTokenMiss(clientIp: string | undefined): Promise<void> {
  await hit(`token-miss:${clientKey(clientIp)}`, TOKEN_MISSES);
}
