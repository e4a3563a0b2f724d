// One storage suite for both backends: SQLite always (a temp file), PostgreSQL when TEST_DATABASE_URL is set
// (`node scripts/with-postgres.mjs npx vitest run app/records` starts a throwaway server and sets it).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { ZodError } from "zod";
import { evaluateDecision, parseShareLink, type Answers } from "~/decision";
import {
  closeDb,
  databaseTarget,
  dialectName,
  getDb,
  openDatabase,
  readSqlitePragmas,
  type Db,
} from "~/platform/db.server";
import { MIGRATION_NAMES, migrateToLatest } from "~/platform/migrations.server";
import { check, clientKey, createRecordLimit, hit } from "~/platform/rate-limit.server";
import {
  RECORD_LIMITS,
  RecordError,
  createRecord,
  getRecord,
  getRecordByEditToken,
  parseRecordFields,
  rotateEditToken,
  updateRecord,
} from "./records.server";
import {
  hashToken,
  isWellFormedPublicId,
  isWellFormedToken,
  newEditToken,
  newPublicId,
  tokensMatch,
} from "~/platform/tokens.server";
import { GOLDEN } from "~/decision/golden";

const { G1 } = GOLDEN;
const G3 =
  "arch=microservices&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=multi&store=yes";

function answersOf(query: string): Answers {
  const parsed = parseShareLink(query);
  if (!parsed.success) throw new Error(`bad fixture ${query}`);
  return parsed.link.answers;
}

const fields = {
  title: "Sessions for the shop",
  context: "Decided in the review.",
  deciders: "Aiko, Ben",
  status: "accepted",
};

/** A database that fails the test if anything touches it: proves input was refused before any query. */
const untouchable = new Proxy(
  {},
  {
    get() {
      throw new Error("the database was queried");
    },
  },
) as Db;

const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "records-test-"));
afterAll(() => fs.rmSync(tempDir, { recursive: true, force: true }));

const backends = [
  { name: "sqlite", url: `file:${path.join(tempDir, "nested", "records.sqlite")}` },
  { name: "postgres", url: process.env.TEST_DATABASE_URL },
] as const;

