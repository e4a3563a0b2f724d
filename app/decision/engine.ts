// Runs the ruleset through json-rules-engine and keeps its trace: for every rule, whether it fired and,
// for every condition, the actual answer against the expected value.
import { Engine, type RuleResult, type TopLevelConditionResult } from "json-rules-engine";
import {
  FIRST_PARTY_CLIENTS,
  ruleset,
  type Condition,
  type Conditions,
  type RuleDef,
  type RuleId,
} from "./ruleset";

export interface ConditionTrace {
  fact: Condition["fact"];
  operator: Condition["operator"];
  expected: string | readonly string[];
  actual?: unknown;
  held: boolean;
  /** Part of the rule's guard (e.g. "a first-party client was answered"), not of its reason. */
  guard?: true;
}

export interface RuleTrace {
  rule: RuleId;
  fired: boolean;
  /** "all" or "any": how the top-level conditions combine (nested groups are flattened into `conditions`). */
  combinator: "all" | "any";
  conditions: ConditionTrace[];
}

const rulesById = new Map<string, RuleDef>(ruleset.map((r) => [r.id, r]));

export function ruleById(id: RuleId): RuleDef {
  return rulesById.get(id)!;
}

const FIRST_PARTY_GUARD: Conditions = {
  any: FIRST_PARTY_CLIENTS.map((value) => ({ fact: "clients", operator: "contains", value })),
};

/** The conditions the engine runs: the rule's own, then its guard. The trace keeps them apart by position. */
function engineConditions(rule: RuleDef): Conditions {
  return rule.firstPartyOnly ? { all: [rule.when, FIRST_PARTY_GUARD] } : rule.when;
}

function leafCount(c: Conditions | Condition): number {
  const children = "all" in c ? c.all : "any" in c ? c.any : undefined;
  return children ? children.reduce((n, child) => n + leafCount(child), 0) : 1;
}

function buildEngine(stage: RuleDef["stage"]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const rule of ruleset as readonly RuleDef[]) {
    if (rule.stage !== stage) continue;
    // One priority for every condition, so that every condition is evaluated and traced.
    engine.addRule({
      name: rule.id,
      priority: 1,
      conditions: structuredClone(engineConditions(rule)) as never,
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
  for (const t of traces) {
    const when = ruleById(t.rule).when;
    const own = leafCount(when);
    t.combinator = "any" in when ? "any" : "all";
    t.conditions.forEach((c, i) => {
      if (i >= own) c.guard = true;
    });
  }
  // Report rules in ruleset order, whatever order the engine settled them in.
  const order = (id: string) => (ruleset as readonly RuleDef[]).findIndex((r) => r.id === id);
  return traces.sort((a, b) => order(a.rule) - order(b.rule));
}

interface ResultNode {
  all?: ResultNode[];
  any?: ResultNode[];
  fact?: Condition["fact"];
  operator?: Condition["operator"];
  value?: string | string[];
  factResult?: unknown;
  result?: boolean;
}

/** Every condition of a (possibly nested) result, in order. */
function leavesOf(node: ResultNode): ResultNode[] {
  const children = node.all ?? node.any;
  return children ? children.flatMap(leavesOf) : [node];
}

function toTrace(result: RuleResult): RuleTrace {
  const top = result.conditions as TopLevelConditionResult & ResultNode;
  const combinator = top.any ? "any" : "all";
  return {
    rule: result.name as RuleId,
    fired: result.result === true,
    combinator,
    conditions: leavesOf(top).map((c) => ({
      fact: c.fact!,
      operator: c.operator!,
      expected: c.value!,
      actual: c.factResult,
      held: c.result === true,
    })),
  };
}
