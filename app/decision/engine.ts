// Runs the ruleset through json-rules-engine and keeps its trace: for every rule, whether it fired and,
// for every condition, the actual answer against the expected value.
import { Engine, type RuleResult, type TopLevelConditionResult } from "json-rules-engine";
import { ruleset, type Condition, type RuleDef, type RuleId } from "./ruleset";

export interface ConditionTrace {
  fact: Condition["fact"];
  operator: Condition["operator"];
  expected: string | readonly string[];
  actual?: unknown;
  held: boolean;
}

export interface RuleTrace {
  rule: RuleId;
  fired: boolean;
  /** "all" or "any": how the conditions combine. */
  combinator: "all" | "any";
  conditions: ConditionTrace[];
}

const rulesById = new Map<string, RuleDef>(ruleset.map((r) => [r.id, r]));

export function ruleById(id: RuleId): RuleDef {
  return rulesById.get(id)!;
}

function buildEngine(stage: RuleDef["stage"]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const rule of ruleset as readonly RuleDef[]) {
    if (rule.stage !== stage) continue;
    // One priority for every condition, so that every condition is evaluated and traced.
    engine.addRule({
      name: rule.id,
      priority: 1,
      conditions: structuredClone(rule.when) as never,
      event: { type: rule.id },
    });
  }
  return engine;
}

const engines = { approach: buildEngine("approach"), "add-on": buildEngine("add-on") };

export async function runStage(
  stage: RuleDef["stage"],
  facts: Record<string, unknown>,
): Promise<RuleTrace[]> {
  const { results, failureResults } = await engines[stage].run(facts);
  const traces = [...results, ...failureResults].map(toTrace);
  // Report rules in ruleset order, whatever order the engine settled them in.
  const order = (id: string) => (ruleset as readonly RuleDef[]).findIndex((r) => r.id === id);
  return traces.sort((a, b) => order(a.rule) - order(b.rule));
}

function toTrace(result: RuleResult): RuleTrace {
  const top = result.conditions as TopLevelConditionResult & { all?: unknown[]; any?: unknown[] };
  const combinator = "any" in top && top.any ? "any" : "all";
  const leaves = ((combinator === "any" ? top.any : top.all) ?? []) as Array<{
    fact: Condition["fact"];
    operator: Condition["operator"];
    value: string | string[];
    factResult?: unknown;
    result?: boolean;
  }>;
  return {
    rule: result.name as RuleId,
    fired: result.result === true,
    combinator,
    conditions: leaves.map((c) => ({
      fact: c.fact,
      operator: c.operator,
      expected: c.value,
      actual: c.factResult,
      held: c.result === true,
    })),
  };
}
