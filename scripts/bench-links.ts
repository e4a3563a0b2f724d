// Distinct share links for `npm run bench`, as real traffic brings them: answer sets drawn at random (seeded, so
// two runs measure the same links) from the whole answer space, each with a random stack, in canonical form (no
// redirect), every link different. Usage: tsx scripts/bench-links.ts COUNT [SEED] → one /decision?… path a line.
import { ANSWER_SPACE_SIZE, answersAt } from "~/decision/answer-space";
import { catalog, type Answers } from "~/decision/questions";
import { formatShareLink } from "~/decision/share-link";

/** mulberry32: a small seeded generator, enough to spread links over the space. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function benchLinks(count: number, seed = 18): string[] {
  const next = random(seed);
  const stacks = catalog.stack.values;
  const seen = new Set<string>();
  const out: string[] = [];
  const limit = ANSWER_SPACE_SIZE * stacks.length;
  while (out.length < Math.min(count, limit)) {
    const answers: Answers = {
      ...answersAt(Math.floor(next() * ANSWER_SPACE_SIZE)),
      stack: stacks[Math.floor(next() * stacks.length)]!,
    };
    const path = `/decision?${formatShareLink({ answers })}`;
    if (seen.has(path)) continue;
    seen.add(path);
    out.push(path);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? 18);
  process.stdout.write(benchLinks(count, seed).join("\n") + "\n");
}
