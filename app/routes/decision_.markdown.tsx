import type { LoaderFunctionArgs } from "@remix-run/node";
import { httpError } from "~/errors.server";
import { contentHash } from "~/content/content.server";
import { decideFromUrl } from "~/decision.server";
import { dictionary, format, resolveLang } from "~/i18n";
import { madrFileName, toMadr } from "~/records/madr";
import { markdownDownload } from "~/records/record-data.server";

/** GET /decision/markdown?<answers>: the decision as a MADR 4 record (status "proposed"), before it is saved. */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const lang = resolveLang(url, request.headers.get("accept-language"));
  const result = await decideFromUrl(url);
  if (!result.ok) httpError(request, 400);
  const { trace: _trace, ...decision } = result.decision;
  const t = dictionary(lang);
  const body = toMadr({
    title: format(t.adr.draftTitle, { approach: t.approaches[decision.approach].name }),
    status: "proposed",
    date: new Date(),
    answers: result.link.answers,
    decision,
    rulesetVersion: decision.rulesetVersion,
    contentHash,
    lang,
    link: `${url.origin}/decision?${result.canonical}`,
  });
  return markdownDownload(body, madrFileName(decision.approach));
}
