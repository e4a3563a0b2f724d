import { describe, expect, it } from "vitest";
import { evaluateDecision } from "./evaluate";
import { APPROACHES } from "./outcomes";
import { valuesOf, type Answers } from "./questions";

/** Every non-empty set of clients, in canonical order. */
function clientSets(): Answers["clients"][] {
  const all = valuesOf("clients");
  const sets: Answers["clients"][] = [];
  for (let mask = 1; mask < 1 << all.length; mask++)
    sets.push(all.filter((_, i) => mask & (1 << i)));
  return sets;
}

function* answerSpace(): Generator<Answers> {
  for (const arch of valuesOf("arch"))
    for (const domains of valuesOf("domains"))
      for (const sso of valuesOf("sso"))
        for (const clients of clientSets())
          for (const logout of valuesOf("logout"))
            for (const deploy of valuesOf("deploy"))
              for (const store of valuesOf("store"))
                yield { arch, domains, sso, clients, logout, deploy, store, stack: "other" };
}

describe("the whole answer space (every question but stack)", () => {
  it("gives exactly one approach, a confidence in [0, 1] and at least one reason for every combination", async () => {
    const started = performance.now();
    let count = 0;
    const byApproach = Object.fromEntries(APPROACHES.map((a) => [a, 0])) as Record<string, number>;
    const failures: string[] = [];
    for (const answers of answerSpace()) {
      count++;
      const d = await evaluateDecision(answers);
      byApproach[d.approach] = (byApproach[d.approach] ?? 0) + 1;
      const problems: string[] = [];
      if (!(APPROACHES as readonly string[]).includes(d.approach))
        problems.push(`approach ${d.approach}`);
      if (!(d.confidence >= 0 && d.confidence <= 1)) problems.push(`confidence ${d.confidence}`);
      if (!d.reasons.some((r) => r.supports === d.approach))
        problems.push("no reason for the approach");
      if (problems.length > 0 && failures.length < 20)
        failures.push(`${JSON.stringify(answers)}: ${problems.join(", ")}`);
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `exhaustive: ${count} combinations in ${seconds.toFixed(1)} s (${((seconds * 1e6) / count).toFixed(0)} µs each); ` +
        `approaches: ${JSON.stringify(byApproach)}`,
    );
    expect(count).toBe(4 * 4 * 3 * 15 * 3 * 3 * 3);
    expect(failures).toEqual([]);
    // Every approach is reachable.
    for (const a of APPROACHES) expect(byApproach[a], a).toBeGreaterThan(0);
  }, 600_000);
});
