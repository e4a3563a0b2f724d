import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { httpError } from "~/http/errors.server";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { RecordView } from "~/records/record-view";
import { dictionary, format, resolveLang } from "~/i18n";
import { qrShape } from "~/result/qr.server";
import { recordView } from "~/records/record-data.server";
import { getRecord } from "~/records/records.server";
import { isWellFormedPublicId } from "~/platform/tokens.server";
import { linkPreview } from "~/result/meta-documents";
import type { RouteHandle } from "~/root";

/** GET /r/<id>: the public, read-only record. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const lang = resolveLang(url, request.headers.get("accept-language"));
  const record = isWellFormedPublicId(params.id) ? await getRecord(params.id) : undefined;
  if (!record) httpError(request, 404);
  const view = await recordView(record, lang, url.origin);
  return json(
    {
      lang,
      ...view,
      permalink: `${url.origin}/r/${record.publicId}`,
      qr: qrShape(`${url.origin}/r/${record.publicId}`),
    },
    {
      headers: { Vary: "Accept-Language", "Cache-Control": "no-cache", "X-Robots-Tag": "noindex" },
    },
  );
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const handle: RouteHandle = {
  title: ({ data, lang }) =>
    format(dictionary(lang).records.recordTitle, {
      title: (data as { record?: { title: string } })?.record?.title ?? "",
    }),
};

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ name: "robots", content: "noindex" }];
  const t = dictionary(data.lang);
  return linkPreview({
    lang: data.lang,
    type: "article",
    title: format(t.decision.title, { approach: t.approaches[data.record.decision.approach].name }),
    description: data.record.title,
    url: data.permalink,
  });
};

export default function PublicRecord() {
  const data = useLoaderData<typeof loader>();
  return (
    <RecordView
      lang={data.lang}
      record={data.record}
      document={data.document}
      today={data.today}
      liveLink={data.liveLink}
      successor={data.successor}
      qr={data.qr}
    />
  );
}
