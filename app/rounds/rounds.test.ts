// The round model (pure) and its storage on both backends: SQLite always (a temp file), PostgreSQL when
// TEST_DATABASE_URL is set (`node scripts/with-postgres.mjs npx vitest run app/rounds`).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { evaluateDecision, parseShareLink, type Answers } from "~/decision";
import { openDatabase, type Db } from "~/platform/db.server";
import {
  createRecord,
  getRecord,
  getRecordByEditToken,
  getRecordDisagreements,
} from "~/records/records.server";
import { hashToken, newEditToken, newPublicId } from "~/platform/tokens.server";
import {
  checkSettlements,
  reveal,
  settledDisagreements,
  spreads,
  unansweredOptional,
  type MemberAnswers,
} from "./model";
import {
  ROUND_LIMITS,
  RoundError,
  createRound,
  deleteExpiredRounds,
  deleteRound,
  getMember,
  getRound,
  getRoundByFacilitatorToken,
  joinRound,
  listMembers,
  revealRound,
  revealedAnswers,
  saveAnswers,
  SAVE_REPEAT_MS,
  answersFromForm,
  saveRoundRecord,
  scheduleExpirySweep,
  settleRound,
} from "./rounds.server";
import { GOLDEN } from "~/decision/golden";

const { G1 } = GOLDEN;

function answersOf(query: string): Answers {
  const parsed = parseShareLink(query);
  if (!parsed.success) throw new Error(`bad fixture ${query}`);
  return parsed.link.answers;
}

/** G1 with some answers changed. */
function g1With(changes: Record<string, string>): Answers {
  const params = new URLSearchParams(G1);
  for (const [k, v] of Object.entries(changes)) params.set(k, v);
  return answersOf(params.toString());
}

const aiko = { seq: 1, name: "Aiko", answers: answersOf(G1) };
const ben = { seq: 2, name: "", answers: g1With({ logout: "expiry" }) };
const chie = {
  seq: 3,
  name: "Chie",
  answers: g1With({ logout: "minutes", arch: "microservices" }),
};
const dan = { seq: 4, name: "Dan" }; // joined, never answered

