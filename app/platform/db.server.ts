// One kysely instance for the records store, chosen by DATABASE_URL: unset or `file:<path>` → SQLite (a local
// file, one host), `postgres://` / `postgresql://` → PostgreSQL (several stateless app instances can share it).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  sql,
  type ColumnType,
  type DatabaseConnection,
  type SqliteDialectConfig,
} from "kysely";
import { migrateToLatest } from "./migrations.server";

export const DEFAULT_SQLITE_PATH = "./data/records.sqlite";

export interface RecordsTable {
  public_id: string;
  edit_token_hash: string;
  title: string;
  context: string;
  /** JSON array of names. */
  deciders: string;
  consulted: string;
  informed: string;
  status: string;
  answers_query: string;
  decision_json: string;
  ruleset_version: string;
  content_hash: string;
  supersedes: string | null;
  superseded_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  /**
   * After "Replace the edit link": the hash of the replaced token, which keeps working until the new token is
   * first used (or a day has passed), so that an owner whose rotation response was lost is not locked out.
   */
  previous_token_hash: ColumnType<string | null, string | null | undefined, string | null>;
  rotated_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** JSON: how a team round's disagreements were settled (migration 0004); null for records not saved from a round. */
  disagreements: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface RateLimitsTable {
  key: string;
  /** Epoch seconds; pg returns BIGINT as a string, so reads go through Number(). */
  window_start: ColumnType<string | number, number, number>;
  count: number;
}

/** A team round (app/rounds); created by the same migrations as the records. */
export interface RoundsTable {
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

export interface RoundMembersTable {
  token_hash: string;
  round_id: string;
  seq: number;
  name: string;
  answers_query: string | null;
  joined_at: string;
  answered_at: string | null;
}

export interface Database {
  records: RecordsTable;
  rate_limits: RateLimitsTable;
  rounds: RoundsTable;
  round_members: RoundMembersTable;
}

export type Db = Kysely<Database>;
export type DialectName = "sqlite" | "postgres";

export type DatabaseTarget =
  | { dialect: "sqlite"; file: string }
  | { dialect: "postgres"; url: string };

/** Reads DATABASE_URL (or the given value). Throws on an unknown scheme without echoing the URL (it may hold a password). */
export function databaseTarget(url: string | undefined = process.env.DATABASE_URL): DatabaseTarget {
  if (url === undefined || url === "")
    return { dialect: "sqlite", file: path.resolve(DEFAULT_SQLITE_PATH) };
  if (/^postgres(ql)?:\/\//i.test(url)) return { dialect: "postgres", url };
  if (url.startsWith("file://")) return { dialect: "sqlite", file: fileURLToPath(url) };
  if (url.startsWith("file:") && url.length > "file:".length) {
    return { dialect: "sqlite", file: path.resolve(url.slice("file:".length)) };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1] ?? "(none)";
  throw new Error(`DATABASE_URL must be file:<path> or postgres://…; got scheme ${scheme}`);
}

/** The dialect DATABASE_URL selects. */
export function dialectName(url: string | undefined = process.env.DATABASE_URL): DialectName {
  return databaseTarget(url).dialect;
}

// kysely opens SQLite transactions with a plain (deferred) BEGIN; a deferred transaction that reads and then
// writes can fail with SQLITE_BUSY without waiting for busy_timeout. All our transactions write, so take the
// write lock up front (reliability.md G2).
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #settings: SqliteDialectConfig;
  constructor(settings: SqliteDialectConfig) {
    super(settings);
    this.#settings = settings;
  }
  override createDriver() {
    return new ImmediateSqliteDriver(this.#settings);
  }
}

function openSqlite(file: string): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = new BetterSqlite3(file);
  // busy_timeout first, so that switching to WAL waits for another process instead of failing.
  database.pragma("busy_timeout = 5000");
  database.pragma("journal_mode = WAL");
  // FULL: an acknowledged save survives power loss, not only a process crash (reliability.md G1).
  database.pragma("synchronous = FULL");
  database.pragma("foreign_keys = ON");
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database }) });
}

function openPostgres(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client losing its connection must not crash the process; the next query reports the failure.
  pool.on("error", (error) => {
    console.error(
      JSON.stringify({
        t: new Date().toISOString(),
        level: "error",
        msg: "postgres pool",
        error: error.message,
      }),
    );
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Runs `work` while holding a lock that other processes on the same SQLite file wait for. kysely's migrator locks
 * nothing on SQLite (it assumes one process), so two app processes starting on a fresh file would both create
 * the tables and one would fail. The lock is an exclusive transaction on a small side file next to the database:
 * SQLite's own file locking makes the second process wait (busy_timeout), and the operating system drops the
 * lock if the holder dies. (PostgreSQL needs none of this: kysely takes an advisory lock there.)
 */
async function withSqliteMigrationLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const lock = new BetterSqlite3(`${file}.migration-lock`);
  try {
    lock.pragma("busy_timeout = 30000");
    lock.exec("begin exclusive");
    try {
      return await work();
    } finally {
      lock.exec("rollback");
    }
  } finally {
    lock.close();
  }
}

/** Runs the migrations on a freshly opened database; destroys it if they fail, so no pool is left open. */
async function migrated(db: Db): Promise<Db> {
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

/** Opens a database (DATABASE_URL by default) and runs the migrations. The caller owns it and must destroy() it. */
export async function openDatabase(
  url: string | undefined = process.env.DATABASE_URL,
): Promise<Db> {
  const target = databaseTarget(url);
  if (target.dialect === "sqlite") {
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    // Switching a fresh file to WAL and migrating it both happen under the lock.
    return withSqliteMigrationLock(target.file, () => migrated(openSqlite(target.file)));
  }
  return migrated(openPostgres(target.url));
}

let shared: Promise<Db> | undefined;

/** The app's database: opened and migrated once, on first use. */
export function getDb(): Promise<Db> {
  if (!shared) {
    shared = openDatabase().catch((error: unknown) => {
      shared = undefined;
      throw error;
    });
  }
  return shared;
}

/** Closes the app's database, if it was opened (graceful shutdown, tests). */
export async function closeDb(): Promise<void> {
  const opening = shared;
  shared = undefined;
  if (opening) await (await opening).destroy();
}

export interface SqlitePragmas {
  journalMode: string;
  /** 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA. */
  synchronous: number;
  busyTimeout: number;
  foreignKeys: number;
}

/** Reads the SQLite settings back, so that tests can check what the connection really uses. */
export async function readSqlitePragmas(db: Db): Promise<SqlitePragmas> {
  const one = async (name: string) => {
    const { rows } = await sql<Record<string, unknown>>`${sql.raw(`pragma ${name}`)}`.execute(db);
    return Object.values(rows[0] ?? {})[0];
  };
  return {
    journalMode: String(await one("journal_mode")),
    synchronous: Number(await one("synchronous")),
    busyTimeout: Number(await one("busy_timeout")),
    foreignKeys: Number(await one("foreign_keys")),
  };
}
