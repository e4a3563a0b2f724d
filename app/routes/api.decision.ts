import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { fieldMessages } from "~/ui/messages";
import { decideFromUrl } from "~/result/decision.server";
import { CONFIDENCE_NUMBER_NOTE, confidenceInWords } from "~/decision/confidence-words";
import type { Localized } from "~/decision";
import { ruleText } from "~/decision/rule-text";
import { resolveLang } from "~/i18n";

/**
 * GET /api/decision?<answers>: the SPEC JSON contract; 400 → { errors: { field: [message] } }. Words (per-client
 * plans, why-nots) come in the requested language (lang, then Accept-Language).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const lang = resolveLang(url, request.headers.get("accept-language"));
  const result = await decideFromUrl(url);
  const headers = { Vary: "Accept-Language", "Access-Control-Allow-Origin": "*" };
  if (!result.ok) {
    return json({ errors: fieldMessages(result.errors, lang) }, { status: 400, headers });
  }
  const d = result.decision;
  const local = (text: Localized) => text[lang];
  const words = confidenceInWords(d);
  const perClient = Object.fromEntries(
    Object.entries(d.perClient).map(([client, plan]) => [
      client,
      {
        summary: local(plan.summary),
        holds: local(plan.holds),
        sends: local(plan.sends),
        lifetime: local(plan.lifetime),
        revocation: local(plan.revocation),
        ...(plan.signIn && { signIn: local(plan.signIn) }),
        baseline: plan.baseline.map(local),
        ...(plan.provider && {
          provider: plan.provider.map((f) => ({
            status: f.status,
            text: local(f.text),
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
      confidenceNote: local(CONFIDENCE_NUMBER_NOTE),
      confidenceInWords: {
        kind: words.kind,
        label: local(words.label),
        reason: local(words.reason),
      },
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
      conflicts: d.conflicts.map((id) => ({
        id,
        note: d.notes.includes(id),
        title: local(ruleText[id].title),
        text: local(ruleText[id].explanation),
      })),
      findOut: d.findOut,
      resolutions: d.resolutions,
      scores: d.scores,
      alternatives: d.alternatives.map((a) => ({ ...a, whyNot: local(a.whyNot) })),
      against: d.against,
      answers: result.link.answers,
      link: `/decision?${result.canonical}`,
      trace: d.trace,
    },
    { headers },
  );
}
