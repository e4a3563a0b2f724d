import { describe, expect, it } from "vitest";
import type { PartialAnswers } from "./flow";
import {
  applicableQuestions,
  changeHref,
  firstUnanswered,
  nextStep,
  onePageHref,
  previousStep,
  progress,
  shareHref,
  withLang,
} from "./flow";
import { GOLDEN } from "./golden";
import { parseShareLink } from "./share-link";

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

describe("links of the flow", () => {
  const G1 = {
    arch: "monolith",
    domains: "one-origin",
    sso: "none",
    clients: ["browser"],
    logout: "immediate",
    deploy: "multi",
    store: "yes",
    stack: "nextjs-authjs",
    idp: "own",
    tokens: "session",
    assurance: "standard",
  } as const;
  const answers = { ...G1, clients: [...G1.clients] };

  it("adds a chosen language, replacing any other, and leaves links alone without a choice", () => {
    expect(withLang("/", undefined)).toBe("/");
    expect(withLang("/", "en")).toBe("/?lang=en");
    expect(withLang("/q/arch", "ja")).toBe("/q/arch?lang=ja");
    expect(withLang("/decision?arch=monolith&lang=ja#share", "en")).toBe(
      "/decision?arch=monolith&lang=en#share",
    );
    expect(withLang("/arguments/x#top", "ja")).toBe("/arguments/x?lang=ja#top");
  });

  it("Change on the result page goes straight to the question and returns to the result", () => {
    expect(changeHref(answers, "clients")).toBe(`/q/clients?${GOLDEN.G1}&return=decision`);
    expect(changeHref(answers, "logout", "en")).toMatch(
      /^\/q\/logout\?arch=.*&lang=en&return=decision$/,
    );
  });

  it("the share link carries the answers and the version, never a language", () => {
    const href = shareHref(answers, "r-1");
    expect(href).toBe(`/decision?${GOLDEN.G1}&v=r-1`);
    const parsed = parseShareLink(href.slice("/decision?".length));
    expect(parsed.success && parsed.link.lang).toBe(undefined);
  });

  it("the one-page form keeps the answers given so far", () => {
    expect(onePageHref({})).toBe("/questionnaire");
    expect(onePageHref({}, "ja")).toBe("/questionnaire?lang=ja");
    expect(onePageHref({ arch: "modular", clients: ["browser", "spa"] }, "en")).toBe(
      "/questionnaire?arch=modular&clients=browser,spa&lang=en",
    );
  });
});
