// @vitest-environment node
import { describe, expect, it } from "vitest";
import { AnswersSchema, questionSchema } from "~/decision/schema";
import { QUESTION_IDS } from "~/decision/questions";
import { checkForm } from "./form-check";

/** The part of HTMLFormElement that FormData reads, faked by a FormData subclass fed from pairs. */
function formOf(pairs: [string, string][]): HTMLFormElement {
  return { pairs } as unknown as HTMLFormElement;
}

const RealFormData = globalThis.FormData;
globalThis.FormData = class extends RealFormData {
  constructor(form?: HTMLFormElement) {
    super();
    for (const [k, v] of (form as unknown as { pairs: [string, string][] }).pairs) this.append(k, v);
  }
} as typeof FormData;

describe("checkForm", () => {
  it("reports the schema's codes per field, like the server", () => {
    const errors = checkForm(
      formOf([
        ["arch", "monolith"],
        ["deploy", "mainframe"],
      ]),
      AnswersSchema,
      QUESTION_IDS,
      ["clients"],
    );
    expect(Object.keys(errors ?? {}).sort()).toEqual([
      "clients",
      "deploy",
      "domains",
      "logout",
      "sso",
      "store",
    ]);
    expect(errors?.deploy).toBe("invalid");
    expect(errors?.sso).toBe("required");
  });

  it("reads every ticked box of a list, exactly as submitted", () => {
    const form = formOf([["clients", "browser"]]);
    expect(checkForm(form, questionSchema("clients"), ["clients"], ["clients"])).toBeNull();
    expect(checkForm(formOf([]), questionSchema("clients"), ["clients"], ["clients"])).toEqual({
      clients: "required",
    });
  });

  it("passes a valid answer", () => {
    expect(checkForm(formOf([["logout", "minutes"]]), questionSchema("logout"), ["logout"])).toBeNull();
  });
});