describe("round model", () => {
  test("spreads: disagreements first, the most divided first, then agreed questions in catalog order", () => {
    const qs = spreads([aiko, ben, chie, dan]);
    expect(qs.map((q) => q.question)).toEqual([
      "logout",
      "arch",
      "domains",
      "sso",
      "idp",
      "tokens",
      "clients",
      "deploy",
      "store",
      "assurance",
      "stack",
    ]);
    expect(qs[0]!.entries).toEqual([
      { value: "immediate", members: [{ seq: 1, name: "Aiko" }] },
      { value: "expiry", members: [{ seq: 2, name: "" }] },
      { value: "minutes", members: [{ seq: 3, name: "Chie" }] },
    ]);
    expect(qs[0]!.disagreement).toBeCloseTo(2 / 3);
    expect(qs[1]!.entries.map((e) => [e.value, e.members.map((m) => m.seq)])).toEqual([
      ["monolith", [1, 2]],
      ["microservices", [3]],
    ]);
    expect(qs[1]!.disagreement).toBeCloseTo(1 / 3);
    expect(qs.slice(2).every((q) => q.agreed && q.disagreement === 0)).toBe(true);
    // Dan never answered: counted nowhere.
    expect(qs[2]!.entries[0]!.members).toHaveLength(3);
  });

  test("a 2:2 split ranks above a 3:1 split; more answers in play rank above fewer at equal share", () => {
    const m = (seq: number, changes: Record<string, string>) => ({
      seq,
      name: "",
      answers: g1With(changes),
    });
    const qs = spreads([
      m(1, { sso: "own-apps", deploy: "edge" }),
      m(2, { sso: "own-apps" }),
      m(3, { deploy: "single", domains: "same-site" }),
      m(4, { domains: "cross-site" }),
    ]);
    // sso 2:2 (0.5), deploy 2:1:1 (0.5, three values), domains 2:1:1 (0.5, three values) → catalog order breaks the tie.
    expect(qs.slice(0, 3).map((q) => q.question)).toEqual(["domains", "deploy", "sso"]);
  });

  test("reveal: alternatives per answer in play are evaluateDecision of the base with that answer", async () => {
    const r = await reveal([aiko, ben, chie, dan]);
    expect(r.answered).toBe(3);
    expect(r.agreedCount).toBe(9);
    expect(r.questionCount).toBe(11);
    expect(r.disagreements.map((d) => d.question)).toEqual(["logout", "arch"]);
    // Base: the most given answer for each question (logout: first given at a tie).
    expect(r.base).toEqual(answersOf(G1));
    const logout = r.disagreements[0]!;
    for (const alt of logout.alternatives) {
      const d = await evaluateDecision(g1With({ logout: alt.value }));
      expect(alt.outcome).toEqual({
        approach: d.approach,
        addOns: d.addOns,
        confidence: d.confidence,
      });
    }
    const arch = r.disagreements[1]!;
    const micro = await evaluateDecision(g1With({ arch: "microservices" }));
    expect(arch.alternatives.find((a) => a.value === "microservices")!.outcome.approach).toBe(
      micro.approach,
    );
    // Each member's own answers alone.
    expect(r.members.map((m) => m.seq)).toEqual([1, 2, 3]);
    const chieAlone = await evaluateDecision(chie.answers);
    expect(r.members[2]!.outcome.approach).toBe(chieAlone.approach);
    expect(r.settledAnswers).toBeUndefined();
  });

  test("settle: only disagreements, only answers in play; all settled → the settled answers and share link", async () => {
    const members: MemberAnswers[] = [aiko, ben, chie];
    const qs = spreads(members);
    expect(checkSettlements(qs, { sso: { value: "none", note: "" } })).toEqual({
      ok: false,
      refused: ["sso"],
    });
    expect(checkSettlements(qs, { logout: { value: "never", note: "" } })).toEqual({
      ok: false,
      refused: ["logout"],
    });
    const partial = await reveal(members, { logout: { value: "minutes", note: "SLA says 5 min" } });
    expect(partial.settledAnswers).toBeUndefined();
    expect(partial.base.logout).toBe("minutes");
    // The arch alternatives are now evaluated against logout=minutes.
    const micro = await evaluateDecision(g1With({ logout: "minutes", arch: "microservices" }));
    expect(
      partial.disagreements[1]!.alternatives.find((a) => a.value === "microservices")!.outcome
        .approach,
    ).toBe(micro.approach);
    const done = await reveal(members, {
      logout: { value: "minutes", note: "SLA says 5 min" },
      arch: { value: "microservices", note: "" },
    });
    expect(done.settledAnswers).toEqual(g1With({ logout: "minutes", arch: "microservices" }));
    expect(done.settledLink).toContain("logout=minutes");
    expect(settledDisagreements(done)).toEqual([
      {
        question: "logout",
        spread: [
          { value: "immediate", count: 1 },
          { value: "expiry", count: 1 },
          { value: "minutes", count: 1 },
        ],
        settled: "minutes",
        note: "SLA says 5 min",
      },
      {
        question: "arch",
        spread: [
          { value: "monolith", count: 2 },
          { value: "microservices", count: 1 },
        ],
        settled: "microservices",
        note: "",
      },
    ]);
  });

  test("everyone agreeing: nothing to settle, the common answers are the settled answers", async () => {
    const r = await reveal([aiko, { ...aiko, seq: 2 }]);
    expect(r.disagreements).toEqual([]);
    expect(r.agreedCount).toBe(11);
    expect(r.settledAnswers).toEqual(answersOf(G1));
  });
});

