// Member polling (public/round-live.js) backs off while nothing changes and honours Retry-After: the script runs
// in a small fake browser whose timers are recorded instead of waited for.
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";

type Answer = { status: number; version?: number; retryAfter?: string };

/** Loads the script with a fetch that answers from `answers`; returns the delays it asks for, in order. */
async function pollDelays(answers: Answer[]): Promise<number[]> {
  const source = readFileSync(path.resolve(__dirname, "../../public/round-live.js"), "utf8");
  const delays: number[] = [];
  let pending: (() => unknown) | undefined;
  const fetch = async () => {
    const a = answers.shift() ?? { status: 200, version: 1 };
    return {
      status: a.status,
      ok: a.status >= 200 && a.status < 300,
      headers: {
        get: (h: string) => (h.toLowerCase() === "retry-after" ? (a.retryAfter ?? null) : null),
      },
      json: async () => ({ state: "open", version: a.version }),
      text: async () => "",
    };
  };
  const document = {
    currentScript: { dataset: { status: "/t/x/status", version: "1" } },
    hidden: false,
    addEventListener: () => {},
    querySelector: () => null,
    querySelectorAll: () => [],
  };
  const context = vm.createContext({
    document,
    window: { fetch, DOMParser: class {} },
    fetch,
    location: { href: "/t/x" },
    Math: Object.assign(Object.create(Math), { random: () => 0.5 }), // no jitter: factor 1
    setTimeout: (fn: () => unknown, ms: number) => {
      delays.push(Math.round(ms));
      pending = fn;
      return delays.length;
    },
    clearTimeout: () => {},
    Number,
    String,
  });
  vm.runInContext(source, context);
  for (let i = 0; i < 8 && pending; i++) {
    const run = pending;
    pending = undefined;
    await run();
    await new Promise((r) => setImmediate(r));
  }
  return delays;
}

describe("member polling (round-live.js)", () => {
  test("while nothing changes it backs off from 3 s to 15 s at most", async () => {
    expect(await pollDelays([])).toEqual([
      3000, 4500, 6750, 10125, 15000, 15000, 15000, 15000, 15000,
    ]);
  });

  test("a 503 or 429 waits as long as Retry-After says, and at least 15 s; a gone round stops polling", async () => {
    const delays = await pollDelays([
      { status: 503, retryAfter: "20" },
      { status: 429, retryAfter: "2" },
      { status: 410 },
    ]);
    expect(delays).toEqual([3000, 20000, 15000]);
  });
});
