import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { APPROACHES, evaluateDecision, formatShareLink, parseShareLink } from "~/decision";
import { SCENARIOS } from "~/decision/golden";
import { LoadContextProvider } from "~/http/render-context";
import { loader } from "~/routes/decision";
import { resultView, resultViewSlot } from "./result-view.server";

async function view(query: string, lang: "en" | "ja" = "en") {
  const parsed = parseShareLink(new URLSearchParams(query));
  if (!parsed.success) throw new Error(`does not parse: ${query}`);
  const decision = await evaluateDecision(parsed.link.answers);
  return resultView({
    lang,
    link: parsed.link,
    decision,
    canonical: formatShareLink(parsed.link),
    stale: false,
    origin: "http://localhost:3000",
    date: "2026-12-02",
  });
}

describe("resultView", () => {
  it.each(Object.keys(SCENARIOS))(
    "the comparison's rows add up to the scores evaluateDecision kept: %s",
    async (id) => {
      const v = await view(SCENARIOS[id]!.query);
      for (const a of APPROACHES) {
        const bar = v.comparison.bars.find((b) => b.approach === a)!;
        const ruledOut = v.decision.scores[a] === null;
        expect(bar.out).toBe(ruledOut);
        expect(v.comparison.rows.some((r) => r.cells[a].out)).toBe(ruledOut);
        if (!ruledOut) {
          const sum = v.comparison.rows.reduce((n, r) => n + r.cells[a].value, 0);
          expect(sum, a).toBe(v.decision.scores[a]);
          expect(bar.score).toBe(v.decision.scores[a]);
        }
      }
    },
  );

  it("reads the same words for the page, the chat summary and the print", async () => {
    const v = await view(SCENARIOS.G1!.query, "ja");
    expect(v.chatText).toContain(v.words.confidence.label);
    for (const plan of Object.values(v.words.plans)) expect(v.chatText).toContain(plan!.summary);
    expect(v.document.lang).toBe("ja");
    expect(v.qr.value).toBe(v.shareUrl);
    expect(v.markdownUrl).toBe(v.shareUrl.replace("/decision?", "/decision/markdown?"));
  });
});

describe("the decision page's loader", () => {
  it("hands the view to the render and keeps it out of the loader data", async () => {
    const context = {};
    const request = new Request(`http://localhost:3000/decision?${SCENARIOS.G1!.query}`, {
      headers: { "accept-language": "en" },
    });
    const response = await loader({ request, context, params: {} });
    expect(response.status).toBe(200);
    const data = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(data).sort()).toEqual(
      ["description", "image", "lang", "ok", "shareUrl", "title"].sort(),
    );
    expect(JSON.stringify(data).length).toBeLessThan(2_000);
    function Probe() {
      const v = resultViewSlot.use();
      return h("p", null, `${v.title}|${v.decision.trace.length}`);
    }
    const html = renderToStaticMarkup(h(LoadContextProvider, { value: context }, h(Probe)));
    expect(html).toBe(`<p>${String(data.title)}|${(await view(SCENARIOS.G1!.query)).decision.trace.length}</p>`);
  });

  it("a render without the loader's value fails loudly", () => {
    function Probe() {
      resultViewSlot.use();
      return null;
    }
    expect(() => renderToStaticMarkup(h(Probe))).toThrow(/result view/);
  });
});
