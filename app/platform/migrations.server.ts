// Versioned schema migrations, run at start-up by kysely's Migrator. The list is append-only: a migration that
// has shipped is never edited, a change is a new entry. Only the portable schema builder is used, so the same
// list runs on SQLite and PostgreSQL; timestamps are ISO-8601 UTC text and JSON is text on both.
import { Migrator, type Kysely, type Migration, type MigrationProvider } from "kysely";

// Migrations see the database as it was when they were written, not today's typed schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const migrations: ReadonlyArray<readonly [name: string, migration: Migration]> = [
  [
    "0001-records",
    {
      async up(db: AnyDb) {
        await db.schema
          .createTable("records")
          .addColumn("public_id", "text", (c) => c.primaryKey())
          .addColumn("edit_token_hash", "text", (c) => c.notNull().unique())
          .addColumn("title", "text", (c) => c.notNull())
          .addColumn("context", "text", (c) => c.notNull())
          .addColumn("deciders", "text", (c) => c.notNull())
          .addColumn("consulted", "text", (c) => c.notNull())
          .addColumn("informed", "text", (c) => c.notNull())
          .addColumn("status", "text", (c) => c.notNull())
          .addColumn("answers_query", "text", (c) => c.notNull())
          .addColumn("decision_json", "text", (c) => c.notNull())
          .addColumn("ruleset_version", "text", (c) => c.notNull())
          .addColumn("content_hash", "text", (c) => c.notNull())
          .addColumn("supersedes", "text", (c) => c.references("records.public_id"))
          .addColumn("superseded_by", "text", (c) => c.references("records.public_id"))
          .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("updated_at", "text", (c) => c.notNull())
          .execute();
      },
      async down(db: AnyDb) {
        await db.schema.dropTable("records").execute();
      },
    },
  ],
  [
    "0002-rate-limits",
    {
      async up(db: AnyDb) {
        // One row per client and limit: a fixed window that every app instance updates with one upsert.
        await db.schema
          .createTable("rate_limits")
          .addColumn("key", "text", (c) => c.primaryKey())
          .addColumn("window_start", "bigint", (c) => c.notNull())
          .addColumn("count", "integer", (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex("rate_limits_window_start")
          .on("rate_limits")
          .column("window_start")
          .execute();
      },
      async down(db: AnyDb) {
        await db.schema.dropTable("rate_limits").execute();
      },
    },
  ],
  [
    "0003-rounds",
    {
      async up(db: AnyDb) {
        // A team round (app/rounds): the join id names it, the facilitator's capability is stored as a hash.
        await db.schema
          .createTable("rounds")
          .addColumn("join_id", "text", (c) => c.primaryKey())
          .addColumn("facilitator_token_hash", "text", (c) => c.notNull().unique())
          .addColumn("title", "text", (c) => c.notNull())
          .addColumn("facilitator_name", "text", (c) => c.notNull())
          .addColumn("state", "text", (c) => c.notNull())
          .addColumn("settlements", "text", (c) => c.notNull())
          .addColumn("member_count", "integer", (c) => c.notNull())
          .addColumn("version", "integer", (c) => c.notNull())
          .addColumn("record_public_id", "text")
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("expires_at", "text", (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex("rounds_expires_at")
          .on("rounds")
          .column("expires_at")
          .execute();
        // One row per member; the member's capability (a cookie) is stored as a hash.
        await db.schema
          .createTable("round_members")
          .addColumn("token_hash", "text", (c) => c.primaryKey())
          .addColumn("round_id", "text", (c) =>
            c.notNull().references("rounds.join_id").onDelete("cascade"),
          )
          .addColumn("seq", "integer", (c) => c.notNull())
          .addColumn("name", "text", (c) => c.notNull())
          .addColumn("answers_query", "text")
          .addColumn("joined_at", "text", (c) => c.notNull())
          .addColumn("answered_at", "text")
          .addUniqueConstraint("round_members_round_seq", ["round_id", "seq"])
          .execute();
      },
      async down(db: AnyDb) {
        await db.schema.dropTable("round_members").execute();
        await db.schema.dropTable("rounds").execute();
      },
    },
  ],
  [
    "0004-record-disagreements",
    {
      async up(db: AnyDb) {
        // JSON: how a team round's disagreements were settled, for records saved from a round (else null).
        await db.schema.alterTable("records").addColumn("disagreements", "text").execute();
      },
      async down(db: AnyDb) {
        await db.schema.alterTable("records").dropColumn("disagreements").execute();
      },
    },
  ],
  [
    "0005-edit-token-rotation",
    {
      async up(db: AnyDb) {
        // The replaced edit token's hash stays until the new token is first used (ADR 0008).
        await db.schema.alterTable("records").addColumn("previous_token_hash", "text").execute();
        await db.schema.alterTable("records").addColumn("rotated_at", "text").execute();
        await db.schema
          .createIndex("records_previous_token_hash")
          .on("records")
          .column("previous_token_hash")
          .execute();
      },
      async down(db: AnyDb) {
        await db.schema.dropIndex("records_previous_token_hash").execute();
        await db.schema.alterTable("records").dropColumn("rotated_at").execute();
        await db.schema.alterTable("records").dropColumn("previous_token_hash").execute();
      },
    },
  ],
];

/** The migration names in the order they run. */
export const MIGRATION_NAMES = migrations.map(([name]) => name);

const provider: MigrationProvider = {
  async getMigrations() {
    return Object.fromEntries(migrations);
  },
};

/** Brings the schema up to date; returns the names of the migrations it applied (none when already current). */
export async function migrateToLatest(db: AnyDb): Promise<string[]> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Database migration ${failed} failed`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
