// Team rounds in the records store (SQLite or PostgreSQL; migration 0003). A round is named by its join id
// (128-bit, shared in chat); the facilitator holds a 256-bit capability and each member another one (kept in a
// cookie). Only SHA-256 hashes of the capabilities are stored. Every change to a round bumps its `version` in the
// same transaction, with the state checked in the WHERE clause: on PostgreSQL the row lock orders concurrent
// answers against the reveal, and SQLite's BEGIN IMMEDIATE does the same for one file.
import type { Kysely } from "kysely";
import * as z from "zod";
import {
  QUESTION_IDS,
  isMultipleChoice,
  parseShareLink,
  readAnswerInput,
  validateAnswers,
  type Answers,
  type AnswersInput,
  type QuestionId,
} from "~/decision";
import { getDb, type Database, type Db } from "~/platform/db.server";
import { createRecord, type CreateRecordInput } from "~/records/records.server";
import {
  hashToken,
  isWellFormedPublicId,
  isWellFormedToken,
  newEditToken,
  newPublicId,
  tokensMatch,
} from "~/platform/tokens.server";
import { storedAnswers, unansweredInStored, type MemberAnswers, type Settlements } from "./model";

export const ROUND_LIMITS = {
  members: 50,
  title: 120,
  name: 40,
  note: 200,
  days: 30,
} as const;

export type RoundState = "open" | "revealed";

interface RoundsTable {
  join_id: string;
  facilitator_token_hash: string;
  title: string;
  facilitator_name: string;
  state: string;
  /** JSON: { [question]: { value, note } }. */
  settlements: string;
  member_count: number;
  version: number;
  record_public_id: string | null;
  created_at: string;
  expires_at: string;
}

interface RoundMembersTable {
  token_hash: string;
  round_id: string;
  seq: number;
  name: string;
  answers_query: string | null;
  joined_at: string;
  answered_at: string | null;
}

type RoundsDb = Kysely<Database & { rounds: RoundsTable; round_members: RoundMembersTable }>;

async function roundsDb(db?: Db): Promise<RoundsDb> {
  return (db ?? (await getDb())).withTables<{
    rounds: RoundsTable;
    round_members: RoundMembersTable;
  }>();
}

export interface Round {
  joinId: string;
  title: string;
  facilitatorName: string;
  state: RoundState;
  settlements: Settlements;
  memberCount: number;
  version: number;
  recordPublicId?: string;
  createdAt: string;
  expiresAt: string;
}

export interface Member {
  seq: number;
  name: string;
  answered: boolean;
}

/** Why a round operation was refused; each maps to a 4xx page. */
export type RoundErrorCode =
  | "not-found" // unknown, deleted, or a forged or stale capability
  | "expired"
  | "full"
  | "revealed" // answering or joining after the reveal
  | "not-revealed" // settling before the reveal
  | "not-member"
  | "name-taken" // another member of the round already goes by this name
  | "stale" // a form loaded before the round last changed (settle), or a save key naming another record
  | "invalid";

export class RoundError extends Error {
  constructor(
    readonly code: RoundErrorCode,
    readonly field?: string,
  ) {
    super(code);
    this.name = "RoundError";
  }
}

/**
 * Characters that show nothing or reorder what follows: controls, format characters (zero-width spaces and
 * joiners, bidirectional embeddings, overrides and isolates, soft hyphens, byte-order marks), line and paragraph
 * separators, private-use and unassigned code points, and the fillers that render as blanks. A name or title with
 * one of them could pass for another on the reveal and in a record's "consulted" list.
 */
const HIDDEN_CHARACTER = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\u115f\u1160\u3164\uffa0\u2800]/u;

/** One line of visible text, NFC-normalised and trimmed; line breaks become spaces. */
function line(max: number) {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/\r\n?|\n/g, " ").normalize("NFC") : v),
    // Checked before trimming, which would quietly drop some of them (U+FEFF, U+2028).
    z
      .string()
      .refine((s) => !HIDDEN_CHARACTER.test(s))
      .pipe(z.string().trim().max(max)),
  );
}