describe.each(backends)("records store on $name", ({ name, url }) => {
  describe.skipIf(!url)(
    url
      ? `${name} at ${name === "sqlite" ? "a temp file" : "TEST_DATABASE_URL"}`
      : "needs TEST_DATABASE_URL",
    () => {
      let db: Db;
      // Several runs may share one PostgreSQL database: keys made in this run are unique to it.
      const run = randomBytes(6).toString("hex");

      beforeAll(async () => {
        expect(dialectName(url)).toBe(name);
        db = await openDatabase(url);
      });
      afterAll(async () => {
        await db?.destroy();
      });

      test("migrations are applied once and are idempotent", async () => {
        expect(await migrateToLatest(db)).toEqual([]);
        const again = await openDatabase(url);
        try {
          expect(await migrateToLatest(again)).toEqual([]);
        } finally {
          await again.destroy();
        }
        const applied = await db
          .withoutPlugins()
          .selectFrom("kysely_migration" as never)
          .select("name" as never)
          .execute();
        expect((applied as { name: string }[]).map((r) => r.name).sort()).toEqual(
          [...MIGRATION_NAMES].sort(),
        );
      });

      test("create, then read by public id and by edit token", async () => {
        const answers = answersOf(G1);
        const created = await createRecord({ fields, answers, contentHash: "content-abc" }, db);
        expect(isWellFormedPublicId(created.publicId)).toBe(true);
        expect(isWellFormedToken(created.editToken)).toBe(true);
        const record = await getRecord(created.publicId, db);
        expect(record).toEqual(created.record);
        expect(record).toMatchObject({
          title: "Sessions for the shop",
          context: "Decided in the review.",
          deciders: ["Aiko", "Ben"],
          consulted: [],
          informed: [],
          status: "accepted",
          answersQuery: G1,
          answers,
          answersComplete: true,
          contentHash: "content-abc",
          version: 1,
        });
        expect(record!.decision.approach).toBe("server-session");
        expect(record!.decision).not.toHaveProperty("trace");
        expect(JSON.stringify(record)).not.toContain(hashToken(created.editToken));
        expect(await getRecordByEditToken(created.editToken, db)).toEqual(record);
        expect(await getRecord(newPublicId(), db)).toBeUndefined();
      });

      test("the raw edit token is stored nowhere: every column of every row of every table", async () => {
        const first = await createRecord({ fields, answers: answersOf(G1) }, db);
        const second = await createRecord(
          { fields, answers: answersOf(G3), supersedesEditToken: first.editToken },
          db,
        );
        await updateRecord(second.editToken, { ...fields, title: "Edited" }, 1, db);
        await hit(`create:${run}`, { limit: 5, windowSeconds: 60 }, db);
        const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
        expect(tables.map((t) => t.name)).toEqual(
          expect.arrayContaining(["records", "rate_limits"]),
        );
        let dump = "";
        for (const table of tables) {
          const rows = await db
            .selectFrom(table.name as never)
            .selectAll()
            .execute();
          dump += JSON.stringify(rows);
        }
        for (const token of [first.editToken, second.editToken]) {
          expect(dump).not.toContain(token);
          expect(dump).toContain(hashToken(token));
        }
      });

      test("a wrong token of the right shape finds nothing and changes nothing", async () => {
        const { editToken, publicId } = await createRecord({ fields, answers: answersOf(G1) }, db);
        const wrong = [
          newEditToken(),
          `${editToken.slice(0, 42)}${editToken.endsWith("A") ? "E" : "A"}`,
        ];
        for (const token of wrong) {
          expect(isWellFormedToken(token)).toBe(true);
          expect(await getRecordByEditToken(token, db)).toBeUndefined();
          expect(
            await updateRecord(token, { ...fields, title: "Hijacked" }, 1, db),
          ).toBeUndefined();
        }
        expect((await getRecord(publicId, db))!.title).toBe(fields.title);
      });

      test("rotating the edit link revokes the old one as soon as the new one is used", async () => {
        const { editToken, publicId } = await createRecord({ fields, answers: answersOf(G1) }, db);
        const next = await rotateEditToken(editToken, db);
        expect(next).toBeDefined();
        expect(isWellFormedToken(next)).toBe(true);
        expect(next).not.toBe(editToken);
        expect((await getRecordByEditToken(next!, db))!.publicId).toBe(publicId);
        expect(await getRecordByEditToken(editToken, db)).toBeUndefined();
        // The old token can rotate nothing any more.
        expect(await rotateEditToken(editToken, db)).toBeUndefined();
        expect((await getRecordByEditToken(next!, db))!.publicId).toBe(publicId);
      });

      test("a rotation whose response was lost does not lock the owner out", async () => {
        const { editToken, publicId } = await createRecord({ fields, answers: answersOf(G1) }, db);
        const lost = await rotateEditToken(editToken, db);
        expect(lost).toBeDefined();
        // The owner never saw `lost`: the old link still works, and replacing again gives a link that works.
        expect((await getRecordByEditToken(editToken, db))!.publicId).toBe(publicId);
        const retry = await rotateEditToken(editToken, db);
        expect(retry).toBeDefined();
        expect(retry).not.toBe(lost);
        expect(await getRecordByEditToken(lost!, db)).toBeUndefined();
        expect((await getRecordByEditToken(retry!, db))!.publicId).toBe(publicId);
        // Once the new link has been used, the old one is revoked for good.
        expect(await getRecordByEditToken(editToken, db)).toBeUndefined();
        expect(await rotateEditToken(editToken, db)).toBeUndefined();
        // An old link whose replacement was never used expires after a day.
        const again = await rotateEditToken(retry!, db);
        await db
          .updateTable("records")
          .set({ rotated_at: new Date(Date.now() - 25 * 60 * 60 * 1000).toISOString() })
          .where("public_id", "=", publicId)
          .execute();
        expect(await getRecordByEditToken(retry!, db)).toBeUndefined();
        expect((await getRecordByEditToken(again!, db))!.publicId).toBe(publicId);
      });

      test("status transitions: superseded only with a successor, and for good", async () => {
        await expect(
          createRecord({ fields: { ...fields, status: "superseded" }, answers: answersOf(G1) }, db),
        ).rejects.toMatchObject({ field: "status", code: "superseded-needs-successor" });
        const old = await createRecord({ fields, answers: answersOf(G1) }, db);
        await expect(
          updateRecord(old.editToken, { ...fields, status: "superseded" }, 1, db),
        ).rejects.toMatchObject({ field: "status", code: "superseded-needs-successor" });
        await createRecord(
          { fields, answers: answersOf(G3), supersedesEditToken: old.editToken },
          db,
        );
        for (const status of ["accepted", "proposed", "rejected", "deprecated"]) {
          await expect(
            updateRecord(old.editToken, { ...fields, status }, 2, db),
          ).rejects.toMatchObject({ field: "status", code: "superseded-locked" });
        }
        expect(await getRecord(old.publicId, db)).toMatchObject({
          status: "superseded",
          version: 2,
        });
        // Its own words can still be corrected.
        const edited = await updateRecord(
          old.editToken,
          { ...fields, title: "Corrected", status: "superseded" },
          2,
          db,
        );
        expect(edited).toMatchObject({ title: "Corrected", status: "superseded" });
      });

      test("malformed tokens and ids are refused before any query", async () => {
        const { editToken } = await createRecord({ fields, answers: answersOf(G1) }, db);
        const malformed = [
          "",
          "x",
          `${editToken}A`,
          editToken.slice(1),
          `${editToken.slice(0, 42)}=`,
          "' OR '1'='1",
          `${editToken.slice(0, 42)}B`,
        ];
        for (const token of malformed) {
          expect(isWellFormedToken(token)).toBe(false);
          expect(await getRecordByEditToken(token, untouchable)).toBeUndefined();
          expect(await getRecord(token, untouchable)).toBeUndefined();
        }
        await expect(
          createRecord(
            { fields, answers: answersOf(G1), supersedesEditToken: "short" },
            untouchable,
          ),
        ).rejects.toThrow(RecordError);
      });

      test("an edit bumps the version by one; a stale version is a conflict and writes nothing", async () => {
        const { editToken, publicId } = await createRecord({ fields, answers: answersOf(G1) }, db);
        const edited = await updateRecord(
          editToken,
          { ...fields, title: "Second", consulted: ["Chen"] },
          1,
          db,
        );
        expect(edited).toMatchObject({ version: 2, title: "Second", consulted: ["Chen"] });
        expect(await updateRecord(editToken, { ...fields, title: "Stale" }, 1, db)).toBe(
          "conflict",
        );
        expect(await getRecord(publicId, db)).toMatchObject({ version: 2, title: "Second" });
        expect(await updateRecord(editToken, { ...fields, title: "Third" }, 2, db)).toMatchObject({
          version: 3,
        });
      });

      test("concurrent edits of one version: exactly one wins, the rest conflict", async () => {
        const { editToken, publicId } = await createRecord({ fields, answers: answersOf(G1) }, db);
        const results = await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            updateRecord(editToken, { ...fields, title: `Edit ${i}` }, 1, db),
          ),
        );
        expect(results.filter((r) => typeof r === "object")).toHaveLength(1);
        expect(results.filter((r) => r === "conflict")).toHaveLength(7);
        expect((await getRecord(publicId, db))!.version).toBe(2);
      });

      test("superseding links both records in one transaction and refuses a wrong token", async () => {
        const old = await createRecord({ fields, answers: answersOf(G1) }, db);
        const before = await db
          .selectFrom("records")
          .select(db.fn.countAll().as("n"))
          .executeTakeFirstOrThrow();

        await expect(
          createRecord({ fields, answers: answersOf(G3), supersedesEditToken: newEditToken() }, db),
        ).rejects.toMatchObject({ code: "edit-token-mismatch" });
        const after = await db
          .selectFrom("records")
          .select(db.fn.countAll().as("n"))
          .executeTakeFirstOrThrow();
        expect(Number(after.n)).toBe(Number(before.n));

        const next = await createRecord(
          {
            fields: { ...fields, title: "Revisited" },
            answers: answersOf(G3),
            supersedesEditToken: old.editToken,
          },
          db,
        );
        expect(next.record.supersedes).toBe(old.publicId);
        expect(await getRecord(next.publicId, db)).toMatchObject({
          supersedes: old.publicId,
          status: "accepted",
        });
        expect(await getRecord(old.publicId, db)).toMatchObject({
          supersededBy: next.publicId,
          status: "superseded",
          version: 2,
        });
        // The old edit token still works for the old record's own fields, but cannot supersede it twice.
        await expect(
          createRecord({ fields, answers: answersOf(G3), supersedesEditToken: old.editToken }, db),
        ).rejects.toMatchObject({ code: "already-superseded" });
      });

      test("the snapshot is what was decided, never re-evaluated", async () => {
        const answers = answersOf(G1);
        const { trace: _trace, ...expected } = await evaluateDecision(answers);
        const { publicId, editToken, record } = await createRecord({ fields, answers }, db);
        expect(record.decision).toEqual(expected);
        await updateRecord(editToken, { ...fields, title: "Renamed", status: "deprecated" }, 1, db);
        const reread = await getRecord(publicId, db);
        expect(reread).toMatchObject({
          decision: expected,
          answersQuery: record.answersQuery,
          rulesetVersion: record.rulesetVersion,
          contentHash: record.contentHash,
          createdAt: record.createdAt,
        });
        // Stand-in for a later rule change: whatever is stored is what is shown.
        const older = { ...expected, approach: "stateless-token", rulesetVersion: "r-older" };
        await db
          .updateTable("records")
          .set({ decision_json: JSON.stringify(older) })
          .where("public_id", "=", publicId)
          .execute();
        expect((await getRecord(publicId, db))!.decision).toEqual(older);
      });

      test("field limits give errors that name the field", async () => {
        const cases: [Record<string, unknown>, string, string][] = [
          [{ title: "" }, "title", "required"],
          [{ title: "   " }, "title", "required"],
          [{ title: "t".repeat(RECORD_LIMITS.title + 1) }, "title", "too-long"],
          [{ context: "c".repeat(RECORD_LIMITS.context + 1) }, "context", "too-long"],
          [
            { deciders: Array.from({ length: RECORD_LIMITS.names + 1 }, (_, i) => `P${i}`) },
            "deciders",
            "too-many",
          ],
          [{ consulted: "n".repeat(RECORD_LIMITS.name + 1) }, "consulted", "too-long"],
          [{ informed: ["ok", "bad\u0000nul"] }, "informed", "invalid"],
          [{ status: "approved" }, "status", "invalid"],
        ];
        for (const [change, field, code] of cases) {
          const parsed = parseRecordFields({ ...fields, ...change });
          expect(parsed.success).toBe(false);
          if (!parsed.success) expect(parsed.errors).toEqual({ [field]: [code] });
          const error = await createRecord(
            { fields: { ...fields, ...change }, answers: answersOf(G1) },
            db,
          ).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(ZodError);
          expect((error as ZodError).issues[0]!.path[0]).toBe(field);
        }
        expect(
          parseRecordFields({ ...fields, title: "t".repeat(RECORD_LIMITS.title) }).success,
        ).toBe(true);
        expect(parseRecordFields({ title: "Only a title" })).toEqual({
          success: true,
          fields: {
            title: "Only a title",
            context: "",
            deciders: [],
            consulted: [],
            informed: [],
            status: "proposed",
          },
        });
        expect(
          parseRecordFields({
            title: " Two\r\nlines ",
            deciders: "Aiko,\nBen , ,Chen",
            status: "",
          }),
        ).toMatchObject({
          success: true,
          fields: { title: "Two lines", deciders: ["Aiko", "Ben", "Chen"], status: "proposed" },
        });
      });

      test("SQL-looking and XSS-looking input is stored verbatim", async () => {
        const hostile = {
          title: `'); DROP TABLE records; -- <script>alert(1)</script>`,
          context: `<img src=x onerror=alert(1)>\n"; DELETE FROM records WHERE '1'='1\n\${7*7} {{7*7}} %s %n\n---\n# heading`,
          deciders: [`Robert'); DROP TABLE students;--`, `"><svg onload=alert(1)>`, "日本語の名前"],
          status: "proposed",
        };
        const { publicId } = await createRecord({ fields: hostile, answers: answersOf(G1) }, db);
        expect(await getRecord(publicId, db)).toMatchObject({
          title: hostile.title,
          context: hostile.context,
          deciders: hostile.deciders,
        });
        const count = await db
          .selectFrom("records")
          .select(db.fn.countAll().as("n"))
          .executeTakeFirstOrThrow();
        expect(Number(count.n)).toBeGreaterThan(1);
      });

      test("many concurrent saves all land", async () => {
        const created = await Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            createRecord(
              { fields: { ...fields, title: `Parallel ${i}` }, answers: answersOf(G1) },
              db,
            ),
          ),
        );
        const read = await Promise.all(created.map((c) => getRecord(c.publicId, db)));
        expect(read.map((r) => r?.title)).toEqual(created.map((_, i) => `Parallel ${i}`));
      });

      test("rate limiter: N allowed, then refused with Retry-After; clients are separate; windows reset", async () => {
        const limit = { limit: 3, windowSeconds: 60 };
        const start = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 15_000);
        const a = `create:${run}:a`;
        const b = `create:${run}:b`;
        for (let i = 0; i < 3; i++) {
          expect(await hit(a, { ...limit, now: start }, db)).toEqual({
            allowed: true,
            retryAfterSeconds: 0,
          });
        }
        expect(await hit(a, { ...limit, now: start }, db)).toEqual({
          allowed: false,
          retryAfterSeconds: 45,
        });
        expect(await hit(b, { ...limit, now: start }, db)).toEqual({
          allowed: true,
          retryAfterSeconds: 0,
        });
        const later = new Date(start.getTime() + 60_000);
        expect((await hit(a, { ...limit, now: later }, db)).allowed).toBe(true);
        // An instance whose clock is behind counts in the newer window instead of resetting it.
        expect((await hit(a, { ...limit, now: start }, db)).allowed).toBe(true);
        expect((await hit(a, { ...limit, now: later }, db)).allowed).toBe(true);
        expect(await hit(a, { ...limit, now: later }, db)).toEqual({
          allowed: false,
          retryAfterSeconds: 45,
        });
      });

      test("rate limiter: past the limit, checks and hits write nothing; other instances learn it with a read", async () => {
        const key = `token-miss:${run}:flood`;
        const limit = { limit: 3, windowSeconds: 3600 };
        for (let i = 0; i < 3; i++) expect((await check(key, limit, db)).allowed).toBe(true);
        for (let i = 0; i < 4; i++) await hit(key, limit, db);
        const count = async () =>
          Number(
            (
              await db
                .selectFrom("rate_limits")
                .select("count")
                .where("key", "=", key)
                .executeTakeFirstOrThrow()
            ).count,
          );
        expect(await count()).toBe(4);
        // This process now refuses without the database at all.
        expect((await check(key, limit, untouchable)).allowed).toBe(false);
        const refused = await hit(key, limit, untouchable);
        expect(refused.allowed).toBe(false);
        expect(refused.retryAfterSeconds).toBeGreaterThan(0);
        for (let i = 0; i < 50; i++) await hit(key, limit, db);
        expect(await count()).toBe(4);
        // Counted past the limit by another instance (here: a direct write), this process learns it with a read.
        const other = await openDatabase(url);
        try {
          const otherKey = `token-miss:${run}:flood-elsewhere`;
          for (let i = 0; i < 3; i++) await hit(otherKey, limit, other);
          await other
            .updateTable("rate_limits")
            .set({ count: 9 })
            .where("key", "=", otherKey)
            .execute();
          expect((await check(otherKey, limit, db)).allowed).toBe(false);
          expect(
            Number(
              (
                await db
                  .selectFrom("rate_limits")
                  .select("count")
                  .where("key", "=", otherKey)
                  .executeTakeFirstOrThrow()
              ).count,
            ),
          ).toBe(9);
        } finally {
          await other.destroy();
        }
      });

      test("rate limiter: two handles on one database share one budget", async () => {
        const other = await openDatabase(url);
        try {
          const key = `create:${run}:shared`;
          const limit = { limit: 4, windowSeconds: 3600 };
          const results = [];
          for (let i = 0; i < 6; i++)
            results.push((await hit(key, limit, i % 2 === 0 ? db : other)).allowed);
          expect(results).toEqual([true, true, true, true, false, false]);
          const parallel = await Promise.all(
            Array.from({ length: 10 }, (_, i) =>
              hit(`${key}:parallel`, { limit: 5, windowSeconds: 3600 }, i % 2 ? db : other),
            ),
          );
          expect(parallel.filter((r) => r.allowed)).toHaveLength(5);
        } finally {
          await other.destroy();
        }
      });

      test.runIf(name === "sqlite")(
        "SQLite runs in WAL mode with synchronous=FULL, a busy timeout and foreign keys",
        async () => {
          expect(await readSqlitePragmas(db)).toEqual({
            journalMode: "wal",
            synchronous: 2,
            busyTimeout: 5000,
            foreignKeys: 1,
          });
          expect(fs.existsSync(path.join(tempDir, "nested", "records.sqlite"))).toBe(true);
        },
      );
    },
  );
});

