// The saved-records repository. A record is an immutable snapshot of the answers, the decision, the ruleset
// version and the content hash; only the team's own fields (title, notes, people, status) can change later,
// through the edit token, with optimistic concurrency on `version`.
import * as z from "zod";
import {
  evaluateDecision,
  formatShareLink,
  parseShareLink,
  rulesetVersion,
  type Answers,
} from "~/decision";
import type { Selectable } from "kysely";
import { getDb, type Db, type RecordsTable } from "~/platform/db.server";
import type { InputDisagreement } from "./document";
import {
  RECORD_STATUSES,
  type DecisionSnapshot,
  type RecordStatus,
  type StoredRecord,
} from "./madr";
import {
  hashToken,
  isWellFormedPublicId,
  isWellFormedToken,
  newEditToken,
  newPublicId,
  tokensMatch,
} from "~/platform/tokens.server";

export { RECORD_STATUSES, type DecisionSnapshot, type RecordStatus };

export const RECORD_LIMITS = { title: 120, context: 4000, names: 20, name: 80 } as const;

const LINE_BREAKS = /\r\n?|\n/g;

/** Forms never send control characters and PostgreSQL text cannot hold NUL; notes may keep tab and newline. */
function noControl(allowTabAndNewline: boolean) {
  return (value: string) => {
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if ((c < 0x20 || c === 0x7f) && !(allowTabAndNewline && (c === 0x09 || c === 0x0a)))
        return false;
    }
    return true;
  };
}

/** A comma- or newline-separated string, or an array, becomes a list of trimmed, non-empty names. */
function splitNames(value: unknown): unknown {
  if (value === undefined || value === null) return [];
  const items = typeof value === "string" ? value.split(/[,\n\r]/) : value;
  if (!Array.isArray(items)) return value;
  return items
    .map((item: unknown) => (typeof item === "string" ? item.trim() : item))
    .filter((item) => item !== "");
}

const names = z.preprocess(
  splitNames,
  z.array(z.string().max(RECORD_LIMITS.name).refine(noControl(false))).max(RECORD_LIMITS.names),
);

/** The fields a team types in. Accepts form values as they come (strings) and normalises them. */
export const RecordFieldsSchema = z.object({
  // A title is one line: line breaks become spaces.
  title: z.preprocess(
    (v) => (typeof v === "string" ? v.replace(LINE_BREAKS, " ") : v),
    z.string().trim().min(1).max(RECORD_LIMITS.title).refine(noControl(false)),
  ),
  context: z
    .preprocess(
      (v) => (typeof v === "string" ? v.replace(LINE_BREAKS, "\n") : v),
      z.string().trim().max(RECORD_LIMITS.context).refine(noControl(true)),
    )
    .default(""),
  deciders: names,
  consulted: names,
  informed: names,
  status: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(RECORD_STATUSES).default("proposed"),
  ),
});

export type RecordFields = z.output<typeof RecordFieldsSchema>;
export type RecordField = keyof RecordFields;
export type RecordFieldErrorCode =
  | "required"
  | "too-long"
  | "too-many"
  | "invalid"
  | "superseded-locked"
  | "superseded-needs-successor";
export type RecordFieldErrors = Partial<Record<RecordField, RecordFieldErrorCode[]>>;

/** Field errors by field as stable codes, for messages in the page's language. */
export function recordFieldErrors(error: z.ZodError): RecordFieldErrors {
  const out: RecordFieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as RecordField | undefined;
    if (field === undefined) continue;
    const code: RecordFieldErrorCode =
      issue.code === "too_small"
        ? "required"
        : issue.code === "too_big"
          ? issue.path.length === 1 && issue.origin === "array"
            ? "too-many"
            : "too-long"
          : "invalid";
    const list = (out[field] ??= []);
    if (!list.includes(code)) list.push(code);
  }
  return out;
}

/** Validates form input; never throws. */
export function parseRecordFields(
  input: unknown,
): { success: true; fields: RecordFields } | { success: false; errors: RecordFieldErrors } {
  const result = RecordFieldsSchema.safeParse(input);
  return result.success
    ? { success: true, fields: result.data }
    : { success: false, errors: recordFieldErrors(result.error) };
}

