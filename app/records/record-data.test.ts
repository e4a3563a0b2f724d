import { describe, expect, it } from "vitest";
import { evaluateDecision, parseShareLink, type Answers } from "~/decision";
import { GOLDEN } from "~/decision/golden";
import { recordView } from "./record-data.server";
import type { StoredRecord } from "./records.server";

async function storedRecord(
  query: string,
  overrides: Partial<StoredRecord["decision"]> = {},
): Promise<StoredRecord> {
  const parsed = parseShareLink(query);
  if (!parsed.success) throw new Error("bad fixture");
  const { trace: _trace, ...decision } = await evaluateDecision(parsed.link.answers);
  return {
    publicId: "p".repeat(22),
    title: "Fixture",
    context: "",
    deciders: [],
    consulted: [],
    informed: [],
    status: "accepted",
    answersQuery: query,
    answers: parsed.link.answers as Partial<Answers>,
    answersComplete: true,
    decision: { ...decision, ...overrides },
    rulesetVersion: "r-old",
    contentHash: "c",
    version: 1,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
  };
}

describe("a saved record against today's rules", () => {
  it("says nothing changed when today's rules decide the same", async () => {
    const view = await recordView(await storedRecord(GOLDEN.G1), "ja", "https://example.test");
    expect(view.today).toBeUndefined();
    // A language the reader did not choose is not written into the link: each viewer's browser decides.
    expect(view.liveLink).not.toContain("lang=");
  });

  it("says so, and links to today's result, when today's rules decide differently", async () => {
    // A record saved when the rules recommended a stateless token for G1's answers.
    const view = await recordView(
      await storedRecord(GOLDEN.G1, { approach: "stateless-token" }),
      "ja",
      "https://example.test",
      "ja",
    );
    expect(view.today?.approach).toBe("server-session");
    expect(view.today?.link).toMatch(/^\/decision\?arch=monolith.*&lang=ja&v=r-[^&]*$/);
    expect(view.liveLink).toMatch(/^\/decision\?arch=monolith.*&lang=ja$/);
    // The snapshot itself is untouched.
    expect(view.record.decision.approach).toBe("stateless-token");
  });
});
