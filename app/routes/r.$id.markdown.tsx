import type { LoaderFunctionArgs } from "@remix-run/node";
import { httpError } from "~/http/errors.server";
import { resolveLang } from "~/i18n";
import { argumentTitles, markdownExport, recordDocumentInput } from "~/records/record-data.server";
import { getRecord } from "~/records/records.server";
import { isWellFormedPublicId } from "~/platform/tokens.server";

/** GET /r/<id>/markdown?format=…&number=…: the saved record for the team's ADR tool (MADR 4 by default). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const record = isWellFormedPublicId(params.id) ? await getRecord(params.id) : undefined;
  if (!record) httpError(request, 404);
  const lang = resolveLang(url, request.headers.get("accept-language"));
  const input = await recordDocumentInput(record, url.origin);
  return markdownExport(request, { ...input, argumentTitles: argumentTitles(lang), lang });
}
