// How a published ruleset version keeps its outcomes once newer rules replace it (docs/decisions/0013).
// A frozen file is self-describing: it names the questions and values of its own answer space and the outcome
// ids it stores, so it stays readable when the question list grows or outcomes are added, and it cannot
// silently read one approach as another.
//
// Format 2 stores the outcomes as a reduced decision diagram: one level per question (one yes/no level per value
// of a multiple-choice question), identical sub-diagrams stored once, and a level whose answer does not change
// the outcome left out. Its size follows the number of distinct situations, not the size of the answer space.
// Format 1 (the first frozen version) is a flat table read with the layout it was written with.
import { ADD_ONS, APPROACHES, type AddOn, type Approach } from "./outcomes";

export interface FrozenOutcome {
  approach: Approach;
  addOns: AddOn[];
}

/** A question as a frozen version asked it. */
export interface FrozenQuestion {
  id: string;
  kind: "single" | "multiple";
  values: readonly string[];
}

/** Format 1: two base64url characters per answer set, the approach in two bits and the add-ons above them. */
export interface FrozenTable {
  format: 1;
  questions: readonly FrozenQuestion[];
  approaches: readonly string[];
  addOns: readonly string[];
  table: string;
}

/**
 * Format 2. A reference is a node index (≥ 0) or an outcome (−1 − its index). A node is
 * `[level, child for branch 0, child for branch 1, …]`; levels are numbered in the order of `questions`,
 * a multiple-choice question taking one level per value (branch 1: the value is chosen).
 */
export interface FrozenDiagram {
  format: 2;
  version: string;
  questions: readonly FrozenQuestion[];
  outcomes: readonly { approach: string; addOns: readonly string[] }[];
  nodes: readonly (readonly number[])[];
  root: number;
}

export type FrozenRuleset = FrozenTable | FrozenDiagram;

type AnyAnswers = Readonly<Record<string, unknown>>;

/** The outcome ids a frozen file names, checked against the ones this code knows: never a silent misreading. */
function knownOutcome(approach: string, addOns: readonly string[], where: string): FrozenOutcome {
  if (!(APPROACHES as readonly string[]).includes(approach))
    throw new Error(`${where}: unknown approach "${approach}" in frozen data`);
  for (const a of addOns)
    if (!(ADD_ONS as readonly string[]).includes(a))
      throw new Error(`${where}: unknown add-on "${a}" in frozen data`);
  return { approach: approach as Approach, addOns: [...addOns] as AddOn[] };
}

/** The answers as branches of the file's levels; undefined when an answer is not one the version knew. */
function branches(questions: readonly FrozenQuestion[], answers: AnyAnswers): number[] | undefined {
  const out: number[] = [];
  for (const q of questions) {
    const answer = answers[q.id];
    if (q.kind === "multiple") {
      const chosen = Array.isArray(answer) ? (answer as unknown[]) : [];
      if (chosen.length === 0 || chosen.some((v) => !q.values.includes(v as string)))
        return undefined;
      for (const v of q.values) out.push(chosen.includes(v) ? 1 : 0);
    } else {
      const i = q.values.indexOf(answer as string);
      if (i === -1) return undefined;
      out.push(i);
    }
  }
  return out;
}

// ---- Format 1

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** The position in a format-1 table: mixed radix over the questions, a multiple choice as its bit set − 1. */
function tableIndex(questions: readonly FrozenQuestion[], answers: AnyAnswers): number | undefined {
  const b = branches(questions, answers);
  if (!b) return undefined;
  let index = 0;
  let at = 0;
  for (const q of questions) {
    if (q.kind === "multiple") {
      let mask = 0;
      for (let bit = 0; bit < q.values.length; bit++) mask |= b[at++]! << bit;
      index = index * (2 ** q.values.length - 1) + mask - 1;
    } else {
      index = index * q.values.length + b[at++]!;
    }
  }
  return index;
}

function readTable(frozen: FrozenTable, answers: AnyAnswers): FrozenOutcome | undefined {
  const index = tableIndex(frozen.questions, answers);
  if (index === undefined) return undefined;
  const digit = (c: string | undefined) => ALPHABET.indexOf(c ?? "");
  const low = digit(frozen.table[2 * index]);
  const high = digit(frozen.table[2 * index + 1]);
  if (low < 0 || high < 0) throw new Error(`frozen table: no outcome at ${index}`);
  const code = low | (high << 6);
  if (code >> (2 + frozen.addOns.length))
    throw new Error(`frozen table: outcome ${code} at ${index} sets a bit no add-on has`);
  return knownOutcome(
    frozen.approaches[code & 3]!,
    frozen.addOns.filter((_, bit) => code & (1 << (bit + 2))),
    "frozen table",
  );
}

// ---- Format 2

