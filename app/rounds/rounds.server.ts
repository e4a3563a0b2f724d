// Team rounds in the records store (SQLite or PostgreSQL; migration 0003). A round is named by its join id
// (128-bit, shared in chat); the facilitator holds a 256-bit capability and each member another one (kept in a
// cookie). Only SHA-256 hashes of the capabilities are stored. Every change to a round bumps its `version` in the
// same transaction, with the state checked in the WHERE clause: on PostgreSQL the row lock orders concurrent
// answers against the reveal, and SQLite's BEGIN IMMEDIATE does the same for one file.
import type { Kysely } from "kysely";
import * as z from "zod";
import {
  QUESTION_IDS,
  formatShareLink,
  parseShareLink,
  readAnswerInput,
  validateAnswers,
  type Answers,
  type QuestionId,
} from "~/decision";
import { getDb, type Database, type Db } from "~/records/db.server";
import {
  hashToken,
  isWellFormedPublicId,
  isWellFormedToken,
  newEditToken,
  newPublicId,
  tokensMatch,
} from "~/records/tokens.server";
import type { MemberAnswers, Settlements } from "./model";

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

/** One line of text: no control characters, trimmed; line breaks become spaces. */
function line(max: number) {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/\r\n?|\n/g, " ") : v),
    z
      .string()
      .trim()
      .max(max)
      .refine((s) => [...s].every((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)),
  );
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
}

export async function createRound(
  input: unknown,
  options: { now?: Date; db?: Db } = {},
): Promise<CreatedRound> {
  const fields = NewRoundSchema.parse(input);
  const db = await roundsDb(options.db);
  const now = options.now ?? new Date();
  const facilitatorToken = newEditToken();
  const row: RoundsTable = {
    join_id: newPublicId(),
    facilitator_token_hash: hashToken(facilitatorToken),
    title: fields.title,
    facilitator_name: fields.facilitatorName,
    state: "open",
    settlements: "{}",
    member_count: 0,
    version: 1,
    record_public_id: null,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + ROUND_LIMITS.days * DAY_MS).toISOString(),
  };
  await db.insertInto("rounds").values(row).execute();
  // Now and then, drop rounds that expired (their members go with them).
  if (Math.random() < 0.05) await deleteExpiredRounds(now, options.db);
  const { facilitator_token_hash: _h, ...rest } = row;
  return { round: toRound(rest), facilitatorToken };
}

function isExpired(round: { expiresAt: string }, now: Date): boolean {
  return round.expiresAt <= now.toISOString();
}

/** The round a join id names. Throws "not-found" (unknown or malformed) or "expired". */
export async function getRound(
  joinId: string | undefined,
  options: { now?: Date; db?: Db } = {},
): Promise<Round> {
  if (!isWellFormedPublicId(joinId)) throw new RoundError("not-found");
  const db = await roundsDb(options.db);
  const row = await db
    .selectFrom("rounds")
    .select(ROUND_COLUMNS)
    .where("join_id", "=", joinId)
    .executeTakeFirst();
  if (!row) throw new RoundError("not-found");
  const round = toRound(row);
  if (isExpired(round, options.now ?? new Date())) throw new RoundError("expired");
  return round;
}

/** The round a facilitator token controls: by hash, then a constant-time comparison. */
export async function getRoundByFacilitatorToken(
  token: string | undefined,
  options: { now?: Date; db?: Db } = {},
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
  const round = toRound(rest);
  if (isExpired(round, options.now ?? new Date())) throw new RoundError("expired");
  return round;
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
      ...(parsed?.success && { answers: parsed.link.answers }),
    };
  });
}

/** The member a capability names in this round, with their own answers, or undefined. */
export async function getMember(
  joinId: string,
  token: string | undefined,
  db?: Db,
): Promise<(Member & { answers?: Answers }) | undefined> {
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
    ...(parsed?.success && { answers: parsed.link.answers }),
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
  options: { now?: Date; db?: Db } = {},
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
      .set({ answers_query: formatShareLink({ answers }), answered_at: now.toISOString() })
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

/** Replaces the settlements of a revealed round (the caller has checked them against the spreads). */
export async function settleRound(round: Round, settlements: Settlements, db?: Db): Promise<void> {
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
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new RoundError("not-revealed");
}

/** Remembers the record saved from a round, so that its page can link to it. */
export async function setRoundRecord(round: Round, publicId: string, db?: Db): Promise<void> {
  await (
    await roundsDb(db)
  )
    .updateTable("rounds")
    .set((eb) => ({ record_public_id: publicId, version: eb("version", "+", 1) }))
    .where("join_id", "=", round.joinId)
    .execute();
}

/** Deletes a round and its members' answers at once (facilitator only). */
export async function deleteRound(round: Round, db?: Db): Promise<void> {
  await (await roundsDb(db)).transaction().execute(async (tx) => {
    await tx.deleteFrom("round_members").where("round_id", "=", round.joinId).execute();
    await tx.deleteFrom("rounds").where("join_id", "=", round.joinId).execute();
  });
}

/** Deletes every round whose expiry has passed, with its members; returns how many rounds went. */
export async function deleteExpiredRounds(now: Date = new Date(), db?: Db): Promise<number> {
  const database = await roundsDb(db);
  return database.transaction().execute(async (tx) => {
    const expired = tx
      .selectFrom("rounds")
      .select("join_id")
      .where("expires_at", "<=", now.toISOString());
    await tx.deleteFrom("round_members").where("round_id", "in", expired).execute();
    const result = await tx
      .deleteFrom("rounds")
      .where("expires_at", "<=", now.toISOString())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  });
}

/** Answers from a urlencoded form, validated by the questionnaire's own zod schema. */
export function answersFromForm(body: URLSearchParams) {
  return validateAnswers(readAnswerInput(body));
}
