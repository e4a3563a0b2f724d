// Child process for migration-lock.test.ts. Prints "ready" once its code is loaded, then reads the start time from
// its first line of input (the parent sends it when both children are ready). For round i of `rounds`, at
// `startAt + i × 250 ms` (the other child keeps the same schedule), opens <dir>/round-i/records.sqlite — or the one
// PostgreSQL URL given — running the migrations as an app instance does on its first request, writes one row, and
// prints one line per round.
import { createInterface } from "node:readline";
import { openDatabase } from "./db.server";

const [target, id, rounds] = process.argv.slice(2) as [string, string, string];
console.log("ready");
const input = createInterface({ input: process.stdin });
const startAt = await new Promise<string>((resolve) => input.once("line", resolve));
input.close();
for (let i = 0; i < Number(rounds); i++) {
  const at = Number(startAt) + i * 250;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
  const url = target.startsWith("postgres") ? target : `file:${target}/round-${i}/records.sqlite`;
  try {
    const db = await openDatabase(url);
    await db
      .insertInto("rate_limits")
      .values({ key: `child:${id}:${i}:${Date.now()}:${Math.random()}`, window_start: 0, count: 1 })
      .execute();
    await db.destroy();
    console.log(`ok ${i}`);
  } catch (error) {
    const cause = error instanceof Error && error.cause ? ` (${String(error.cause)})` : "";
    console.log(`failed ${i}: ${error instanceof Error ? error.message : String(error)}${cause}`);
  }
}
