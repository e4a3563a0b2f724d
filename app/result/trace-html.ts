// The rule trace's table rows as HTML, written directly rather than through React: the trace is the longest part
// of a result page (every rule and each of its conditions, about 40 % of the page's bytes) and sits folded at
// the end, with nothing in it that needs a component. The markup is the one React wrote for it, escaped the way
// React escapes text and attributes (trace-html.test.tsx renders both and compares).
import type { RuleTrace } from "~/decision";
import { ruleText } from "~/decision/rule-text";
import { dictionary, type Lang } from "~/i18n";

const ESCAPES: Record<string, string> = {
  '"': "&quot;",
  "&": "&amp;",
  "'": "&#x27;",
  "<": "&lt;",
  ">": "&gt;",
};

/** Text or an attribute value, escaped as React's server renderer escapes it. */
export function escapeHtml(text: string): string {
  return /["&'<>]/.test(text) ? text.replace(/["&'<>]/g, (c) => ESCAPES[c]!) : text;
}

/** `JSON.stringify` as the trace shows values: nothing for a value that has no JSON form. */
const json = (value: unknown) => JSON.stringify(value) ?? "";

/** The <tr> of each rule, in trace order. */
export function traceRowsHtml(trace: readonly RuleTrace[], lang: Lang): string {
  const t = dictionary(lang).decision;
  const fired = escapeHtml(t.fired);
  const notFired = escapeHtml(t.notFired);
  const actual = escapeHtml(` — ${t.actual}: `);
  let html = "";
  for (const r of trace) {
    const id = escapeHtml(r.rule);
    html += `<tr data-trace="${id}" data-fired="${r.fired}"><td>${escapeHtml(ruleText[r.rule].title[lang])}<br/><code>${id}</code></td><td>${r.fired ? fired : notFired}</td><td>`;
    for (const c of r.conditions) {
      html += `<div>${c.held ? "✓" : "✗"} <code>${escapeHtml(c.fact)}</code> ${escapeHtml(c.operator)} <code>${escapeHtml(json(c.expected))}</code>${actual}<code>${escapeHtml(json(c.actual))}</code></div>`;
    }
    html += "</td></tr>";
  }
  return html;
}
