// @vitest-environment node
import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, ResolverOptions } from "react-hook-form";
import { describe, expect, it } from "vitest";
import {
  AnswersSchema,
  questionSchema,
  validateAnswers,
  validateQuestion,
} from "~/decision/schema";
import { MULTIPLE_CHOICE_QUESTIONS, QUESTION_IDS, type QuestionId } from "~/decision/questions";
import { errorCodes, valuesFromAnswers, valuesInForm, type FormValues } from "./form-check";

/** The part of HTMLFormElement that FormData reads, faked by a FormData subclass fed from pairs. */
function formOf(pairs: [string, string][]): HTMLFormElement {
  return { pairs } as unknown as HTMLFormElement;
}

const RealFormData = globalThis.FormData;
globalThis.FormData = class extends RealFormData {
  constructor(form?: HTMLFormElement) {
    super();
    for (const [k, v] of (form as unknown as { pairs: [string, string][] }).pairs)
      this.append(k, v);
  }
} as typeof FormData;

const OPTIONS = {
  fields: undefined,
  shouldUseNativeValidation: false,
} as unknown as ResolverOptions<FieldValues>;

/** What the browser check reports for these form values, through react-hook-form's resolver. */
async function browserCodes(schema: Parameters<typeof zodResolver>[0], values: FormValues) {
  const result = await zodResolver(schema)(values, undefined, OPTIONS);
  return errorCodes(result.errors);
}

/** The server's first code per field, as its 400 reports it. */
function serverCodes(input: Record<string, unknown>) {
  const result = validateAnswers(input);
  if (result.success) return {};
  return Object.fromEntries(Object.entries(result.errors).map(([k, codes]) => [k, codes![0]]));
}

// Bodies as the server reads them (lists as repeated fields) and the same forms as react-hook-form holds them.
const CASES: Record<string, unknown>[] = [
  {},
  { arch: "monolith" },
  { arch: "monolith", deploy: "mainframe" },
  { arch: "mainframe", domains: "one-origin", sso: "none", clients: ["browser", "phone"] },
  { arch: "monolith", domains: "one-origin", sso: "none", clients: [], logout: "immediate" },
  { arch: "microservices", clients: ["browser", "spa"], logout: "minutes", deploy: "multi" },
  {
    arch: "monolith",
    domains: "one-origin",
    sso: "none",
    clients: ["browser"],
    logout: "immediate",
    deploy: "multi",
    stack: "django",
  },
];

describe("the browser check through react-hook-form's zod resolver", () => {
  it.each(CASES.map((c, i) => [i, c] as const))(
    "reports the fields and codes the server's 400 does (case %i)",
    async (_, input) => {
      const values = valuesFromAnswers(input, QUESTION_IDS, MULTIPLE_CHOICE_QUESTIONS);
      expect(await browserCodes(AnswersSchema, values)).toEqual(serverCodes(input));
    },
  );

  it.each(QUESTION_IDS.map((id) => [id] as const))(
    "on the %s page, unanswered and off the list, as the server does",
    async (id: QuestionId) => {
      for (const input of [{}, { [id]: "mainframe" }]) {
        const values = valuesFromAnswers(input, [id], MULTIPLE_CHOICE_QUESTIONS);
        const server = validateQuestion(id, input);
        const expected = server.success ? {} : { [id]: server.code };
        expect(await browserCodes(questionSchema(id), values)).toEqual(expected);
      }
    },
  );

  it("passes a complete form", async () => {
    const values = valuesFromAnswers(CASES.at(-1)!, QUESTION_IDS, MULTIPLE_CHOICE_QUESTIONS);
    expect(await browserCodes(AnswersSchema, values)).toEqual(serverCodes(CASES.at(-1)!));
  });
});

describe("form values in react-hook-form's shapes", () => {
  it("reads a checkbox group as the list of ticked values, even with one ticked", () => {
    const values = valuesInForm(
      formOf([
        ["clients", "spa"],
        ["arch", "modular"],
      ]),
      ["clients", "arch", "logout"],
      ["clients"],
    );
    expect(values).toEqual({ clients: ["spa"], arch: "modular", logout: null });
  });

  it("reads an unticked checkbox group as an empty list, never as a string or null", () => {
    expect(valuesInForm(formOf([]), ["clients"], ["clients"])).toEqual({ clients: [] });
  });

  it("gives the answers the page was rendered with the same shapes", () => {
    expect(
      valuesFromAnswers(
        { clients: "browser,cli", arch: "monolith", logout: "" },
        ["clients", "arch", "logout"],
        ["clients"],
      ),
    ).toEqual({ clients: ["browser", "cli"], arch: "monolith", logout: null });
    expect(valuesFromAnswers({ clients: "native" }, ["clients"], ["clients"])).toEqual({
      clients: ["native"],
    });
  });
});