describe("tokens", () => {
  test("public ids and edit tokens are random, unique and of the exact shape", () => {
    const tokens = new Set(Array.from({ length: 20_000 }, newEditToken));
    expect(tokens.size).toBe(20_000);
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const ids = new Set(Array.from({ length: 20_000 }, newPublicId));
    expect(ids.size).toBe(20_000);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect([...tokens].every(isWellFormedToken)).toBe(true);
    expect([...ids].every(isWellFormedPublicId)).toBe(true);
  });

  test("hashes are SHA-256 hex; comparison is exact", () => {
    expect(hashToken("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(tokensMatch("abc", "abc")).toBe(true);
    expect(tokensMatch("abc", "abd")).toBe(false);
    expect(tokensMatch("abc", "abcd")).toBe(false);
  });
});

describe("clientKey", () => {
  test.each([
    ["203.0.113.10", "203.0.113.10"],
    ["::ffff:203.0.113.10", "203.0.113.10"],
    ["::FFFF:203.0.113.44", "203.0.113.44"],
    ["::ffff:cb00:710a", "203.0.113.10"],
    ["2001:db8:1:2::10", "2001:db8:1:0::/56"],
    ["2001:db8:1:ff::99", "2001:db8:1:0::/56"],
    ["2001:db8:1:100::1", "2001:db8:1:100::/56"],
    ["fe80::1%eth0", "fe80:0:0:0::/56"],
    ["::1", "0:0:0:0::/56"],
    [undefined, "unknown"],
  ])("%s → %s", (ip, key) => {
    expect(clientKey(ip)).toBe(key);
  });

  test("IPv4-mapped clients keep separate buckets; one /56 shares one", () => {
    expect(clientKey("::ffff:203.0.113.10")).not.toBe(clientKey("::ffff:203.0.113.44"));
    expect(clientKey("2001:db8:1:2::10")).toBe(clientKey("2001:db8:1:2::99"));
  });
});

describe("configuration", () => {
  test("DATABASE_URL selects the dialect and never echoes an unknown URL", () => {
    expect(databaseTarget(undefined)).toEqual({
      dialect: "sqlite",
      file: path.resolve("data/records.sqlite"),
    });
    expect(databaseTarget("file:/tmp/x.sqlite")).toEqual({
      dialect: "sqlite",
      file: "/tmp/x.sqlite",
    });
    expect(databaseTarget("file:///tmp/y.sqlite")).toEqual({
      dialect: "sqlite",
      file: "/tmp/y.sqlite",
    });
    expect(dialectName("postgres://u:p@h/db")).toBe("postgres");
    expect(dialectName("postgresql://u:p@h/db")).toBe("postgres");
    expect(() => dialectName("mysql://user:secret@h/db")).toThrow(/scheme mysql/);
    expect(() => dialectName("mysql://user:secret@h/db")).not.toThrow(/secret/);
  });

  test("RATE_LIMIT_CREATE sets the creation budget per minute", () => {
    expect(createRecordLimit({})).toEqual({ limit: 5, windowSeconds: 60 });
    expect(createRecordLimit({ RATE_LIMIT_CREATE: "100000" })).toEqual({
      limit: 100000,
      windowSeconds: 60,
    });
    expect(() => createRecordLimit({ RATE_LIMIT_CREATE: "lots" })).toThrow(/RATE_LIMIT_CREATE/);
  });

  test("getDb opens DATABASE_URL once, lazily, and closeDb closes it", async () => {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = `file:${path.join(tempDir, "app", "records.sqlite")}`;
    try {
      const [a, b] = await Promise.all([getDb(), getDb()]);
      expect(a).toBe(b);
      expect(await getRecord(newPublicId())).toBeUndefined();
      await closeDb();
      expect(await getDb()).not.toBe(a);
      await closeDb();
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
  });
});
