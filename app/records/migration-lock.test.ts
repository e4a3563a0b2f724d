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

function run(target: string, id: string, rounds: number, startAt: number): Promise<string[]> {
  return new Promise((resolve) => {
    const p = spawn(
      process.execPath,
      ["--import", "tsx", child, target, id, String(rounds), String(startAt)],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    p.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    p.stderr.setEncoding("utf8").on("data", (d: string) => (out += d));
    p.on("exit", () => resolve(out.trim().split("\n")));
  });
}

/** Both children load their code first (tsx takes seconds on a busy machine), then run the rounds in step. */
async function race(target: string, rounds: number) {
  const startAt = Date.now() + 10_000;
  const [a, b] = await Promise.all([
    run(target, "a", rounds, startAt),
    run(target, "b", rounds, startAt),
  ]);
  return [...a, ...b];
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