describe("an unanswered optional question is never a vote", () => {
  const skipped = (seq: number, name: string, answers: Answers): MemberAnswers => ({
    seq,
    name,
    answers,
    unanswered: ["stack"],
  });
  const aikoNext = { seq: 1, name: "Aiko", answers: answersOf(G1) };
  const chika = skipped(2, "Chika", g1With({ stack: "other" }));
  const third = skipped(3, "", g1With({ stack: "other" }));

  test("counted apart as no answer: one framework given and two blanks is an agreement on that framework", async () => {
    const stack = spreads([aikoNext, chika, third]).find((q) => q.question === "stack")!;
    expect(stack.entries).toEqual([
      { value: "nextjs-authjs", members: [{ seq: 1, name: "Aiko" }] },
    ]);
    expect(stack.noAnswer).toEqual([
      { seq: 2, name: "Chika" },
      { seq: 3, name: "" },
    ]);
    expect(stack.agreed).toBe(true);
    const r = await reveal([aikoNext, chika, third]);
    expect(r.disagreements.map((d) => d.question)).not.toContain("stack");
    expect(r.settledAnswers?.stack).toBe("nextjs-authjs");
  });

  test("a blank is never the majority, never settleable, never written into the settled disagreements", async () => {
    const ben = { seq: 4, name: "Ben", answers: g1With({ stack: "express" }) };
    const members = [aikoNext, chika, third, ben];
    const qs = spreads(members);
    const stack = qs.find((q) => q.question === "stack")!;
    expect(stack.agreed).toBe(false);
    expect(stack.entries.map((e) => e.value)).toEqual(["nextjs-authjs", "express"]);
    expect(stack.disagreement).toBe(0.5);
    expect(checkSettlements(qs, { stack: { value: "other", note: "" } })).toEqual({
      ok: false,
      refused: ["stack"],
    });
    const r = await reveal(members, { stack: { value: "express", note: "" } });
    expect(
      r.disagreements.find((d) => d.question === "stack")!.alternatives.map((a) => a.value),
    ).toEqual(["nextjs-authjs", "express"]);
    expect(settledDisagreements(r)).toEqual([
      {
        question: "stack",
        spread: [
          { value: "nextjs-authjs", count: 1 },
          { value: "express", count: 1 },
        ],
        noAnswer: 2,
        settled: "express",
        note: "",
      },
    ]);
  });

  test("nobody answered it: no entries, no disagreement, the documented default in the answers", async () => {
    const r = await reveal([chika, third]);
    const stack = r.questions.find((q) => q.question === "stack")!;
    expect(stack.entries).toEqual([]);
    expect(stack.noAnswer).toHaveLength(2);
    expect(r.disagreements).toEqual([]);
    expect(r.settledAnswers).toEqual(g1With({ stack: "other" }));
  });
});

const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "rounds-test-"));
afterAll(() => fs.rmSync(tempDir, { recursive: true, force: true }));

const backends = [
  { name: "sqlite", url: `file:${path.join(tempDir, "rounds.sqlite")}` },
  { name: "postgres", url: process.env.TEST_DATABASE_URL },
] as const;

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof RoundError) return error.code;
    throw error;
  }
}

