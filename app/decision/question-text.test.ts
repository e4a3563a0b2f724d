// The words of the questionnaire walk the question list: a question or value added to the list without its words,
// a grouped question that loses a value, or a conditional question that never says when it applies fails here.
import { describe, expect, it } from "vitest";
import { questionText } from "./question-text";
import {
  LANGS,
  QUESTION_IDS,
  allowsUnsure,
  isConditional,
  valuesOf,
  type QuestionId,
} from "./questions";

const text = (id: QuestionId) =>
  questionText[id] as {
    options: Record<string, unknown>;
    groups?: readonly { values: readonly string[] }[];
    appliesWhen?: unknown;
    findOut?: unknown;
  };

describe("question text", () => {
  it.each(QUESTION_IDS)("%s has words for exactly the values of the list", (id) => {
    expect(Object.keys(text(id).options).sort()).toEqual([...valuesOf(id)].sort());
  });

  it.each(QUESTION_IDS)("%s: grouped options cover every value once, in the list's order", (id) => {
    const groups = text(id).groups;
    if (!groups) return;
    expect(groups.flatMap((g) => g.values)).toEqual([...valuesOf(id)]);
    for (const g of groups) expect(g.values.length).toBeGreaterThan(0);
  });

  it("the provider question groups its options by role: own, OpenID Connect, platform, proxy", () => {
    const groups = (questionText as Record<string, { groups?: { values: readonly string[] }[] }>)
      .idp?.groups;
    expect(groups?.map((g) => g.values[0])).toEqual(["own", "auth0", "clerk", "proxy"]);
  });

  it.each(QUESTION_IDS.filter(isConditional))("conditional %s says when it applies", (id) => {
    expect(text(id).appliesWhen).toBeDefined();
  });

  it.each(QUESTION_IDS.filter((id) => !isConditional(id)))(
    "%s applies always and says nothing about when",
    (id) => {
      expect(text(id).appliesWhen).toBeUndefined();
    },
  );

  it.each(QUESTION_IDS.filter(allowsUnsure))(
    "%s offers “I'm not sure”, so says how to find out",
    (id) => {
      expect(text(id).findOut).toBeDefined();
    },
  );

  it("every deciding question of ruleset 3 says how to find out", () => {
    for (const id of ["idp", "tokens", "clients", "store", "assurance"])
      expect(text(id as QuestionId).findOut, id).toBeDefined();
  });

  it("no text is empty, and Japanese and English are both there", () => {
    const walk = (value: unknown, path: string): string[] => {
      if (value === null || typeof value !== "object") return [];
      const o = value as Record<string, unknown>;
      if ("en" in o && "ja" in o)
        return LANGS.filter((l) => typeof o[l] !== "string" || (o[l] as string).trim() === "").map(
          (l) => `${path}.${l}`,
        );
      return Object.entries(o).flatMap(([k, v]) => walk(v, `${path}.${k}`));
    };
    expect(walk(questionText, "questionText")).toEqual([]);
  });

  it("native apps are mobile and desktop apps; machines and devices have values of their own", () => {
    const clients = questionText.clients.options as Record<
      string,
      { label: { en: string }; hint?: { en: string } }
    >;
    expect(clients.native!.label.en).toMatch(/mobile or desktop/);
    expect(clients.native!.hint!.en).toMatch(/Electron/);
    expect(clients.cli?.hint?.en).toMatch(/without a good browser/);
    expect(clients.service?.hint?.en).toMatch(/no person signs in/);
  });
});
