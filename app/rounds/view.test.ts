// The revealed view is computed once per round version and language (app/rounds/view.server.ts): every member's
// page asks for it after each change, and 50 members' evaluation costs tens of milliseconds.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseShareLink } from "~/decision";
import { GOLDEN } from "~/decision/golden";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "round-view-"));
const before = process.env.DATABASE_URL;

beforeAll(() => {
  // The view reads through the default store, opened lazily from DATABASE_URL.
  process.env.DATABASE_URL = `file:${path.join(dir, "records.sqlite")}`;
});
afterAll(async () => {
  const { getDb } = await import("~/platform/db.server");
  await (await getDb()).destroy();
  if (before === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = before;
  fs.rmSync(dir, { recursive: true, force: true });
});

test("the revealed view is cached per round version and language, and a change makes a new one", async () => {
  const rounds = await import("./rounds.server");
  const { cachedRevealView } = await import("./view.server");
  const parsed = parseShareLink(GOLDEN.G1);
  if (!parsed.success) throw new Error("bad fixture");
  const answers = parsed.link.answers;
  const { round } = await rounds.createRound({ title: "Cache", facilitatorName: "" });
  const a = await rounds.joinRound(round.joinId, "Aiko");
  const b = await rounds.joinRound(round.joinId, "Ben");
  await rounds.saveAnswers(round.joinId, a.token, answers);
  await rounds.saveAnswers(round.joinId, b.token, { ...answers, logout: "expiry" });
  await rounds.revealRound(await rounds.getRound(round.joinId));

  const revealed = await rounds.getRound(round.joinId);
  const first = cachedRevealView(revealed, "en");
  expect(cachedRevealView(await rounds.getRound(round.joinId), "en")).toBe(first);
  expect(cachedRevealView(revealed, "ja")).not.toBe(first);

  await rounds.settleRound(revealed, { logout: { value: "expiry", note: "" } });
  const settled = await rounds.getRound(round.joinId);
  expect(settled.version).toBeGreaterThan(revealed.version);
  const next = cachedRevealView(settled, "en");
  expect(next).not.toBe(first);
  expect(JSON.stringify(await next)).not.toBe(JSON.stringify(await first));
});