describe.each(backends)("round store on $name", ({ name, url }) => {
  describe.skipIf(!url)(url ? name : "needs TEST_DATABASE_URL", () => {
    let db: Db;
    beforeAll(async () => {
      db = await openDatabase(url);
    });
    afterAll(async () => {
      await db?.destroy();
    });

    test("an optional question left blank is stored as unanswered; an explicit default stays an answer", async () => {
      const { round } = await createRound({ title: "Blanks", facilitatorName: "" }, { db });
      const blank = await joinRound(round.joinId, "Chika", { db });
      const explicit = await joinRound(round.joinId, "Ben", { db });
      const withoutStack = new URLSearchParams(G1);
      withoutStack.delete("stack");
      const form = answersFromForm(withoutStack);
      if (!form.success) throw new Error("bad fixture");
      await saveAnswers(round.joinId, blank.token, form.answers, {
        db,
        unanswered: unansweredOptional(withoutStack),
      });
      const other = new URLSearchParams(G1);
      other.set("stack", "other");
      await saveAnswers(round.joinId, explicit.token, answersOf(other.toString()), {
        db,
        unanswered: unansweredOptional(other),
      });
      // Changing their answers later, the member finds the blank still blank.
      expect((await getMember(round.joinId, blank.token, db))?.formValues).not.toHaveProperty(
        "stack",
      );
      expect((await getMember(round.joinId, explicit.token, db))?.formValues).toHaveProperty(
        "stack",
        "other",
      );
      await revealRound(await getRound(round.joinId, { db }), db);
      const members = await revealedAnswers(await getRound(round.joinId, { db }), db);
      // G1's link leaves the provider and assurance questions blank too (tokens does not apply: never asked).
      expect(members.map((m) => m.unanswered ?? [])).toEqual([
        ["idp", "assurance", "stack"],
        ["idp", "assurance"],
      ]);
      const stack = spreads(members).find((q) => q.question === "stack")!;
      expect(stack.entries.map((e) => [e.value, e.members.length])).toEqual([["other", 1]]);
      expect(stack.noAnswer).toEqual([{ seq: 1, name: "Chika" }]);
    });

    test("started from a result: the facilitator is the first member, with that result's answers in", async () => {
      const fromResult = new URLSearchParams(G1);
      fromResult.delete("stack");
      fromResult.set("clients", "browser,native,third-party");
      const { round, memberToken } = await createRound(
        { title: "From a result", facilitatorName: "Aiko" },
        {
          db,
          facilitatorAnswers: {
            answers: answersOf(fromResult.toString()),
            unanswered: unansweredOptional(fromResult),
          },
        },
      );
      expect(round.memberCount).toBe(1);
      expect(await listMembers(round.joinId, db)).toEqual([
        { seq: 1, name: "Aiko", answered: true },
      ]);
      // The facilitator's cookie makes them that member: they can change their answers like anyone.
      const me = await getMember(round.joinId, memberToken, db);
      expect(me?.answers).toEqual(answersOf(fromResult.toString()));
      expect(me?.formValues).not.toHaveProperty("stack");
      // Every client ticked in the result is ticked again in the member's form.
      expect(me?.formValues?.clients).toEqual(["browser", "native", "third-party"]);
      // The next member joins as the second, and a name clash with the facilitator is refused.
      expect(await code(joinRound(round.joinId, "aiko", { db }))).toBe("name-taken");
      const b = await joinRound(round.joinId, "Ben", { db });
      expect(b.seq).toBe(2);
      await saveAnswers(round.joinId, b.token, g1With({ logout: "expiry" }), { db });
      await revealRound(await getRound(round.joinId, { db }), db);
      const members = await revealedAnswers(await getRound(round.joinId, { db }), db);
      // The facilitator's answers count like anyone's; the question the result left blank is no vote.
      const r = await reveal(members);
      const logout = r.disagreements.find((d) => d.question === "logout")!;
      expect(logout.entries.map((e) => e.members.map((m) => m.name))).toEqual([["Aiko"], ["Ben"]]);
      const stack = r.questions.find((q) => q.question === "stack")!;
      expect(stack.noAnswer.map((m) => m.name)).toEqual(["Aiko"]);
      // A plain round has no member and hands out no member capability.
      const plain = await createRound({ title: "Plain" }, { db });
      expect(plain.memberToken).toBeUndefined();
      expect(plain.round.memberCount).toBe(0);
      expect(await listMembers(plain.round.joinId, db)).toEqual([]);
    });

    test("a round from start to record: join, answer, reveal, settle, save", async () => {
      const { round, facilitatorToken } = await createRound(
        { title: "  Sessions\nfor the shop ", facilitatorName: "Aiko" },
        { db },
      );
      expect(round).toMatchObject({
        title: "Sessions for the shop",
        state: "open",
        memberCount: 0,
      });
      expect((await getRoundByFacilitatorToken(facilitatorToken, { db })).joinId).toBe(
        round.joinId,
      );

      const a = await joinRound(round.joinId, "Aiko", { db });
      const b = await joinRound(round.joinId, "", { db });
      const c = await joinRound(round.joinId, "Chie", { db });
      expect([a.seq, b.seq, c.seq]).toEqual([1, 2, 3]);
      await saveAnswers(round.joinId, a.token, g1With({ logout: "expiry" }), { db });
      await saveAnswers(round.joinId, a.token, aiko.answers, { db }); // changed their mind
      await saveAnswers(round.joinId, b.token, ben.answers, { db });
      await saveAnswers(round.joinId, c.token, chie.answers, { db });
      expect(await listMembers(round.joinId, db)).toEqual([
        { seq: 1, name: "Aiko", answered: true },
        { seq: 2, name: "", answered: true },
        { seq: 3, name: "Chie", answered: true },
      ]);
      expect((await getMember(round.joinId, a.token, db))?.answers).toEqual(aiko.answers);
      // Before the reveal the answers are not handed out.
      const open = await getRound(round.joinId, { db });
      expect(await code(revealedAnswers(open, db))).toBe("not-revealed");
      expect(await code(settleRound(open, {}, db))).toBe("not-revealed");

      await revealRound(open, db);
      const revealed = await getRound(round.joinId, { db });
      expect(revealed.state).toBe("revealed");
      expect(await code(revealRound(revealed, db))).toBe("revealed");
      // Answering or joining after the reveal changes nothing.
      expect(await code(saveAnswers(round.joinId, a.token, chie.answers, { db }))).toBe("revealed");
      expect(await code(joinRound(round.joinId, "Late", { db }))).toBe("revealed");

      const members = await revealedAnswers(revealed, db);
      expect(members.map((m) => m.answers)).toEqual([aiko.answers, ben.answers, chie.answers]);
      const checked = checkSettlements(spreads(members), {
        logout: { value: "immediate", note: "Support must be able to lock accounts" },
        arch: { value: "monolith", note: "" },
      });
      expect(checked.ok).toBe(true);
      if (!checked.ok) return;
      await settleRound(revealed, checked.settlements, db);
      const settled = await getRound(round.joinId, { db });
      const r = await reveal(members, settled.settlements);
      expect(r.settledAnswers).toEqual(answersOf(G1));
      // The team's result: what the settled answers recommend.
      const g1 = await evaluateDecision(answersOf(G1));
      expect(r.settledOutcome).toEqual({
        approach: g1.approach,
        addOns: [...g1.addOns],
        confidence: g1.confidence,
      });

      const created = await createRecord(
        {
          fields: { title: settled.title, consulted: ["Aiko", "Chie"] },
          answers: r.settledAnswers!,
          disagreements: settledDisagreements(r),
        },
        db,
      );
      expect((await getRecord(created.publicId, db))?.consulted).toEqual(["Aiko", "Chie"]);
      expect(await getRecordDisagreements(created.publicId, db)).toEqual(settledDisagreements(r));
      // A record not saved from a round has none.
      const plain = await createRecord({ fields: { title: "x" }, answers: aiko.answers }, db);
      expect(await getRecordDisagreements(plain.publicId, db)).toEqual([]);
    });

    test("forged, stale and foreign capabilities are refused", async () => {
      const { round, facilitatorToken } = await createRound({ title: "t" }, { db });
      const other = await createRound({ title: "other" }, { db });
      const m = await joinRound(round.joinId, "", { db });
      expect(await code(getRoundByFacilitatorToken(newEditToken(), { db }))).toBe("not-found");
      expect(await code(getRoundByFacilitatorToken("short", { db }))).toBe("not-found");
      // A member's token is not a facilitator token.
      expect(await code(getRoundByFacilitatorToken(m.token, { db }))).toBe("not-found");
      expect(await code(getRound(newPublicId(), { db }))).toBe("not-found");
      expect(await code(getRound("../../etc", { db }))).toBe("not-found");
      // A member of one round cannot answer in another.
      expect(await code(saveAnswers(other.round.joinId, m.token, aiko.answers, { db }))).toBe(
        "not-member",
      );
      expect(await getMember(other.round.joinId, m.token, db)).toBeUndefined();
      expect(await code(saveAnswers(round.joinId, newEditToken(), aiko.answers, { db }))).toBe(
        "not-member",
      );
      // Deleting makes both capabilities stale.
      await deleteRound(await getRoundByFacilitatorToken(facilitatorToken, { db }), db);
      expect(await code(getRoundByFacilitatorToken(facilitatorToken, { db }))).toBe("not-found");
      expect(await code(saveAnswers(round.joinId, m.token, aiko.answers, { db }))).toBe(
        "not-found",
      );
      expect(await listMembers(round.joinId, db)).toEqual([]);
    });

    test("the raw capabilities are stored nowhere; their hashes are", async () => {
      const { round, facilitatorToken } = await createRound({ title: "secret" }, { db });
      const m = await joinRound(round.joinId, "", { db });
      const dump = JSON.stringify([
        (await sql`select * from rounds`.execute(db)).rows,
        (await sql`select * from round_members`.execute(db)).rows,
      ]);
      expect(dump).not.toContain(facilitatorToken);
      expect(dump).not.toContain(m.token);
      expect(dump).toContain(hashToken(facilitatorToken));
      expect(dump).toContain(hashToken(m.token));
    });

    test(`at most ${ROUND_LIMITS.members} members, also when they join at once`, async () => {
      const { round } = await createRound({ title: "full" }, { db });
      const results = await Promise.all(
        Array.from({ length: ROUND_LIMITS.members + 5 }, (_, i) =>
          code(joinRound(round.joinId, `m${i}`, { db })),
        ),
      );
      expect(results.filter((r) => r === "ok")).toHaveLength(ROUND_LIMITS.members);
      expect(results.filter((r) => r === "full")).toHaveLength(5);
      const members = await listMembers(round.joinId, db);
      expect(members.map((m) => m.seq)).toEqual(
        Array.from({ length: ROUND_LIMITS.members }, (_, i) => i + 1),
      );
    });

    test("concurrent answers and a reveal: every acknowledged answer is revealed", async () => {
      const { round, facilitatorToken } = await createRound({ title: "race" }, { db });
      const joined = await Promise.all(
        Array.from({ length: 20 }, () => joinRound(round.joinId, "", { db })),
      );
      const open = await getRoundByFacilitatorToken(facilitatorToken, { db });
      const outcomes = await Promise.all([
        ...joined.map((m, i) =>
          code(
            saveAnswers(round.joinId, m.token, i % 2 ? aiko.answers : chie.answers, { db }),
          ).then((c) => ({ seq: m.seq, c })),
        ),
        code(revealRound(open, db)).then((c) => ({ seq: 0, c })),
      ]);
      expect(outcomes.find((o) => o.seq === 0)!.c).toBe("ok");
      const acknowledged = outcomes.filter((o) => o.seq > 0 && o.c === "ok").map((o) => o.seq);
      const refused = outcomes.filter((o) => o.seq > 0 && o.c !== "ok");
      expect(refused.every((o) => o.c === "revealed")).toBe(true);
      const revealed = await revealedAnswers(await getRound(round.joinId, { db }), db);
      const withAnswers = revealed.filter((m) => m.answers).map((m) => m.seq);
      expect(withAnswers.sort((x, y) => x - y)).toEqual(acknowledged.sort((x, y) => x - y));
    });

    test("rounds expire after 30 days and are then refused and deleted", async () => {
      const start = new Date("2026-01-01T00:00:00Z");
      const { round, facilitatorToken } = await createRound({ title: "old" }, { db, now: start });
      expect(round.expiresAt).toBe("2026-01-31T00:00:00.000Z");
      const m = await joinRound(round.joinId, "", { db, now: start });
      const later = new Date("2026-01-31T00:00:01Z");
      expect(await code(saveAnswers(round.joinId, m.token, aiko.answers, { db, now: later }))).toBe(
        "expired",
      );
      expect(await code(getRoundByFacilitatorToken(facilitatorToken, { db, now: later }))).toBe(
        "expired",
      );
      // That look-up deleted it.
      expect(await code(getRound(round.joinId, { db, now: later }))).toBe("not-found");
      expect(await code(joinRound(round.joinId, "", { db, now: later }))).toBe("not-found");
      const swept = await createRound({ title: "old too" }, { db, now: start });
      expect(await deleteExpiredRounds(later, db)).toBeGreaterThanOrEqual(1);
      expect(await code(getRound(swept.round.joinId, { db, now: start }))).toBe("not-found");
      expect(await code(getRound(round.joinId, { db, now: start }))).toBe("not-found");
      expect(await listMembers(round.joinId, db)).toEqual([]);
    });

    test("deleting a round while its members answer: no deadlock, every call answers or is refused", async () => {
      for (let attempt = 0; attempt < 3; attempt++) {
        const { round, facilitatorToken } = await createRound({ title: "delete race" }, { db });
        const joined = await Promise.all(
          Array.from({ length: 12 }, () => joinRound(round.joinId, "", { db })),
        );
        const target = await getRoundByFacilitatorToken(facilitatorToken, { db });
        const answers = joined.flatMap((m) =>
          [0, 1, 2].map(() => code(saveAnswers(round.joinId, m.token, aiko.answers, { db }))),
        );
        const outcomes = await Promise.all([
          ...answers.slice(0, 18),
          code(deleteRound(target, db)),
          ...answers.slice(18),
        ]);
        expect(new Set(outcomes)).toEqual(
          new Set(outcomes.filter((c) => ["ok", "not-found", "not-member"].includes(c))),
        );
        expect(await listMembers(round.joinId, db)).toEqual([]);
      }
    });

    test("two settles from the same page: the second is refused with 409 and the first one stays", async () => {
      const { round, facilitatorToken } = await createRound({ title: "settle race" }, { db });
      const a = await joinRound(round.joinId, "A", { db });
      const b = await joinRound(round.joinId, "B", { db });
      await saveAnswers(round.joinId, a.token, aiko.answers, { db });
      await saveAnswers(round.joinId, b.token, ben.answers, { db });
      await revealRound(await getRound(round.joinId, { db }), db);
      const loaded = await getRoundByFacilitatorToken(facilitatorToken, { db });
      const choices = (value: string) => ({ logout: { value, note: value } });
      const outcomes = await Promise.all(
        ["immediate", "expiry", "immediate", "expiry"].map((v) =>
          code(settleRound(loaded, choices(v), db, loaded.version)),
        ),
      );
      expect(outcomes.filter((c) => c === "ok")).toHaveLength(1);
      expect(outcomes.filter((c) => c === "stale")).toHaveLength(3);
      const winner = ["immediate", "expiry", "immediate", "expiry"][outcomes.indexOf("ok")]!;
      const after = await getRound(round.joinId, { db });
      expect(after.settlements.logout?.value).toBe(winner);
      expect(after.version).toBe(loaded.version + 1);
      // A form loaded before that settle is stale too.
      expect(await code(settleRound(after, choices("expiry"), db, loaded.version))).toBe("stale");
    });

    test("saving as a record twice with one key: one record, and the repeat gets a working edit link", async () => {
      const { round, facilitatorToken } = await createRound({ title: "save race" }, { db });
      const a = await joinRound(round.joinId, "A", { db });
      await saveAnswers(round.joinId, a.token, aiko.answers, { db });
      await revealRound(await getRound(round.joinId, { db }), db);
      const loaded = await getRoundByFacilitatorToken(facilitatorToken, { db });
      const key = newPublicId();
      const input = {
        fields: { title: "From the round" },
        answers: aiko.answers,
        disagreements: [],
      };
      const saves = await Promise.all(
        [0, 1, 2, 3].map(() => saveRoundRecord(loaded, key, () => input, db)),
      );
      const ids = new Set(saves.map((s) => s.publicId));
      expect(ids.size).toBe(1);
      const [publicId] = [...ids];
      const count = await sql<{
        n: number;
      }>`select count(*) as n from records where public_id = ${publicId!}`.execute(db);
      expect(Number(count.rows[0]!.n)).toBe(1);
      // The link handed out last opens the record (which one that was, the database decided).
      const opened = await Promise.all(saves.map((x) => getRecordByEditToken(x.editToken, db)));
      expect(opened.some((r) => r?.publicId === publicId)).toBe(true);
      // A retry after a lost response: a new link that opens the same record.
      const retry = await saveRoundRecord(loaded, key, () => input, db);
      expect(retry.publicId).toBe(publicId);
      expect((await getRecordByEditToken(retry.editToken, db))?.publicId).toBe(publicId);
      expect((await getRound(round.joinId, { db })).recordPublicId).toBe(publicId);
      // Later, the key is spent: a facilitator link cannot take over the record's edit link.
      const later = new Date(Date.now() + SAVE_REPEAT_MS + 1000);
      expect(await code(saveRoundRecord(loaded, key, () => input, db, later))).toBe("stale");
      // Another key is another save.
      const other = await saveRoundRecord(loaded, newPublicId(), () => input, db);
      expect(other.publicId).not.toBe(publicId);
      // A key that names someone else's record is refused.
      const foreign = await createRecord({ fields: { title: "x" }, answers: aiko.answers }, db);
      expect(await code(saveRoundRecord(loaded, foreign.publicId, () => input, db))).toBe("stale");
    });

    test("member names are unique within a round, whatever their case, width or composition", async () => {
      const { round } = await createRound({ title: "names" }, { db });
      await joinRound(round.joinId, "Alice", { db });
      for (const twin of ["alice", "ALICE", " Alice ", "Ａｌｉｃｅ", "Ali\u0063e"]) {
        expect(await code(joinRound(round.joinId, twin, { db }))).toBe("name-taken");
      }
      await joinRound(round.joinId, "Jose\u0301", { db });
      expect(await code(joinRound(round.joinId, "Jos\u00e9", { db }))).toBe("name-taken");
      // Anonymous members may be many.
      await joinRound(round.joinId, "", { db });
      await joinRound(round.joinId, "", { db });
      // Concurrent twins: exactly one gets in.
      const twins = await Promise.all(
        ["Bob", "bob", "BOB", "Ｂｏｂ"].map((n) => code(joinRound(round.joinId, n, { db }))),
      );
      expect(twins.filter((c) => c === "ok")).toHaveLength(1);
      expect(twins.filter((c) => c === "name-taken")).toHaveLength(3);
    });

    test("names and titles may not hide characters: zero-width, bidi controls and other invisible ones", async () => {
      const { round } = await createRound({ title: "hidden" }, { db });
      for (const bad of [
        "Ali\u200bce",
        "\u202eecilA",
        "Bob\u2066x\u2069",
        "\u200fBob",
        "Bo\u00adb",
        "\ufeffBob",
        "Bob\u2028",
        "\u3164",
      ]) {
        await expect(joinRound(round.joinId, bad, { db })).rejects.toThrow();
        await expect(createRound({ title: bad }, { db })).rejects.toThrow(/title/);
      }
      // Letters from any script are welcome.
      await joinRound(round.joinId, "山田 花子", { db });
      await joinRound(round.joinId, "Zoë", { db });
    });

    test("an expired round is deleted when it is next opened, and its facilitator can delete it", async () => {
      const start = new Date("2026-01-01T00:00:00Z");
      const later = new Date("2026-01-31T00:00:01Z");
      const opened = await createRound({ title: "old" }, { db, now: start });
      await joinRound(opened.round.joinId, "", { db, now: start });
      expect(await code(getRound(opened.round.joinId, { db, now: later }))).toBe("expired");
      // Opened once after its expiry: gone, members included, whatever clock asks next.
      expect(await code(getRound(opened.round.joinId, { db, now: start }))).toBe("not-found");
      expect(await listMembers(opened.round.joinId, db)).toEqual([]);

      const kept = await createRound({ title: "old too" }, { db, now: start });
      const expired = await getRoundByFacilitatorToken(kept.facilitatorToken, {
        db,
        now: later,
        allowExpired: true,
      });
      await deleteRound(expired, db);
      expect(
        await code(getRoundByFacilitatorToken(kept.facilitatorToken, { db, now: start })),
      ).toBe("not-found");
    });

    test("expired rounds are deleted on schedule, without anyone opening them", async () => {
      const past = new Date(Date.now() - 31 * 24 * 3600 * 1000);
      const { round } = await createRound({ title: "forgotten" }, { db, now: past });
      await joinRound(round.joinId, "Named", { db, now: past });
      const stop = scheduleExpirySweep(50, db);
      try {
        // The sweep runs every 50 ms: wait until the round is gone (at most 5 s), not for a fixed time.
        await vi.waitFor(
          async () =>
            expect(await code(getRound(round.joinId, { db, now: past }))).toBe("not-found"),
          { timeout: 5_000, interval: 20 },
        );
      } finally {
        stop();
      }
      // Its members went in the same transaction.
      expect(await listMembers(round.joinId, db)).toEqual([]);
    });

    test("invalid input is refused by zod, naming the field", async () => {
      await expect(createRound({ title: "" }, { db })).rejects.toThrow(/title/);
      await expect(createRound({ title: "x".repeat(121) }, { db })).rejects.toThrow(/title/);
      await expect(
        createRound({ title: "ok", facilitatorName: "a\u0000b" }, { db }),
      ).rejects.toThrow(/facilitatorName/);
      const { round } = await createRound({ title: "names" }, { db });
      await expect(joinRound(round.joinId, "x".repeat(41), { db })).rejects.toThrow();
    });
  });
});
