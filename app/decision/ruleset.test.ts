import { describe, expect, it } from "vitest";
import { ARGUMENT_IDS } from "./arguments";
import { IDP_ROLES, type DerivedFactId } from "./derived";
import { catalog, type QuestionId } from "./questions";
import { ruleText } from "./rule-text";
import { ruleset, type Clause, type Condition, type RuleDef } from "./ruleset";
import { SOURCE_IDS } from "./sources";
import { contentHash, rulesetVersion } from "./version";

const rules = ruleset as readonly RuleDef[];

/** The values a fact derived from the answers can take (derived.ts). */
const DERIVED_VALUES: Record<DerivedFactId, readonly string[]> = {
  idpRole: IDP_ROLES,
  storeReach: ["local", "yes", "no", "eventual", "unsure"],
  providerIntrospection: ["yes", "no"],
};

function leaves(clause: Clause): Condition[] {
  if ("all" in clause) return clause.all.flatMap(leaves);
  if ("any" in clause) return clause.any.flatMap(leaves);
  return [clause];
}

describe("the ruleset as data", () => {
  it("has unique kebab-case ids", () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("cites only known arguments and sources, at least one of each, in disjoint id spaces", () => {
    expect(ARGUMENT_IDS.filter((id) => (SOURCE_IDS as string[]).includes(id))).toEqual([]);
    for (const rule of rules) {
      expect(rule.cites.arguments.length, rule.id).toBeGreaterThan(0);
      expect(rule.cites.sources.length, rule.id).toBeGreaterThan(0);
      for (const a of rule.cites.arguments) expect(ARGUMENT_IDS, `${rule.id} → ${a}`).toContain(a);
      for (const s of rule.cites.sources) expect(SOURCE_IDS, `${rule.id} → ${s}`).toContain(s);
    }
  });

  it("compares answers only with values of the contract", () => {
    for (const rule of rules) {
      for (const c of leaves(rule.when)) {
        if (c.fact === "approach") continue;
        const allowed =
          c.fact in DERIVED_VALUES
            ? DERIVED_VALUES[c.fact as DerivedFactId]
            : (catalog[c.fact as QuestionId].values as readonly string[]);
        for (const v of typeof c.value === "string" ? [c.value] : c.value)
          expect(allowed, `${rule.id}: ${v}`).toContain(v);
      }
    }
  });

  it("says, for every approach a rule rules out, why in both languages", () => {
    for (const rule of rules)
      for (const e of rule.effects)
        if (e.kind === "rules-out")
          for (const lang of ["en", "ja"] as const)
            expect(
              ruleText[rule.id as keyof typeof ruleText].whyNot?.[e.approach]?.[lang],
              `${rule.id} ${e.approach}`,
            ).toBeTruthy();
  });

  it("has text in English and Japanese for every rule", () => {
    for (const rule of rules) {
      const text = ruleText[rule.id as keyof typeof ruleText];
      for (const lang of ["en", "ja"] as const) {
        expect(text.title[lang].length, `${rule.id} ${lang}`).toBeGreaterThan(3);
        expect(text.explanation[lang].length, `${rule.id} ${lang}`).toBeGreaterThan(20);
      }
    }
  });

  it("derives rulesetVersion from the ruleset's content", () => {
    expect(rulesetVersion).toBe(`r-${contentHash(JSON.stringify(ruleset)).slice(0, 10)}`);
    const changed = JSON.parse(JSON.stringify(ruleset)) as RuleDef[];
    (changed[0]!.effects[0] as { strength: number }).strength += 1;
    expect(contentHash(JSON.stringify(changed))).not.toBe(contentHash(JSON.stringify(ruleset)));
  });
});