function readDiagram(frozen: FrozenDiagram, answers: AnyAnswers): FrozenOutcome | undefined {
  const b = branches(frozen.questions, answers);
  if (!b) return undefined;
  let ref = frozen.root;
  while (ref >= 0) {
    const node = frozen.nodes[ref];
    const next = node?.[1 + b[node[0]!]!];
    if (next === undefined) throw new Error(`${frozen.version}: broken node ${ref}`);
    ref = next;
  }
  const o = frozen.outcomes[-1 - ref];
  if (!o) throw new Error(`${frozen.version}: no outcome ${-1 - ref}`);
  return knownOutcome(o.approach, o.addOns, frozen.version);
}

/** What a frozen version decided for these answers; undefined when they hold an answer it did not know. */
export function readFrozen(frozen: FrozenRuleset, answers: AnyAnswers): FrozenOutcome | undefined {
  return frozen.format === 1 ? readTable(frozen, answers) : readDiagram(frozen, answers);
}

/** Every answer set of a frozen layout (a multiple choice never empty), for checks and for re-encoding. */
export function* frozenAnswerSpace(questions: readonly FrozenQuestion[]): Generator<AnyAnswers> {
  function* from(i: number, partial: Record<string, unknown>): Generator<AnyAnswers> {
    if (i === questions.length) return yield { ...partial };
    const q = questions[i]!;
    const options =
      q.kind === "multiple"
        ? Array.from({ length: 2 ** q.values.length - 1 }, (_, m) =>
            q.values.filter((_, bit) => (m + 1) & (1 << bit)),
          )
        : q.values;
    for (const value of options) yield* from(i + 1, { ...partial, [q.id]: value });
  }
  yield* from(0, {});
}

/**
 * Freezes outcomes as a format-2 diagram. `outcomeAt` is asked about every answer set of the layout (a
 * multiple choice with nothing chosen is not an answer set and is never asked).
 */
export function freezeOutcomes(
  version: string,
  questions: readonly FrozenQuestion[],
  outcomeAt: (answers: AnyAnswers) => FrozenOutcome,
): FrozenDiagram {
  /** One level per single-choice question, one yes/no level per value of a multiple-choice one. */
  const levels = questions.flatMap((q, qi): { qi: number; value?: string; size: number }[] =>
    q.kind === "multiple"
      ? q.values.map((value) => ({ qi, value, size: 2 }))
      : [{ qi, value: undefined, size: q.values.length }],
  );
  const outcomes: FrozenOutcome[] = [];
  const outcomeRefs = new Map<string, number>();
  const nodes: number[][] = [];
  const nodeRefs = new Map<string, number>();
  const DONT_CARE = Number.NaN;

  const leaf = (o: FrozenOutcome): number => {
    const { approach, addOns } = knownOutcome(o.approach, o.addOns, version);
    // Add-ons in the order of ADD_ONS, so that equal outcomes are stored once.
    const sorted = ADD_ONS.filter((a) => addOns.includes(a));
    const key = JSON.stringify([approach, sorted]);
    let ref = outcomeRefs.get(key);
    if (ref === undefined) {
      ref = -1 - (outcomes.push({ approach, addOns: sorted }) - 1);
      outcomeRefs.set(key, ref);
    }
    return ref;
  };

  const node = (level: number, children: number[]): number => {
    const defined = children.filter((c) => !Number.isNaN(c));
    if (defined.length === 0) return DONT_CARE;
    // A branch that no answer set reaches may point anywhere; pointing it at a sibling lets levels merge.
    const filled = children.map((c) => (Number.isNaN(c) ? defined[0]! : c));
    if (filled.every((c) => c === filled[0])) return filled[0]!;
    const key = `${level}:${filled.join(",")}`;
    let ref = nodeRefs.get(key);
    if (ref === undefined) {
      ref = nodes.push([level, ...filled]) - 1;
      nodeRefs.set(key, ref);
    }
    return ref;
  };

  const build = (level: number, answers: Record<string, unknown>): number => {
    if (level === levels.length) {
      const empty = questions.some((q) => q.kind === "multiple" && !(answers[q.id] as []).length);
      return empty ? DONT_CARE : leaf(outcomeAt(answers));
    }
    const { qi, value, size } = levels[level]!;
    const q = questions[qi]!;
    const children = Array.from({ length: size }, (_, branch) => {
      if (value === undefined) return build(level + 1, { ...answers, [q.id]: q.values[branch] });
      const chosen = (answers[q.id] as string[] | undefined) ?? [];
      return build(level + 1, { ...answers, [q.id]: branch ? [...chosen, value] : chosen });
    });
    return node(level, children);
  };

  const root = build(0, {});
  if (Number.isNaN(root)) throw new Error(`${version}: an empty answer space`);
  return { format: 2, version, questions, outcomes, nodes, root };
}
