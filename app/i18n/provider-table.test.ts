// The provider capability table lives in the decision core, which may not import the glossary; its Japanese is
// checked here, like every other text a Japanese reader sees.
import { describe, expect, it } from "vitest";
import { cellsOf, providerTable, type ProviderRow } from "~/decision/providers";
import { glossaryHits } from "./glossary";

describe("provider capability table, Japanese", () => {
  it("uses the glossary's terms in every note, check and name", () => {
    const hits: string[] = [];
    for (const row of Object.values(providerTable) as ProviderRow[]) {
      const texts = [
        { where: `${row.idp}.name`, ja: row.name.ja },
        ...cellsOf(row).map(({ path, cell }) => ({
          where: `${row.idp}.${path}`,
          ja: cell.status === "fact" ? cell.note.ja : cell.check.ja,
        })),
      ];
      for (const { where, ja } of texts)
        for (const hit of glossaryHits(ja)) hits.push(`${where}: ${hit.found} → ${hit.use}`);
    }
    expect(hits).toEqual([]);
  });

  it("catches a variant the glossary forbids (the check can fail)", () => {
    expect(glossaryHits("サインインしたユーザ").length).toBeGreaterThan(0);
  });
});
