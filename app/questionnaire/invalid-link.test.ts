import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LINK_FIELDS, QUESTION_IDS, type LinkErrors } from "~/decision";
import { InvalidLink } from "./invalid-link";

describe("the 400 page of a share link", () => {
  it("names every field in error, every question of the list included", () => {
    const errors: LinkErrors = Object.fromEntries(LINK_FIELDS.map((f) => [f, ["invalid"]]));
    for (const lang of ["en", "ja"] as const) {
      const html = renderToStaticMarkup(createElement(InvalidLink, { errors, valid: {}, lang }));
      const listed = [...html.matchAll(/data-field="([^"]+)"/g)].map((m) => m[1]);
      expect(listed).toEqual([...LINK_FIELDS]);
    }
    for (const id of QUESTION_IDS) expect(LINK_FIELDS).toContain(id);
  });
});
