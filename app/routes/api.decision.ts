import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { fieldMessages } from "~/components/messages";
import { decideFromUrl } from "~/decision.server";
import { resolveLang } from "~/i18n";

/** GET /api/decision?<answers>: the SPEC JSON contract; 400 → { errors: { field: [message] } }. */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const lang = resolveLang(url, request.headers.get("accept-language"));
  const result = await decideFromUrl(url);
  const headers = { Vary: "Accept-Language", "Access-Control-Allow-Origin": "*" };
  if (!result.ok) {
    return json({ errors: fieldMessages(result.errors, lang) }, { status: 400, headers });
  }
  const d = result.decision;
  return json(
    {
      approach: d.approach,
      addOns: d.addOns,
      confidence: d.confidence,
      rulesetVersion: d.rulesetVersion,
      reasons: d.reasons.map((r) => ({
        rule: r.rule,
        supports: r.supports,
        cites: r.cites,
        because: r.because,
      })),
      counterfactuals: d.counterfactuals,
      conflicts: d.conflicts,
      findOut: d.findOut,
      resolutions: d.resolutions,
      scores: d.scores,
      alternatives: d.alternatives,
      answers: result.link.answers,
      link: `/decision?${result.canonical}`,
      trace: d.trace,
    },
    { headers },
  );
}
