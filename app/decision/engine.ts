// Evaluates the ruleset's data and keeps its trace: for every rule, whether it fired and, for every condition,
// the actual fact against the expected value. Synchronous and compiled once: the rules are the same data as
// before (ruleset.ts, json-rules-engine's condition format), read by a small evaluator of its six operators
// (docs/decisions/0015-ruleset-3.md supersedes 0001: the whole answer space must be checkable in minutes).
import { OWN_SESSION_ROLES } from "./derived";
import {
  FIRST_PARTY_CLIENTS,
  ruleset,
  type Condition,
  type Conditions,
  type Clause,
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
const OWN_SESSION_GUARD: Condition = {
  fact: "idpRole",
  operator: "in",
  value: OWN_SESSION_ROLES,
};

function isGroup(c: Clause): c is Conditions {
  return "all" in c || "any" in c;
}

export function holds(c: Condition, actual: unknown): boolean {
  const list = Array.isArray(actual) ? (actual as unknown[]) : undefined;
  const expected = c.value as unknown;
  switch (c.operator) {
    case "equal":
      return actual === expected;
    case "notEqual":
      return actual !== expected;
    case "in":
      return (expected as readonly unknown[]).includes(actual);
    case "notIn":
      return !(expected as readonly unknown[]).includes(actual);
    case "contains":
      return list !== undefined && list.includes(expected);
    case "doesNotContain":
      return list !== undefined && !list.includes(expected);
  }
}

type Facts = Record<string, unknown>;

/** A rule compiled to a function that evaluates every leaf (so every condition is traced) and combines them. */
interface Compiled {
  rule: RuleDef;
  /** Its own leaves, then the guards' leaves. */
  leaves: Condition[];
  ownLeaves: number;
  combinator: "all" | "any";
  /** Combines the leaves' results (in order) into the rule's result. */
  combine: (held: readonly boolean[]) => boolean;
}

function compile(rule: RuleDef): Compiled {
  const leaves: Condition[] = [];
  // Each group becomes a function over the flat list of leaf results, by position.
  const build = (c: Clause): ((held: readonly boolean[]) => boolean) => {
    if (!isGroup(c)) {
      const i = leaves.push(c) - 1;
      return (held) => held[i]!;
    }
    const parts = ("all" in c ? c.all : c.any).map(build);
    return "all" in c
      ? (held) => parts.every((p) => p(held))
      : (held) => parts.some((p) => p(held));
  };
  const own = build(rule.when);
  const ownLeaves = leaves.length;
  const guards = [
    ...(rule.firstPartyOnly ? [build(FIRST_PARTY_GUARD)] : []),
    ...(rule.ownSessionOnly ? [build(OWN_SESSION_GUARD)] : []),
  ];
  return {
    rule,
    leaves,
    ownLeaves,
    combinator: "any" in rule.when ? "any" : "all",
    combine: (held) => own(held) && guards.every((g) => g(held)),
  };
}

const compiled = {
  approach: (ruleset as readonly RuleDef[]).filter((r) => r.stage === "approach").map(compile),
  "add-on": (ruleset as readonly RuleDef[]).filter((r) => r.stage === "add-on").map(compile),
};

/** Runs one stage over the facts; rules in ruleset order, each with its conditions' trace. */
export function runStage(stage: RuleDef["stage"], facts: Facts): RuleTrace[] {
  return compiled[stage].map((c) => {
    const held = c.leaves.map((leaf) => holds(leaf, facts[leaf.fact]));
    return {
      rule: c.rule.id as RuleId,
      fired: c.combine(held),
      combinator: c.combinator,
      conditions: c.leaves.map((leaf, i) => ({
        fact: leaf.fact,
        operator: leaf.operator,
        expected: leaf.value,
        actual: facts[leaf.fact],
        held: held[i]!,
        ...(i >= c.ownLeaves && { guard: true as const }),
      })),
    };
  });
}

type Test = (facts: Facts) => boolean;

/** A condition compiled to a closure: short-circuiting, no trace, no allocation per call. */
function compileTest(c: Clause): Test {
  if (isGroup(c)) {
    const parts = ("all" in c ? c.all : c.any).map(compileTest);
    return "all" in c
      ? (f) => {
          for (const p of parts) if (!p(f)) return false;
          return true;
        }
      : (f) => {
          for (const p of parts) if (p(f)) return true;
          return false;
        };
  }
  return (f) => holds(c, f[c.fact]);
}

const fastTests = {
  approach: compiled.approach.map((c) => ({
    rule: c.rule,
    test: compileTest({
      all: [
        c.rule.when,
        ...(c.rule.firstPartyOnly ? [FIRST_PARTY_GUARD] : []),
        ...(c.rule.ownSessionOnly ? [OWN_SESSION_GUARD] : []),
      ],
    }),
  })),
  "add-on": compiled["add-on"].map((c) => ({
    rule: c.rule,
    test: compileTest({
      all: [
        c.rule.when,
        ...(c.rule.firstPartyOnly ? [FIRST_PARTY_GUARD] : []),
        ...(c.rule.ownSessionOnly ? [OWN_SESSION_GUARD] : []),
      ],
    }),
  })),
};

/**
 * Which rules of a stage fire, without building a trace: the same rule data and the same result as runStage
 * (a test checks both agree), for what the answer-space checks run millions of times.
 */
export function firedRules(stage: RuleDef["stage"], facts: Facts): RuleDef[] {
  const out: RuleDef[] = [];
  for (const t of fastTests[stage]) if (t.test(facts)) out.push(t.rule);
  return out;
}