export type { StoredRecord };

export type RecordErrorCode = "edit-token-mismatch" | "already-superseded";

/** A refused operation the caller should explain to the user (not a bug). */
export class RecordError extends Error {
  constructor(readonly code: RecordErrorCode) {
    super(code);
    this.name = "RecordError";
  }
}

/** Valid input that the record's state does not allow: a 400 naming the field. */
export class RecordFieldError extends Error {
  constructor(
    readonly field: RecordField,
    readonly code: RecordFieldErrorCode,
  ) {
    super(`${field}: ${code}`);
    this.name = "RecordFieldError";
  }
}

/**
 * "Superseded" is a fact about links between records, not a choice: a record has it exactly when a newer record
 * replaced it (set by revisiting, in one transaction). So a superseded record cannot be set back to another
 * status, and no other record can claim it.
 */
export function statusTransitionError(
  status: RecordStatus,
  hasSuccessor: boolean,
): RecordFieldErrorCode | undefined {
  if (hasSuccessor && status !== "superseded") return "superseded-locked";
  if (!hasSuccessor && status === "superseded") return "superseded-needs-successor";
  return undefined;
}

export interface CreateRecordInput {
  /** The new record's public id, when the caller chose it (a round's save key); else a fresh random one. */
  publicId?: string;
  /** Raw form values or already parsed fields; validated again here (throws ZodError naming the field). */
  fields: unknown;
  answers: Answers;
  /** Hash of the rationale content the decision page showed; defaults to the ruleset version. */
  contentHash?: string;
  /** The old record's edit token: the new record supersedes it, both linked in one transaction. */
  supersedesEditToken?: string;
  /** A record saved from a team round: each disagreement and how it was settled (stored as JSON; not kept
   *  together with supersedesEditToken, a round's record is always a new one). */
  disagreements?: readonly RecordDisagreement[];
}

/** One question a team disagreed on: the answers in play with how many gave each, and the settled answer. */
export type RecordDisagreement = InputDisagreement;

/** The records table with the column added by migration 0004 (null for records not saved from a round). */
type WithDisagreements = { records: { disagreements: string | null } };

export interface CreatedRecord {
  publicId: string;
  /** The only copy of the secret: show it once, never log it. */
  editToken: string;
  record: StoredRecord;
}

function snapshotOf(decision: Awaited<ReturnType<typeof evaluateDecision>>): DecisionSnapshot {
  const { trace: _trace, ...snapshot } = decision;
  return snapshot;
}

/** The columns anyone with the public link may see. */
type PublicRow = Pick<Selectable<RecordsTable>, (typeof PUBLIC_COLUMNS)[number]>;

