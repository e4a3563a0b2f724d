// Two real processes start on one fresh database at the same moment, as two app instances behind a load balancer
// do after a deploy: both must come up and write, whoever migrates first. (kysely's migrator takes no lock on
// SQLite; without db.server.ts's lock about one round in five failed with "table records already exists".)
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const child = path.join(__dirname, "open-and-save.child.ts");
const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "migration-lock-"));
afterAll(() => fs.rmSync(tempDir, { recursive: true, force: true }));

/** A child process that has loaded its code: it waits for the start time, then prints its rounds' lines. */
function spawnChild(target: string, id: string, rounds: number) {
  const p = spawn(process.execPath, ["--import", "tsx", child, target, id, String(rounds)], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  let markReady: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  p.stdout.setEncoding("utf8").on("data", (d: string) => {
    out += d;
    if (out.startsWith("ready\n")) markReady();
  });
  p.stderr.setEncoding("utf8").on("data", (d: string) => (out += d));
  const done = new Promise<string[]>((resolve) =>
    p.on("exit", () => {
      markReady(); // a child that died while loading must not leave the race waiting
      resolve(
        out
          .replace(/^ready\n/, "")
          .trim()
          .split("\n"),
      );
    }),
  );
  return { start: (at: number) => p.stdin.end(`${at}\n`), ready, done };
}

/** Both children load their code first (tsx takes seconds on a busy machine), then run the rounds in step. */
async function race(target: string, rounds: number) {
  const children = [spawnChild(target, "a", rounds), spawnChild(target, "b", rounds)];
  await Promise.all(children.map((c) => c.ready));
  const startAt = Date.now() + 100;
  for (const c of children) c.start(startAt);
  const [a, b] = await Promise.all(children.map((c) => c.done));
  return [...a!, ...b!];
}

test("two processes starting on fresh SQLite files at the same moment both migrate and save (30 rounds)", async () => {
  const lines = await race(tempDir, 30);
  expect(lines.filter((l) => !l.startsWith("ok "))).toEqual([]);
  expect(lines).toHaveLength(60);
}, 90_000);

test.skipIf(!process.env.TEST_DATABASE_URL)(
  "two processes starting on one PostgreSQL database at the same moment both migrate and save",
  async () => {
    const lines = await race(process.env.TEST_DATABASE_URL!, 1);
    expect(lines).toEqual(["ok 0", "ok 0"]);
  },
  60_000,
);