/** What two names have to differ in to be told apart: not case, width, composition or spacing. */
export function nameKey(name: string): string {
  return name.normalize("NFKC").toLowerCase().normalize("NFKC").replace(/\s+/gu, " ").trim();
}

export const NewRoundSchema = z.object({
  title: line(ROUND_LIMITS.title).pipe(z.string().min(1)),
  facilitatorName: line(ROUND_LIMITS.name).default(""),
});

export const MemberNameSchema = line(ROUND_LIMITS.name).default("");

export const NoteSchema = line(ROUND_LIMITS.note).default("");

function toRound(row: Omit<RoundsTable, "facilitator_token_hash">): Round {
  return {
    joinId: row.join_id,
    title: row.title,
    facilitatorName: row.facilitator_name,
    state: row.state === "revealed" ? "revealed" : "open",
    settlements: JSON.parse(row.settlements) as Settlements,
    memberCount: Number(row.member_count),
    version: Number(row.version),
    ...(row.record_public_id !== null && { recordPublicId: row.record_public_id }),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

const ROUND_COLUMNS = [
  "join_id",
  "title",
  "facilitator_name",
  "state",
  "settlements",
  "member_count",
  "version",
  "record_public_id",
  "created_at",
  "expires_at",
] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface CreatedRound {
  round: Round;
  /** The only copy of the facilitator's secret: show it once, never log it. */
  facilitatorToken: string;
  /** When the facilitator takes part: their member capability (for the cookie), also shown nowhere else. */
  memberToken?: string;
}

/**
 * Starts a round. With `facilitatorAnswers` (a round started from a result) the facilitator is its first member,
 * under the facilitator's name, with those answers already in: the round and that member are written in one
 * transaction, so a round never exists with its facilitator half-joined.
 */
export async function createRound(
  input: unknown,
  options: {
    now?: Date;
    db?: Db;
    facilitatorAnswers?: { answers: Answers; unanswered: readonly QuestionId[] };
  } = {},
): Promise<CreatedRound> {
  const fields = NewRoundSchema.parse(input);
  const db = await roundsDb(options.db);
  const now = options.now ?? new Date();
  const facilitatorToken = newEditToken();
  const own = options.facilitatorAnswers;
  const memberToken = own ? newEditToken() : undefined;
  const row: RoundsTable = {
    join_id: newPublicId(),
    facilitator_token_hash: hashToken(facilitatorToken),
    title: fields.title,
    facilitator_name: fields.facilitatorName,
    state: "open",
    settlements: "{}",
    member_count: own ? 1 : 0,
    version: 1,
    record_public_id: null,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + ROUND_LIMITS.days * DAY_MS).toISOString(),
  };
  await db.transaction().execute(async (tx) => {
    await tx.insertInto("rounds").values(row).execute();
    if (!own || !memberToken) return;
    await tx
      .insertInto("round_members")
      .values({
        token_hash: hashToken(memberToken),
        round_id: row.join_id,
        seq: 1,
        name: fields.facilitatorName,
        answers_query: storedAnswers(own.answers, own.unanswered),
        joined_at: now.toISOString(),
        answered_at: now.toISOString(),
      })
      .execute();
  });
  const { facilitator_token_hash: _h, ...rest } = row;
  return { round: toRound(rest), facilitatorToken, ...(memberToken && { memberToken }) };
}

function isExpired(round: { expiresAt: string }, now: Date): boolean {
  return round.expiresAt <= now.toISOString();
}

/** The round a join id names. Throws "not-found" (unknown or malformed) or "expired". */
export async function getRound(
  joinId: string | undefined,
  options: { now?: Date; db?: Db; allowExpired?: boolean } = {},
): Promise<Round> {
  if (!isWellFormedPublicId(joinId)) throw new RoundError("not-found");
  const db = await roundsDb(options.db);
  const row = await db
    .selectFrom("rounds")
    .select(ROUND_COLUMNS)
    .where("join_id", "=", joinId)
    .executeTakeFirst();
  if (!row) throw new RoundError("not-found");
  return unlessExpired(toRound(row), options);
}

/** An expired round is deleted the moment anyone asks for it (the pages promise deletion on its expiry date). */
async function unlessExpired(
  round: Round,
  options: { now?: Date; db?: Db; allowExpired?: boolean },
): Promise<Round> {
  if (!isExpired(round, options.now ?? new Date()) || options.allowExpired) return round;
  await deleteRound(round, options.db);
  throw new RoundError("expired");
}

/**
 * The round a facilitator token controls: by hash, then a constant-time comparison. `allowExpired` lets the
 * facilitator delete a round that has expired (otherwise it is deleted now and refused as expired).
 */
export async function getRoundByFacilitatorToken(
  token: string | undefined,
  options: { now?: Date; db?: Db; allowExpired?: boolean } = {},
): Promise<Round> {
  if (!isWellFormedToken(token)) throw new RoundError("not-found");
  const db = await roundsDb(options.db);
  const hash = hashToken(token);
  const row = await db
    .selectFrom("rounds")
    .select([...ROUND_COLUMNS, "facilitator_token_hash"])
    .where("facilitator_token_hash", "=", hash)
    .executeTakeFirst();
  if (!row || !tokensMatch(row.facilitator_token_hash, hash)) throw new RoundError("not-found");
  const { facilitator_token_hash: _h, ...rest } = row;
  return unlessExpired(toRound(rest), options);
}

/** The members of a round in joining order, with whether each has answered (never what). */
export async function listMembers(joinId: string, db?: Db): Promise<Member[]> {
  const rows = await (await roundsDb(db))
    .selectFrom("round_members")
    .select(["seq", "name", "answered_at"])
    .where("round_id", "=", joinId)
    .orderBy("seq")
    .execute();
  return rows.map((r) => ({ seq: Number(r.seq), name: r.name, answered: r.answered_at !== null }));
}

/** The members' answers, for the reveal only: callers must have checked that the round is revealed. */
export async function revealedAnswers(round: Round, db?: Db): Promise<MemberAnswers[]> {
  if (round.state !== "revealed") throw new RoundError("not-revealed");
  const rows = await (await roundsDb(db))
    .selectFrom("round_members")
    .select(["seq", "name", "answers_query"])
    .where("round_id", "=", round.joinId)
    .orderBy("seq")
    .execute();
  return rows.map((r) => {
    const parsed = r.answers_query === null ? undefined : parseShareLink(r.answers_query);
    return {
      seq: Number(r.seq),
      name: r.name,
      ...(parsed?.success && {
        answers: parsed.link.answers,
        unanswered: unansweredInStored(r.answers_query!),
      }),
    };
  });
}

/**
 * A stored answers query as a form would post it: a multiple-choice answer is comma-joined in a share link but
 * one field per ticked box in a form, so that each box the member ticked is ticked again.
 */
function formParams(query: string): URLSearchParams {
  const params = new URLSearchParams(query);
  for (const id of QUESTION_IDS) {
    const value = params.get(id);
    if (!isMultipleChoice(id) || value === null) continue;
    params.delete(id);
    for (const v of value.split(",")) if (v !== "") params.append(id, v);
  }
  return params;
}

/** The member a capability names in this round, with their own answers, or undefined. */
export async function getMember(
  joinId: string,
  token: string | undefined,
  db?: Db,
): Promise<(Member & { answers?: Answers; formValues?: AnswersInput }) | undefined> {
  if (!isWellFormedToken(token)) return undefined;
  const hash = hashToken(token);
  const row = await (await roundsDb(db))
    .selectFrom("round_members")
    .select(["token_hash", "seq", "name", "answers_query", "answered_at"])
    .where("token_hash", "=", hash)
    .where("round_id", "=", joinId)
    .executeTakeFirst();
  if (!row || !tokensMatch(row.token_hash, hash)) return undefined;
  const parsed = row.answers_query === null ? undefined : parseShareLink(row.answers_query);
  return {
    seq: Number(row.seq),
    name: row.name,
    answered: row.answered_at !== null,
    ...(parsed?.success && {
      answers: parsed.link.answers,
      // What the member ticked, for their form: a question they left blank stays blank.
      formValues: readAnswerInput(formParams(row.answers_query!)),
    }),
  };
}

/**
 * Adds a member to an open round and returns their capability (for a cookie). The member count is raised with
 * a conditional UPDATE first, so that concurrent joins cannot pass the limit on either database.
 */
export async function joinRound(
  joinId: string,
  name: unknown,
  options: { now?: Date; db?: Db } = {},
): Promise<{ token: string; seq: number }> {
  const memberName = MemberNameSchema.parse(name);
  const now = options.now ?? new Date();
  const round = await getRound(joinId, options);
  if (round.state !== "open") throw new RoundError("revealed");
  const db = await roundsDb(options.db);
  const token = newEditToken();
  return db.transaction().execute(async (tx) => {
    const bumped = await tx
      .updateTable("rounds")
      .set((eb) => ({
        member_count: eb("member_count", "+", 1),
        version: eb("version", "+", 1),
      }))
      .where("join_id", "=", joinId)
      .where("state", "=", "open")
      .where("member_count", "<", ROUND_LIMITS.members)
      .where("expires_at", ">", now.toISOString())
      .returning("member_count")
      .executeTakeFirst();
    if (!bumped) throw await refusal(tx, joinId, now);
    // The round row is locked (PostgreSQL) or the file is (SQLite): no other join can take the name meanwhile.
    if (memberName !== "") await refuseTakenName(tx, joinId, memberName);
    const seq = Number(bumped.member_count);
    await tx
      .insertInto("round_members")
      .values({
        token_hash: hashToken(token),
        round_id: joinId,
        seq,
        name: memberName,
        answers_query: null,
        joined_at: now.toISOString(),
        answered_at: null,
      })
      .execute();
    return { token, seq };
  });
}

async function refuseTakenName(db: RoundsDb, joinId: string, name: string): Promise<void> {
  const key = nameKey(name);
  const names = await db
    .selectFrom("round_members")
    .select("name")
    .where("round_id", "=", joinId)
    .execute();
  if (names.some((m) => m.name !== "" && nameKey(m.name) === key)) {
    throw new RoundError("name-taken", "name");
  }
}

/** Why a conditional update on a round matched nothing. */
async function refusal(db: RoundsDb, joinId: string, now: Date): Promise<RoundError> {
  const row = await db
    .selectFrom("rounds")
    .select(["state", "member_count", "expires_at"])
    .where("join_id", "=", joinId)
    .executeTakeFirst();
  if (!row) return new RoundError("not-found");
  if (row.expires_at <= now.toISOString()) return new RoundError("expired");
  if (row.state !== "open") return new RoundError("revealed");
  if (Number(row.member_count) >= ROUND_LIMITS.members) return new RoundError("full");
  return new RoundError("invalid");
}

/**
 * Stores (or replaces) a member's answers while the round is open. The round row is updated first, in the same
 * transaction, so an answer and the reveal cannot interleave: either the answer is in before the reveal or it is
 * refused with "revealed".
 */
export async function saveAnswers(
  joinId: string,
  token: string | undefined,
  answers: Answers,
  options: { now?: Date; db?: Db; unanswered?: readonly QuestionId[] } = {},
): Promise<void> {
  if (!isWellFormedPublicId(joinId)) throw new RoundError("not-found");
  if (!isWellFormedToken(token)) throw new RoundError("not-member");
  const now = options.now ?? new Date();
  const db = await roundsDb(options.db);
  const hash = hashToken(token);
  await db.transaction().execute(async (tx) => {
    const bumped = await tx
      .updateTable("rounds")
      .set((eb) => ({ version: eb("version", "+", 1) }))
      .where("join_id", "=", joinId)
      .where("state", "=", "open")
      .where("expires_at", ">", now.toISOString())
      .executeTakeFirst();
    if (Number(bumped.numUpdatedRows) !== 1) throw await refusal(tx, joinId, now);
    const updated = await tx
      .updateTable("round_members")
      .set({
        answers_query: storedAnswers(answers, options.unanswered ?? []),
        answered_at: now.toISOString(),
      })
      .where("token_hash", "=", hash)
      .where("round_id", "=", joinId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new RoundError("not-member");
  });
}

/** Reveals an open round (facilitator only: the caller has resolved the facilitator token). */
export async function revealRound(round: Round, db?: Db): Promise<void> {
  const updated = await (
    await roundsDb(db)
  )
    .updateTable("rounds")
    .set((eb) => ({ state: "revealed", version: eb("version", "+", 1) }))
    .where("join_id", "=", round.joinId)
    .where("state", "=", "open")
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new RoundError("revealed");
}

/**
 * Replaces the settlements of a revealed round (the caller has checked them against the spreads).
 * `expectedVersion` is the version the facilitator's form was rendered from: if the round changed since (another
 * settle, from another tab or a double submit), nothing is written and "stale" is thrown, so that an older form
 * never silently overwrites a newer decision.
 */
export async function settleRound(
  round: Round,
  settlements: Settlements,
  db?: Db,
  expectedVersion: number = round.version,
): Promise<void> {
  const clean: Settlements = {};
  for (const id of QUESTION_IDS) {
    const s = settlements[id as QuestionId];
    if (s) clean[id as QuestionId] = { value: s.value, note: s.note };
  }
  const updated = await (
    await roundsDb(db)
  )
    .updateTable("rounds")
    .set((eb) => ({ settlements: JSON.stringify(clean), version: eb("version", "+", 1) }))
    .where("join_id", "=", round.joinId)
    .where("state", "=", "revealed")
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 1) return;
  const now = await getRound(round.joinId, { db, allowExpired: true });
  throw new RoundError(now.state === "revealed" ? "stale" : "not-revealed");
}

export interface SavedRoundRecord {
  publicId: string;
  /** The only copy of the record's edit token: deliver it in the response, never log it. */
  editToken: string;
}

/**
 * Saves the round's settled answers as a record, once per `key` (a random id in the facilitator's form). The
 * record is created with the key as its public id, in the same transaction that links it to the round, so a crash
 * leaves either both or neither. A repeat with the same key (a double submit, or a retry after a lost response)
 * creates nothing: it hands out a new edit link for the record that key saved, so that a saved record always has
 * an edit link somebody received. The link handed out before keeps working until the new one is first used
 * (ADR 0008's rotation). Only for a while: afterwards the record's edit link is its owner's alone, and a
 * facilitator link (which knows the record's public id) must not be a way to take it over.
 */
export async function saveRoundRecord(
  round: Round,
  key: string,
  input: () => CreateRecordInput,
  db?: Db,
  now: Date = new Date(),
): Promise<SavedRoundRecord> {
  if (!isWellFormedPublicId(key)) throw new RoundError("invalid", "key");
  return (await roundsDb(db)).transaction().execute(async (tx) => {
    // The round row first, as every other change does: concurrent saves of one round queue here.
    const locked = await tx
      .updateTable("rounds")
      .set((eb) => ({ version: eb("version", "+", 1) }))
      .where("join_id", "=", round.joinId)
      .returning("record_public_id")
      .executeTakeFirst();
    if (!locked) throw new RoundError("not-found");
    if (locked.record_public_id === key) {
      const saved = await tx
        .selectFrom("records")
        .select("created_at")
        .where("public_id", "=", key)
        .executeTakeFirst();
      const age = saved ? now.getTime() - Date.parse(saved.created_at) : Infinity;
      if (!(age < SAVE_REPEAT_MS)) throw new RoundError("stale", "key");
      return { publicId: key, editToken: await newEditLink(tx, key) };
    }
    const clash = await tx
      .selectFrom("records")
      .select("public_id")
      .where("public_id", "=", key)
      .executeTakeFirst();
    if (clash) throw new RoundError("stale", "key");
    // The same transaction, seen through the records module's table types.
    const created = await createRecord({ ...input(), publicId: key }, tx as unknown as Db);
    await tx
      .updateTable("rounds")
      .set({ record_public_id: key })
      .where("join_id", "=", round.joinId)
      .execute();
    return { publicId: created.publicId, editToken: created.editToken };
  });
}

/** How long a repeated save (double submit, retry after a lost response) gets a new edit link. */
export const SAVE_REPEAT_MS = 15 * 60 * 1000;

/** A fresh edit token for a record; the current one keeps working until the new one is first used. */
async function newEditLink(tx: RoundsDb, publicId: string): Promise<string> {
  const token = newEditToken();
  await tx
    .withTables<{ records: { previous_token_hash: string | null; rotated_at: string | null } }>()
    .updateTable("records")
    .set((eb) => ({
      previous_token_hash: eb.ref("edit_token_hash"),
      edit_token_hash: hashToken(token),
      rotated_at: new Date().toISOString(),
    }))
    .where("public_id", "=", publicId)
    .execute();
  return token;
}

/**
 * Deletes a round and its members' answers at once (facilitator only). The round row goes first, in the order
 * every answer and join takes its locks (round, then member): deleting the members first deadlocked against
 * answers on PostgreSQL. The foreign key cascades to the members; the second statement is for databases opened
 * without foreign keys.
 */
export async function deleteRound(round: Round, db?: Db): Promise<void> {
  await (await roundsDb(db)).transaction().execute(async (tx) => {
    await tx.deleteFrom("rounds").where("join_id", "=", round.joinId).execute();
    await tx.deleteFrom("round_members").where("round_id", "=", round.joinId).execute();
  });
}

/** Deletes every round whose expiry has passed, with its members; returns how many rounds went. */
export async function deleteExpiredRounds(now: Date = new Date(), db?: Db): Promise<number> {
  const database = await roundsDb(db);
  return database.transaction().execute(async (tx) => {
    // Rounds first (the same lock order as deleteRound); their members go by the cascade.
    const gone = await tx
      .deleteFrom("rounds")
      .where("expires_at", "<=", now.toISOString())
      .returning("join_id")
      .execute();
    if (gone.length > 0) {
      const ids = gone.map((r) => r.join_id);
      await tx.deleteFrom("round_members").where("round_id", "in", ids).execute();
    }
    return gone.length;
  });
}

/** How often each instance deletes expired rounds, so that none outlives its date by more than this. */
export const EXPIRY_SWEEP_MS = 10 * 60 * 1000;

let sweepTimer: ReturnType<typeof setInterval> | undefined;

/**
 * Starts deleting expired rounds every `intervalMs` in this process (once; later calls do nothing) and once right
 * away. Failures (a database restarting) are logged and retried at the next tick. Returns a function that stops it.
 */
export function scheduleExpirySweep(intervalMs: number, db?: Db): () => void {
  const stop = () => {
    clearInterval(sweepTimer);
    sweepTimer = undefined;
  };
  if (sweepTimer) return stop;
  const sweep = () => {
    deleteExpiredRounds(new Date(), db).catch((error: unknown) => {
      console.error(
        JSON.stringify({ level: "error", msg: "round expiry sweep", error: String(error) }),
      );
    });
  };
  sweepTimer = setInterval(sweep, intervalMs);
  sweepTimer.unref();
  sweep();
  return stop;
}

/** Answers from a urlencoded form, validated by the questionnaire's own zod schema. */
export function answersFromForm(body: URLSearchParams) {
  return validateAnswers(readAnswerInput(body));
}
