import type { LoaderFunctionArgs } from "@remix-run/node";
import { httpError } from "~/http/errors.server";
import { contentHash } from "~/content/content.server";
import { decideFromUrl } from "~/result/decision.server";
import { resolveLang } from "~/i18n";
import { argumentTitles, markdownExport } from "~/records/record-data.server";

/**
 * GET /decision/markdown?<answers>&format=…&number=…: the decision as a record (status "proposed") before it is
 * saved, for the team's ADR tool (MADR 4 by default).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const lang = resolveLang(url, request.headers.get("accept-language"));
  const result = await decideFromUrl(url);
  if (!result.ok) httpError(request, 400);
  const { trace: _trace, ...decision } = result.decision;
  return markdownExport(request, {
    // No title: the document model gives an unsaved decision the same title the printed page has.
    title: "",
    status: "proposed",
    date: new Date(),
    answers: result.link.answers,
    decision,
    rulesetVersion: decision.rulesetVersion,
    contentHash,
    lang,
    link: `${url.origin}/decision?${result.canonical}`,
    argumentTitles: argumentTitles(lang),
  });
}
