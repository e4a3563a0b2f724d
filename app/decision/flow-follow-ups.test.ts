// Follow-up questions (ruleset 3): a change that makes one apply asks it, even an optional one; a change that
// ends one drops its answer, so that no answer travels on unseen into the check page or the result.
import { describe, expect, it } from "vitest";
import {
  applicableQuestions,
  followUpsOf,
  nextStep,
  previousStep,
  skippedAsDefault,
  withoutSkipped,
  type PartialAnswers,
} from "./flow";
import { ASK_ORDER, QUESTION_IDS, type Answers } from "./questions";
import { formatAnswers, formatShareLink } from "./share-link";

const complete: Answers = {
  arch: "monolith",
  domains: "one-origin",
  sso: "federated",
  idp: "auth0",
  tokens: "provider",
  clients: ["browser"],
  logout: "minutes",
  deploy: "multi",
  store: "yes",
  assurance: "standard",
  stack: "other",
};

describe("the order of asking", () => {
  it("asks every question once, who signs users in early, its follow-up next, the clients before domains", () => {
    expect([...ASK_ORDER].sort()).toEqual([...QUESTION_IDS].sort());
    const at = (id: string) => ASK_ORDER.indexOf(id as never);
    expect(at("idp")).toBeLessThan(at("clients"));
    expect(at("tokens")).toBe(at("idp") + 1);
    expect(at("clients")).toBeLessThan(at("domains"));
  });

  it("a provider's follow-up comes right after it; with our own sign-in it is not asked", () => {
    const sofar: PartialAnswers = { arch: "monolith", sso: "none", idp: "okta" };
    expect(nextStep("idp", sofar, false)).toEqual({ kind: "question", id: "tokens" });
    expect(nextStep("idp", { ...sofar, idp: "own" }, false)).toEqual({
      kind: "question",
      id: "clients",
    });
    expect(nextStep("idp", { ...sofar, idp: "supabase" }, false)).toEqual({
      kind: "question",
      id: "clients",
    });
    expect(previousStep("clients", sofar)).toBe("tokens");
    expect(previousStep("clients", { ...sofar, idp: "proxy" })).toBe("idp");
  });

  it("clients without a browser go straight on to logout", () => {
    const sofar: PartialAnswers = { arch: "monolith", sso: "none", clients: ["service"] };
    expect(applicableQuestions(sofar)).not.toContain("domains");
    expect(nextStep("clients", sofar, false)).toEqual({ kind: "question", id: "logout" });
    expect(previousStep("logout", sofar)).toBe("clients");
  });
});

describe("follow-ups after a change from the check page or the result", () => {
  it("knows which questions follow which", () => {
    expect(followUpsOf("idp")).toEqual(["tokens"]);
    expect(followUpsOf("clients")).toEqual(["domains"]);
    expect(followUpsOf("deploy")).toEqual(["store"]);
    expect(followUpsOf("logout")).toEqual([]);
  });

  it("choosing a provider asks what our APIs accept, although that question is optional", () => {
    const { tokens: _t, ...rest } = complete;
    const answers: PartialAnswers = { ...rest, idp: "keycloak" };
    expect(nextStep("idp", answers, true)).toEqual({ kind: "question", id: "tokens" });
    // Answered, or left unanswered on its own page: back to the page that was left.
    expect(nextStep("tokens", { ...answers, tokens: "session" }, true)).toEqual({ kind: "check" });
    expect(nextStep("tokens", answers, true)).toEqual({ kind: "check" });
    // Already answered: nothing new to ask.
    expect(nextStep("idp", { ...answers, tokens: "provider" }, true)).toEqual({ kind: "check" });
  });

  it("adding a browser asks where the pages live", () => {
    const { domains: _d, ...rest } = complete;
    const answers: PartialAnswers = { ...rest, clients: ["service", "spa"] };
    expect(nextStep("clients", answers, true)).toEqual({ kind: "question", id: "domains" });
  });

  it("a change that ends a follow-up drops its answer, and only that", () => {
    expect(withoutSkipped({ ...complete, idp: "own" })).toEqual(
      (({ tokens: _t, ...rest }) => ({ ...rest, idp: "own" }))(complete),
    );
    expect(withoutSkipped({ ...complete, idp: "clerk" })).not.toHaveProperty("tokens");
    expect(withoutSkipped({ ...complete, clients: ["native", "cli"] })).not.toHaveProperty(
      "domains",
    );
    expect(withoutSkipped({ ...complete, deploy: "single" })).not.toHaveProperty("store");
    expect(withoutSkipped(complete)).toEqual(complete);
    // Unanswered, the provider is our own sign-in (its default): its follow-up does not apply either.
    const { idp: _i, ...noProvider } = complete;
    expect(withoutSkipped(noProvider)).not.toHaveProperty("tokens");
  });

  it("a complete set of answers sent from the one-page form keeps no answer to a question that does not apply", () => {
    const sent: Answers = { ...complete, idp: "own", clients: ["cli"], domains: "cross-site" };
    const settled = skippedAsDefault(sent);
    expect(settled.tokens).toBe("session");
    expect(settled.domains).toBe("one-origin");
    expect(formatShareLink({ answers: settled })).not.toMatch(/tokens=|domains=/);
    expect(skippedAsDefault(complete)).toEqual(complete);
  });
});

describe("links inside the questionnaire keep what the person chose", () => {
  it("an optional answer that is its default stays in question links, never in share links", () => {
    const chosen: PartialAnswers = { arch: "monolith", idp: "own", assurance: "standard" };
    expect(formatAnswers(chosen, { keepChosen: true })).toBe(
      "arch=monolith&idp=own&assurance=standard",
    );
    expect(formatAnswers(chosen)).toBe("arch=monolith");
    // A skipped question's answer is never kept.
    expect(formatAnswers({ deploy: "single", store: "yes" }, { keepChosen: true })).toBe(
      "deploy=single",
    );
  });
});
