// The round pages' words: the record's context no longer repeats the disagreements (they are a list of their own).
import { parseShareLink, type Answers } from "~/decision";
import { GOLDEN } from "~/decision/golden";
import { reveal } from "./model";
import type { Round } from "./rounds.server";
import { recordContext, revealView } from "./view.server";

function answersOf(query: string): Answers {
  const parsed = parseShareLink(query);
  if (!parsed.success) throw new Error(`bad fixture ${query}`);
  return parsed.link.answers;
}

function g1With(changes: Record<string, string>): Answers {
  const params = new URLSearchParams(GOLDEN.G1);
  for (const [k, v] of Object.entries(changes)) params.set(k, v);
  return answersOf(params.toString());
}

const round = { title: "Shop sign-in" } as Round;

test.each(["en", "ja"] as const)(
  "%s: the record's context names the round once and lists no disagreement",
  async (lang) => {
    const members = [
      { seq: 1, name: "Aiko", answers: g1With({}) },
      { seq: 2, name: "Ben", answers: g1With({ logout: "expiry" }) },
      { seq: 3, name: "", answers: g1With({ logout: "expiry", arch: "microservices" }) },
    ];
    const r = await reveal(members, {
      logout: { value: "immediate", note: "Support locks accounts" },
      arch: { value: "monolith", note: "" },
    });
    const context = recordContext(round, r, lang);
    expect(context).toContain("Shop sign-in");
    expect(context.split("\n")).toHaveLength(1);
    expect(context).not.toContain("×");
    expect(context).not.toContain("Support locks accounts");
    // The team's result is in the view the members' page reads.
    expect(revealView(r, lang).settledOutcome?.approach).toBeTruthy();
  },
);
