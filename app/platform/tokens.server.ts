// Capability tokens for saved records (reliability.md D1, D2): a public id that names a record and a secret edit
// token that grants the right to change it. Only the SHA-256 of an edit token is ever stored.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// The last character of canonical base64url carries only the bits left over (2 for 16 bytes, 4 for 32), so
// a strict pattern refuses the other spellings of the same bytes as well as anything malformed.
const PUBLIC_ID_PATTERN = /^[A-Za-z0-9_-]{21}[AQgw]$/;
const EDIT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;

/** A 128-bit random public id: 22 base64url characters, never derived from a counter. */
export function newPublicId(): string {
  return randomBytes(16).toString("base64url");
}

/** A 256-bit random edit token: 43 base64url characters. Shown to the user once; only its hash is kept. */
export function newEditToken(): string {
  return randomBytes(32).toString("base64url");
}

/** SHA-256 of a token as lowercase hex: what the database stores and looks up by. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Constant-time string equality; unequal lengths are false without revealing where they differ. */
export function tokensMatch(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  if (left.length !== right.length) {
    timingSafeEqual(left, left);
    return false;
  }
  return timingSafeEqual(left, right);
}

/** True for a string shaped like an edit token; anything else is refused before any query. */
export function isWellFormedToken(value: unknown): value is string {
  return typeof value === "string" && EDIT_TOKEN_PATTERN.test(value);
}

/** True for a string shaped like a public id; anything else is refused before any query. */
export function isWellFormedPublicId(value: unknown): value is string {
  return typeof value === "string" && PUBLIC_ID_PATTERN.test(value);
}
