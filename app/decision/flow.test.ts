import { describe, expect, it } from "vitest";
import type { PartialAnswers } from "./flow";
import { applicableQuestions, firstUnanswered, nextStep, previousStep, progress } from "./flow";

describe("question flow", () => {
  it("skips the store question when there is one server, and counts accordingly", () => {
    expect(applicableQuestions({ deploy: "single" })).not.toContain("store");
    expect(applicableQuestions({ deploy: "multi" })).toContain("store");
    expect(progress("deploy", { deploy: "single" })).toEqual({ n: 7, m: 9 });
    expect(progress("deploy", {})).toEqual({ n: 7, m: 10 });
  });

  it("asks who signs users in early, tokens only for an OpenID Connect provider, domains only for browsers", () => {
    expect(applicableQuestions({}).slice(0, 5)).toEqual([
      "arch",
      "sso",
      "idp",
      "clients",
      "domains",
    ]);
    expect(applicableQuestions({ idp: "auth0" }).slice(2, 5)).toEqual(["idp", "tokens", "clients"]);
    for (const idp of ["own", "supabase", "proxy"] as const)
      expect(applicableQuestions({ idp }), idp).not.toContain("tokens");
    expect(applicableQuestions({ clients: ["native", "cli"] })).not.toContain("domains");
    expect(applicableQuestions({ clients: ["service", "spa"] })).toContain("domains");
    expect(nextStep("idp", { idp: "okta" }, false)).toEqual({ kind: "question", id: "tokens" });
    expect(nextStep("idp", { idp: "clerk" }, false)).toEqual({ kind: "question", id: "clients" });
    expect(nextStep("clients", { clients: ["service"] }, false)).toEqual({
      kind: "question",
      id: "logout",
    });
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
      id: "sso",
    });
    expect(nextStep("deploy", { ...all }, false)).toEqual({ kind: "question", id: "assurance" });
    expect(nextStep("deploy", { ...all, deploy: "multi" }, false)).toEqual({
      kind: "question",
      id: "store",
    });
    expect(nextStep("stack", { ...all }, false)).toEqual({ kind: "check" });
    // From a question that does not apply, on to the next one that does.
    expect(nextStep("store", { ...all }, false)).toEqual({ kind: "question", id: "assurance" });
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
    expect(previousStep("stack", { deploy: "single" })).toBe("assurance");
    expect(previousStep("assurance", { deploy: "single" })).toBe("deploy");
    expect(previousStep("assurance", { deploy: "edge" })).toBe("store");
  });
});
