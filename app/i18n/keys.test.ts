// Every dictionary key is read by some code, and every key exists in both languages (see ./key-scan.ts).
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { ja } from "./ja";
import { DYNAMIC, leaves, readsIn, unreadKeys } from "./key-scan";

describe("dictionary keys", () => {
  it("the scan follows bound names, typed parameters and indexes", () => {
    const reads = readsIn(`
      const t = dictionary(lang).records;
      const e = t.export;
      function f(w: Dictionary["home"]) { return w.start + t.status[s]; }
      e.formats["md"];
    `).map((p) => p.join("."));
    expect(reads).toEqual(
      expect.arrayContaining(["home.start", "records.status.*", "records.export.formats.md"]),
    );
  });

  it("has no key that no code reads", () => {
    expect(unreadKeys()).toEqual([]);
  });

  it("has no key in one language only", () => {
    const enKeys = leaves(en).map((p) => p.join("."));
    const jaKeys = leaves(ja).map((p) => p.join("."));
    expect(enKeys.filter((k) => !jaKeys.includes(k))).toEqual([]);
    expect(jaKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it("every allowed dynamic key exists", () => {
    const all = new Set(leaves(en).map((p) => p.join(".")));
    const exists = (k: string) =>
      k.endsWith(".*") ? [...all].some((key) => key.startsWith(k.slice(0, -1))) : all.has(k);
    expect(Object.keys(DYNAMIC).filter((k) => !exists(k))).toEqual([]);
  });
});
