// The answer space as a numbered list, so that a published ruleset's outcomes can be kept as frozen data:
// one entry per combination of the deciding answers (stack only changes implementation notes).
import { valuesOf, type Answers, type Client } from "./questions";

const ORDER = ["arch", "domains", "sso", "clients", "logout", "deploy", "store"] as const;
const CLIENTS = valuesOf("clients");
const SIZES = ORDER.map((q) => (q === "clients" ? (1 << CLIENTS.length) - 1 : valuesOf(q).length));

export const ANSWER_SPACE_SIZE = SIZES.reduce((a, b) => a * b, 1);

function digit(answers: Answers, q: (typeof ORDER)[number]): number {
  if (q === "clients") {
    let mask = 0;
    for (const c of answers.clients) mask |= 1 << CLIENTS.indexOf(c);
    return mask - 1;
  }
  return (valuesOf(q) as readonly string[]).indexOf(answers[q]);
}

/** The position of a set of answers in the answer space. */
export function answerSpaceIndex(answers: Answers): number {
  let index = 0;
  ORDER.forEach((q, i) => (index = index * SIZES[i]! + digit(answers, q)));
  return index;
}

/** The answers at a position (stack is "other"). */
export function answersAt(index: number): Answers {
  const out: Record<string, unknown> = { stack: "other" };
  for (let i = ORDER.length - 1; i >= 0; i--) {
    const q = ORDER[i]!;
    const d = index % SIZES[i]!;
    index = Math.floor(index / SIZES[i]!);
    out[q] =
      q === "clients"
        ? CLIENTS.filter((_, bit) => (d + 1) & (1 << bit))
        : (valuesOf(q)[d] as string);
  }
  return out as unknown as Answers;
}

/** Every answer set, in index order. */
export function* answerSpace(): Generator<Answers> {
  for (let i = 0; i < ANSWER_SPACE_SIZE; i++) yield answersAt(i);
}

export type { Client };
