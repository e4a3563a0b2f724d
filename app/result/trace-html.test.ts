import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { evaluateDecision, parseShareLink, type RuleTrace } from "~/decision";
import { SCENARIOS } from "~/decision/golden";
import { ruleText } from "~/decision/rule-text";
import { dictionary, type Lang } from "~/i18n";
import { escapeHtml, traceRowsHtml } from "./trace-html";

/** The rows as the result page rendered them with React before trace-html.ts wrote them. */
function reactRows(trace: readonly RuleTrace[], lang: Lang): string {
  const t = dictionary(lang).decision;
  const rows = trace.map((r) =>
    h(
      "tr",
      { key: r.rule, "data-trace": r.rule, "data-fired": r.fired },
      h("td", null, ruleText[r.rule].title[lang], h("br"), h("code", null, r.rule)),
      h("td", null, r.fired ? t.fired : t.notFired),
      h(
        "td",
        null,
        r.conditions.map((c, i) =>
          h(
            "div",
            { key: i },
            `${c.held ? "✓" : "✗"} `,
            h("code", null, c.fact),
            ` ${c.operator} `,
            h("code", null, JSON.stringify(c.expected)),
            ` — ${t.actual}: `,
            h("code", null, JSON.stringify(c.actual)),
          ),
        ),
      ),
    ),
  );
  const html = renderToStaticMarkup(h("table", null, h("tbody", null, rows)));
  return html.replace(/^<table><tbody>/, "").replace(/<\/tbody><\/table>$/, "");
}

describe("traceRowsHtml", () => {
  const ids = Object.keys(SCENARIOS).slice(0, 12);
  it.each(ids.flatMap((id) => (["en", "ja"] as const).map((lang) => [id, lang] as const)))(
    "writes the markup React wrote: %s, %s",
    async (id, lang) => {
      const parsed = parseShareLink(new URLSearchParams(SCENARIOS[id]!.query));
      if (!parsed.success) throw new Error(`scenario ${id} does not parse`);
      const decision = await evaluateDecision(parsed.link.answers);
      expect(traceRowsHtml(decision.trace, lang)).toBe(reactRows(decision.trace, lang));
    },
  );

  it("escapes as React does, values without a JSON form included", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      renderToStaticMarkup(h("p", null, `<a href="x">'&'</a>`)).slice(3, -4),
    );
    const trace = [
      {
        rule: "partners-only",
        fired: false,
        combinator: "all",
        conditions: [{ fact: "clients", operator: "equal", expected: "<x>", held: false }],
      },
    ] as unknown as RuleTrace[];
    expect(traceRowsHtml(trace, "en")).toBe(reactRows(trace, "en"));
  });
});
