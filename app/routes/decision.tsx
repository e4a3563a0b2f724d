import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DecisionView } from "~/result/decision-view";
import { InvalidLink } from "~/questionnaire/invalid-link";
import { PrintRecord } from "~/records/print-record";
import { resultView, resultViewSlot } from "~/result/result-view.server";
import { decideFromUrl } from "~/result/decision.server";
import { readLang, usePageLang } from "~/http/lang";
import { dictionary } from "~/i18n";
import { linkPreview } from "~/result/meta-documents";
import type { RouteHandle } from "~/root";

/**
 * The result page. The loader builds the result's one view model (result-view.server.ts) and hands it to the
 * server render (render-context.tsx); the page ships no framework JavaScript, so its loader data carries only
 * what the document title and the link preview read.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { lang } = readLang(request);
  const result = await decideFromUrl(url);
  const headers = { Vary: "Accept-Language", "X-Robots-Tag": "noindex" };
  if (!result.ok) {
    return json({ ...result, lang }, { status: 400, headers });
  }
  // One URL per result: send non-canonical spellings (order, repeated clients, defaults) to the canonical one.
  const sameParams = (a: string, b: string) =>
    new URLSearchParams(a).toString() === new URLSearchParams(b).toString();
  if (!sameParams(url.search, result.canonical)) {
    return redirect(`/decision?${result.canonical}`, { status: 301, headers });
  }
  const view = resultView({
    lang,
    link: result.link,
    decision: result.decision,
    canonical: result.canonical,
    stale: result.stale,
    origin: url.origin,
    date: new Date().toISOString().slice(0, 10),
  });
  resultViewSlot.put(context, view);
  return json(
    {
      ok: true as const,
      lang,
      title: view.title,
      description: view.description,
      shareUrl: view.shareUrl,
      image: view.image,
    },
    { headers },
  );
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const handle: RouteHandle = {
  enhance: true,
  title: ({ data, lang }) => {
    const d = data as { ok?: boolean; title?: string } | undefined;
    return d?.ok && d.title ? d.title : dictionary(lang).invalidLink.title;
  },
};

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data || !data.ok) return [{ name: "robots", content: "noindex" }];
  return linkPreview({
    lang: data.lang,
    type: "website",
    title: data.title,
    description: data.description,
    url: data.shareUrl,
    image: data.image,
  });
};

export default function DecisionPage() {
  const data = useLoaderData<typeof loader>();
  const { chosenLang } = usePageLang();
  if (!data.ok)
    return (
      <InvalidLink errors={data.errors} valid={data.valid} lang={data.lang} chosenLang={chosenLang} />
    );
  return <Result />;
}

function Result() {
  const view = resultViewSlot.use();
  return (
    <>
      <DecisionView view={view} />
      <PrintRecord view={view} />
    </>
  );
}
