import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { fieldMessages } from "~/ui/messages";
import { decideFromUrl } from "~/result/decision.server";
import { decisionWords } from "~/result/decision-words";
import { readLang } from "~/http/lang";

/**
 * GET /api/decision?<answers>: the SPEC JSON contract; 400 → { errors: { field: [message] } }. Words (per-client
 * plans, why-nots) come in the requested language (lang, then Accept-Language).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { lang } = readLang(request);
  const result = await decideFromUrl(url);
  const headers = { Vary: "Accept-Language", "Access-Control-Allow-Origin": "*" };
  if (!result.ok) {
    return json({ errors: fieldMessages(result.errors, lang) }, { status: 400, headers });
  }
  const d = result.decision;
  // The same words the result page shows (decision-words.ts), in this contract's shape.
  const w = decisionWords(d, lang, result.link.answers);
  const perClient = Object.fromEntries(
    Object.entries(w.plans).map(([client, plan]) => [
      client,
      {
        summary: plan.summary,
        holds: plan.holds,
        sends: plan.sends,
        lifetime: plan.lifetime,
        revocation: plan.revocation,
        ...(plan.signIn !== undefined && { signIn: plan.signIn }),
        baseline: plan.baseline,
        ...(plan.provider && {
          provider: plan.provider.map((f) => ({
            status: f.status,
            text: f.text,
            sources: f.sources,
            checked: f.checked,
          })),
        }),
      },
    ]),
  );
  return json(
    {
      approach: d.approach,
      addOns: d.addOns,
      confidence: d.confidence,
      confidenceNote: w.confidenceNote,
      confidenceInWords: w.confidence,
      state: d.state,
      rulesetVersion: d.rulesetVersion,
      perClient,
      reasons: d.reasons.map((r) => ({
        rule: r.rule,
        supports: r.supports,
        cites: r.cites,
        because: r.because,
      })),
      counterfactuals: d.counterfactuals,
      // SPEC "Ruleset 3": ids with words in the requested language; a note names a mismatch that does not
      // put the result in doubt.
      conflicts: w.conflicts.map((c) => ({ id: c.id, note: c.note, title: c.title, text: c.text })),
      findOut: d.findOut,
      resolutions: d.resolutions,
      scores: d.scores,
      alternatives: w.alternatives,
      against: d.against,
      answers: result.link.answers,
      link: `/decision?${result.canonical}`,
      trace: d.trace,
    },
    { headers },
  );
}
