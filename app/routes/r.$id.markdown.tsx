import type { LoaderFunctionArgs } from "@remix-run/node";
import { httpError } from "~/errors.server";
import { resolveLang } from "~/i18n";
import { markdownDownload, recordMarkdown } from "~/records/record-data.server";
import { getRecord } from "~/records/records.server";
import { isWellFormedPublicId } from "~/records/tokens.server";

/** GET /r/<id>/markdown: the saved record as MADR 4 Markdown, ready for docs/decisions/. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const record = isWellFormedPublicId(params.id) ? await getRecord(params.id) : undefined;
  if (!record) httpError(request, 404);
  const lang = resolveLang(url, request.headers.get("accept-language"));
  const { body, fileName } = recordMarkdown(record, lang, url.origin);
  return markdownDownload(body, fileName);
}
