import { describe, expect, it } from "vitest";
import { en } from "./en";
import { ja } from "./ja";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("i18n", () => {
  it("has the same keys in both dictionaries and no empty strings", () => {
    expect(keys(ja).sort()).toEqual(keys(en).sort());
    const walk = (v: unknown): void => {
      if (typeof v === "string") expect(v.trim()).not.toBe("");
      else if (v && typeof v === "object") Object.values(v).forEach(walk);
    };
    walk(en);
    walk(ja);
  });
});
