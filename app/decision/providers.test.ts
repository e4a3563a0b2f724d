import { describe, expect, it } from "vitest";
import {
  cellSources,
  cellsOf,
  IDP_VALUES,
  PROVIDER_FACTS_CHECKED,
  providerTable,
  type Cell,
  type ProviderRow,
} from "./providers";
import { SOURCE_IDS, sources } from "./sources";

const rows = Object.values(providerTable) as ProviderRow[];
const allCells = rows.flatMap((row) =>
  cellsOf(row).map(({ path, cell }) => ({ where: `${row.idp}.${path}`, cell })),
);
const registry = sources as Readonly<Record<string, { url: string; checked?: string }>>;

function texts(cell: Cell<unknown>) {
  return cell.status === "fact" ? cell.note : cell.check;
}

describe("provider capability table", () => {
  it("has exactly one row per idp value, keyed by its own idp", () => {
    expect(Object.keys(providerTable).sort()).toEqual([...IDP_VALUES].sort());
    for (const idp of IDP_VALUES) expect(providerTable[idp].idp).toBe(idp);
  });

  it("is dated with a real ISO day", () => {
    expect(PROVIDER_FACTS_CHECKED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${PROVIDER_FACTS_CHECKED}T00:00:00Z`).toISOString().slice(0, 10)).toBe(
      PROVIDER_FACTS_CHECKED,
    );
  });

  it("finds the cells of every row (the walker does not skip nested products)", () => {
    for (const row of rows) expect(cellsOf(row).length, row.idp).toBeGreaterThanOrEqual(3);
    const proxyPaths = cellsOf(providerTable.proxy).map((c) => c.path);
    expect(proxyPaths).toContain("products.0.assertion");
    expect(proxyPaths).toContain("products.3.binding");
  });

  it("gives every fact at least one source, and names only sources that exist in the registry", () => {
    for (const { where, cell } of allCells) {
      if (cell.status === "fact") expect(cell.sources.length, where).toBeGreaterThan(0);
      for (const id of cellSources(cell)) expect(SOURCE_IDS, `${where} → ${id}`).toContain(id);
    }
  });

  it("says in both languages what to check for every unverified cell, and never leaves a note empty", () => {
    for (const { where, cell } of allCells) {
      expect(["fact", "unverified"], where).toContain(cell.status);
      const text = texts(cell);
      expect(text.en.trim().length, `${where} (en)`).toBeGreaterThan(10);
      expect(text.ja.trim().length, `${where} (ja)`).toBeGreaterThan(5);
      expect(/[\u3040-\u30ff\u4e00-\u9fff]/.test(text.ja), `${where} (ja is Japanese)`).toBe(true);
    }
  });

  it("makes every unverified cell name something to check or ask, not just say it was not checked", () => {
    const bare = allCells
      .filter(({ cell }) => cell.status === "unverified")
      .filter(({ cell }) => !/\b(check|ask|look|read|inspect|confirm)\b/i.test(texts(cell).en))
      .map(({ where }) => where);
    expect(bare).toEqual([]);
  });

  it("leaves the providers it does not name as questions, never facts", () => {
    for (const idp of ["oidc-other", "platform-other"] as const) {
      const facts = cellsOf(providerTable[idp]).filter((c) => c.cell.status === "fact");
      expect(
        facts.map((c) => c.path),
        idp,
      ).toEqual([]);
    }
  });

  it("cites provider sources that were checked on the table's date", () => {
    const cited = new Set(allCells.flatMap(({ cell }) => cellSources(cell)));
    for (const id of cited) {
      const source = registry[id]!;
      if (source.checked !== undefined) expect(source.checked, id).toBe(PROVIDER_FACTS_CHECKED);
    }
    // Every vendor page in the registry is one this table cites or read: no orphaned provider pages.
    const vendorIds = SOURCE_IDS.filter((id) => sources[id].kind === "vendor-docs");
    expect(vendorIds.filter((id) => !cited.has(id))).toEqual([]);
  });

  it("has no duplicate sources: no two registry entries share a URL", () => {
    const byUrl = new Map<string, string[]>();
    for (const id of SOURCE_IDS) {
      const url = registry[id]!.url;
      if (url) byUrl.set(url, [...(byUrl.get(url) ?? []), id]);
    }
    expect([...byUrl.values()].filter((ids) => ids.length > 1)).toEqual([]);
  });
});
