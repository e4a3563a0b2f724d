// Shared by the share page and the JSON API: one parse and one evaluation per request.
import {
  evaluateDecision,
  formatShareLink,
  parseShareLink,
  rulesetVersion,
  type Decision,
  type LinkErrors,
  type ShareLink,
  type Answers,
  type Lang,
} from "~/decision";

export type DecisionRequest =
  | { ok: true; link: ShareLink; decision: Decision; canonical: string; stale: boolean }
  | { ok: false; errors: LinkErrors; valid: Partial<Answers>; lang?: Lang };

export async function decideFromUrl(url: URL): Promise<DecisionRequest> {
  const parsed = parseShareLink(url.searchParams);
  if (!parsed.success)
    return { ok: false, errors: parsed.errors, valid: parsed.valid, lang: parsed.lang };
  const decision = await evaluateDecision(parsed.link.answers);
  return {
    ok: true,
    link: parsed.link,
    decision,
    canonical: formatShareLink(parsed.link),
    stale: parsed.link.v !== undefined && parsed.link.v !== rulesetVersion,
  };
}