function toStoredRecord(row: PublicRow): StoredRecord {
  const parsed = parseShareLink(row.answers_query);
  return {
    publicId: row.public_id,
    title: row.title,
    context: row.context,
    deciders: JSON.parse(row.deciders) as string[],
    consulted: JSON.parse(row.consulted) as string[],
    informed: JSON.parse(row.informed) as string[],
    status: row.status as RecordStatus,
    answersQuery: row.answers_query,
    answers: parsed.success ? parsed.link.answers : parsed.valid,
    answersComplete: parsed.success,
    decision: JSON.parse(row.decision_json) as DecisionSnapshot,
    rulesetVersion: row.ruleset_version,
    contentHash: row.content_hash,
    ...(row.supersedes !== null && { supersedes: row.supersedes }),
    ...(row.superseded_by !== null && { supersededBy: row.superseded_by }),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const PUBLIC_COLUMNS = [
  "public_id",
  "title",
  "context",
  "deciders",
  "consulted",
  "informed",
  "status",
  "answers_query",
  "decision_json",
  "ruleset_version",
  "content_hash",
  "supersedes",
  "superseded_by",
  "version",
  "created_at",
  "updated_at",
] as const satisfies readonly (keyof RecordsTable)[];

function fieldColumns(fields: RecordFields) {
  return {
    title: fields.title,
    context: fields.context,
    deciders: JSON.stringify(fields.deciders),
    consulted: JSON.stringify(fields.consulted),
    informed: JSON.stringify(fields.informed),
    status: fields.status,
  };
}

/** How long a replaced edit token keeps working while its replacement has never been used. */
const PREVIOUS_TOKEN_GRACE_MS = 24 * 60 * 60 * 1000;

/**
 * Finds the row an edit token controls: by hash, then a constant-time comparison of the hashes. The current
 * token matches; so does the token it replaced, while the new one has never been used (ADR 0008). The first use
 * of the new token revokes the replaced one.
 */
async function rowForToken(db: Db, token: string) {
  if (!isWellFormedToken(token)) return undefined;
  const hash = hashToken(token);
  const row = await db
    .selectFrom("records")
    .select([...PUBLIC_COLUMNS, "edit_token_hash", "previous_token_hash", "rotated_at"])
    .where((eb) => eb.or([eb("edit_token_hash", "=", hash), eb("previous_token_hash", "=", hash)]))
    .executeTakeFirst();
  if (!row) return undefined;
  if (tokensMatch(row.edit_token_hash, hash)) {
    if (row.previous_token_hash !== null) {
      await db
        .updateTable("records")
        .set({ previous_token_hash: null, rotated_at: null })
        .where("public_id", "=", row.public_id)
        .where("edit_token_hash", "=", hash)
        .execute();
    }
    return { ...row, previous_token_hash: null, via: "current" as const };
  }
  const rotatedAt = row.rotated_at === null ? NaN : Date.parse(row.rotated_at);
  if (
    row.previous_token_hash !== null &&
    tokensMatch(row.previous_token_hash, hash) &&
    Date.now() - rotatedAt < PREVIOUS_TOKEN_GRACE_MS
  ) {
    return { ...row, via: "previous" as const };
  }
  return undefined;
}

/** The public columns of a row found by token. */
function publicPart(row: NonNullable<Awaited<ReturnType<typeof rowForToken>>>) {
  const {
    edit_token_hash: _hash,
    previous_token_hash: _previous,
    rotated_at: _rotated,
    via: _via,
    ...publicRow
  } = row;
  return publicRow;
}

/** Saves a new record and returns its public id and the edit token (shown once). */
export async function createRecord(input: CreateRecordInput, db?: Db): Promise<CreatedRecord> {
  const fields = RecordFieldsSchema.parse(input.fields);
  // A new record has no successor yet (superseding sets the status of the old one, not of this one).
  const statusError = statusTransitionError(fields.status, false);
  if (statusError) throw new RecordFieldError("status", statusError);
  const database = db ?? (await getDb());
  if (input.supersedesEditToken !== undefined && !isWellFormedToken(input.supersedesEditToken)) {
    throw new RecordError("edit-token-mismatch");
  }
  const decision = await evaluateDecision(input.answers);
  const publicId = input.publicId ?? newPublicId();
  const editToken = newEditToken();
  const now = new Date().toISOString();
  const row: PublicRow & { edit_token_hash: string } = {
    public_id: publicId,
    edit_token_hash: hashToken(editToken),
    ...fieldColumns(fields),
    answers_query: formatShareLink({ answers: input.answers }),
    decision_json: JSON.stringify(snapshotOf(decision)),
    ruleset_version: rulesetVersion,
    content_hash: input.contentHash ?? rulesetVersion,
    supersedes: null,
    superseded_by: null,
    version: 1,
    created_at: now,
    updated_at: now,
  };

  const supersedesToken = input.supersedesEditToken;
  let supersedes: string | null = null;
  if (input.disagreements !== undefined && supersedesToken === undefined) {
    await database
      .withTables<WithDisagreements>()
      .insertInto("records")
      .values({ ...row, disagreements: JSON.stringify(input.disagreements) })
      .execute();
  } else if (supersedesToken === undefined) {
    await database.insertInto("records").values(row).execute();
  } else {
    supersedes = await database.transaction().execute(async (tx) => {
      const old = await rowForToken(tx, supersedesToken);
      if (!old) throw new RecordError("edit-token-mismatch");
      if (old.superseded_by !== null) throw new RecordError("already-superseded");
      await tx
        .insertInto("records")
        .values({ ...row, supersedes: old.public_id })
        .execute();
      const updated = await tx
        .updateTable("records")
        .set((eb) => ({
          status: "superseded",
          superseded_by: publicId,
          version: eb("version", "+", 1),
          updated_at: now,
        }))
        .where("public_id", "=", old.public_id)
        .where("superseded_by", "is", null)
        .executeTakeFirst();
      // Another instance superseded it between our read and this write (PostgreSQL, READ COMMITTED).
      if (updated.numUpdatedRows !== 1n) throw new RecordError("already-superseded");
      return old.public_id;
    });
  }
  const { edit_token_hash: _hash, ...publicRow } = row;
  return { publicId, editToken, record: toStoredRecord({ ...publicRow, supersedes }) };
}

/** The public view of a record, or undefined for an unknown or malformed id. */
export async function getRecord(publicId: string, db?: Db): Promise<StoredRecord | undefined> {
  if (!isWellFormedPublicId(publicId)) return undefined;
  const database = db ?? (await getDb());
  const row = await database
    .selectFrom("records")
    .select(PUBLIC_COLUMNS)
    .where("public_id", "=", publicId)
    .executeTakeFirst();
  return row && toStoredRecord(row);
}

/** How the disagreements of the team round a record was saved from were settled; empty for other records. */
export async function getRecordDisagreements(
  publicId: string,
  db?: Db,
): Promise<RecordDisagreement[]> {
  if (!isWellFormedPublicId(publicId)) return [];
  const database = (db ?? (await getDb())).withTables<WithDisagreements>();
  const row = await database
    .selectFrom("records")
    .select("disagreements")
    .where("public_id", "=", publicId)
    .executeTakeFirst();
  return row?.disagreements ? (JSON.parse(row.disagreements) as RecordDisagreement[]) : [];
}

/** The record an edit token controls, or undefined for a wrong or malformed token. */
export async function getRecordByEditToken(
  token: string,
  db?: Db,
): Promise<StoredRecord | undefined> {
  const row = await rowForToken(db ?? (await getDb()), token);
  if (!row) return undefined;
  return toStoredRecord(publicPart(row));
}

/**
 * Changes a record's own fields (never its snapshot). `expectedVersion` is the version the editor loaded:
 * if someone saved in between, nothing is written and the result is "conflict". Undefined: wrong token.
 * Invalid fields throw a ZodError naming the field.
 */
export async function updateRecord(
  token: string,
  fields: unknown,
  expectedVersion: number,
  db?: Db,
): Promise<StoredRecord | "conflict" | undefined> {
  const parsed = RecordFieldsSchema.parse(fields);
  const database = db ?? (await getDb());
  const row = await rowForToken(database, token);
  if (!row) return undefined;
  const statusError = statusTransitionError(parsed.status, row.superseded_by !== null);
  if (statusError) throw new RecordFieldError("status", statusError);
  if (!Number.isSafeInteger(expectedVersion) || expectedVersion !== Number(row.version))
    return "conflict";
  const updated = await database
    .updateTable("records")
    .set({
      ...fieldColumns(parsed),
      version: expectedVersion + 1,
      updated_at: new Date().toISOString(),
    })
    .where("public_id", "=", row.public_id)
    .where("version", "=", expectedVersion)
    .returning(PUBLIC_COLUMNS)
    .executeTakeFirst();
  return updated ? toStoredRecord(updated) : "conflict";
}

/**
 * Replaces a record's edit link (a capability URL can leak; the owner must be able to revoke it). Returns the new
 * token, shown once. The old token stops working when the new one is first used — at once in practice, since the
 * browser follows the redirect to the new link — or after a day. If the response with the new link is lost, the
 * owner still holds a working link: using it to replace again gives another new link and voids the lost one.
 * Undefined when the token matches no record.
 */
export async function rotateEditToken(token: string, db?: Db): Promise<string | undefined> {
  const database = db ?? (await getDb());
  const row = await rowForToken(database, token);
  if (!row) return undefined;
  const next = newEditToken();
  const updated = await database
    .updateTable("records")
    .set({
      edit_token_hash: hashToken(next),
      previous_token_hash: row.via === "previous" ? row.previous_token_hash : row.edit_token_hash,
      rotated_at: new Date().toISOString(),
    })
    .where("public_id", "=", row.public_id)
    .where("edit_token_hash", "=", row.edit_token_hash)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1 ? next : undefined;
}
