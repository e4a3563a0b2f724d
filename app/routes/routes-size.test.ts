// Routes are adapters: parse the request, call a feature function, render. A route that grows past this size is
// carrying a use case or a component that belongs in its feature's folder.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const MAX_ROUTE_LINES = 150;

const lineCount = (text: string) => text.split("\n").length - (text.endsWith("\n") ? 1 : 0);

describe("route modules", () => {
  it(`are at most ${MAX_ROUTE_LINES} lines each`, () => {
    const dir = path.dirname(new URL(import.meta.url).pathname);
    const routes = readdirSync(dir).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
    expect(routes.length).toBeGreaterThan(10);
    const tooLong = routes
      .map((f) => ({ f, lines: lineCount(readFileSync(path.join(dir, f), "utf8")) }))
      .filter(({ lines }) => lines > MAX_ROUTE_LINES)
      .map(({ f, lines }) => `${f}: ${lines} lines`);
    expect(tooLong).toEqual([]);
  });
});
