import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { qrShape } from "./qr.server";

/**
 * Draws the path as the page does (a 1-unit stroke, butt ends) onto a grid of modules: a horizontal segment at
 * height y + 0.5 from x1 to x2 covers the squares x1 … x2 − 1 of row y. Any other command is refused, so the
 * test reads exactly what the browser would draw.
 */
function paint(d: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  const commands = d.match(/[A-Za-z][^A-Za-z]*/g) ?? [];
  expect(commands.join("")).toBe(d);
  for (const c of commands) {
    const [op, ...nums] = [c[0]!, ...c.slice(1).trim().split(/[\s,]+/).filter(Boolean).map(Number)];
    if (op === "M" || op === "m") {
      expect(nums).toHaveLength(2);
      x = op === "M" ? nums[0]! : x + nums[0]!;
      y = op === "M" ? nums[1]! : y + nums[1]!;
    } else if (op === "h") {
      expect(nums).toHaveLength(1);
      const to = x + nums[0]!;
      expect(y % 1).toBe(0.5);
      for (let i = Math.min(x, to); i < Math.max(x, to); i++) {
        const row = grid[y - 0.5]!;
        expect(row[i]).toBe(false); // each square drawn once
        row[i] = true;
      }
      x = to;
    } else {
      throw new Error(`unexpected path command ${c}`);
    }
  }
  return grid;
}

describe("qrShape", () => {
  const links = [
    "http://localhost:3000/decision?arch=monolith&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=multi&store=yes&stack=nextjs-authjs&v=r-23d3afeee0",
    "https://example.org/r/abc",
  ];
  it.each(links)("draws exactly the dark modules, inside a 2-module quiet zone: %s", (link) => {
    const shape = qrShape(link);
    const { modules } = QRCode.create(link, { errorCorrectionLevel: "M" });
    expect(shape.size).toBe(modules.size + 4);
    expect(shape.value).toBe(link);
    const grid = paint(shape.d, shape.size);
    for (let y = 0; y < shape.size; y++) {
      for (let x = 0; x < shape.size; x++) {
        const inside = x >= 2 && y >= 2 && x < modules.size + 2 && y < modules.size + 2;
        const dark = inside && Boolean(modules.get(y - 2, x - 2));
        expect(grid[y]![x], `module ${x},${y}`).toBe(dark);
      }
    }
  });
});
