import { describe, expect, it } from "vitest";
import type { PartialAnswers } from "./flow";
import { applicableQuestions, firstUnanswered, nextStep, previousStep, progress } from "./flow";

describe("question flow", () => {
  it("skips the store question when there is one server, and counts accordingly", () => {
    expect(applicableQuestions({ deploy: "single" })).not.toContain("store");
    expect(applicableQuestions({ deploy: "multi" })).toContain("store");
    expect(progress("deploy", { deploy: "single" })).toEqual({ n: 6, m: 7 });
    expect(progress("deploy", {})).toEqual({ n: 6, m: 8 });
  });

  it("goes forward in order and ends at the check page", () => {
    const all: PartialAnswers = {
      arch: "monolith",
      domains: "one-origin",
      sso: "none",
      clients: ["browser"],
      logout: "immediate",
      deploy: "single",
    };
    expect(nextStep("arch", { arch: "monolith" }, false)).toEqual({
      kind: "question",
      id: "domains",
    });
    expect(nextStep("deploy", { ...all }, false)).toEqual({ kind: "question", id: "stack" });
    expect(nextStep("deploy", { ...all, deploy: "multi" }, false)).toEqual({
      kind: "question",
      id: "store",
    });
    expect(nextStep("stack", { ...all }, false)).toEqual({ kind: "check" });
    // From a question that does not apply, on to the next one that does.
    expect(nextStep("store", { ...all }, false)).toEqual({ kind: "question", id: "stack" });
  });

  it("asks a new follow-up question before returning to the check page", () => {
    const answers: PartialAnswers = {
      arch: "monolith",
      domains: "one-origin",
      sso: "none",
      clients: ["browser"],
      logout: "immediate",
      deploy: "multi",
    };
    expect(firstUnanswered(answers)).toBe("store");
    expect(nextStep("deploy", answers, true)).toEqual({ kind: "question", id: "store" });
    expect(nextStep("store", { ...answers, store: "yes" }, true)).toEqual({ kind: "check" });
  });

  it("goes back to the previous applicable question", () => {
    expect(previousStep("arch", {})).toBeUndefined();
    expect(previousStep("stack", { deploy: "single" })).toBe("deploy");
    expect(previousStep("stack", { deploy: "edge" })).toBe("store");
  });
});
