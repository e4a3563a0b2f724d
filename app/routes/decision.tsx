import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DecisionView } from "~/result/decision-view";
import { InvalidLink } from "~/questionnaire/invalid-link";
import { PrintRecord } from "~/records/print-record";
import { contentHash } from "~/content/content.server";
import { rationaleContent } from "~/content/rationale.server";
import { qrShape } from "~/result/qr.server";
import { decideFromUrl } from "~/result/decision.server";
import { dictionary, format, resolveLang, type Lang } from "~/i18n";
import { linkPreview } from "~/result/meta-documents";
import { resultImage } from "~/result/preview-image";
import { chatSummary, decidingAnswersText } from "~/result/chat-summary";
import { versionNotice } from "~/result/version-notice.server";
import { questionText, rulesetVersion, type Approach, type Decision } from "~/decision";
import { shareHref } from "~/decision/flow";
import { phrases } from "~/result/phrases.server";
import type { RouteHandle } from "~/root";

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const lang = resolveLang(url, request.headers.get("accept-language"));
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
  const { decision, link } = result;
  const content = rationaleContent(lang, decision, link.answers.stack);
  const permalink = `${url.origin}/decision?${result.canonical}`;
  // The link to share names no language: whoever opens it reads it in their own (as the page says).
  const shareUrl = `${url.origin}${shareHref(link.answers, rulesetVersion)}`;
  return json(
    {
      ...result,
      lang,
      content,
      contentHash,
      permalink,
      shareUrl,
      chatText: chatSummary(decision, link.answers, lang, shareUrl),
      deciding: decidingAnswersText(decision, lang),
      namePhrases: phrases(dictionary(lang).approaches[decision.approach].name, lang),
      version: result.stale ? versionNotice(link, decision, lang) : undefined,
      qr: qrShape(shareUrl),
      date: new Date().toISOString().slice(0, 10),
    },
    { headers },
  );
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

type Dictionary = ReturnType<typeof dictionary>;

/** The page's and the preview's title: a result that is not settled says so before the approach. */
function resultTitle(t: Dictionary, state: Decision["state"], approach: Approach): string {
  const template = {
    confident: t.decision.title,
    tentative: t.decision.titleTentative,
    conflicting: t.decision.titleConflicting,
  }[state];
  return format(template, { approach: t.approaches[approach].name });
}

/** The preview's text: the state, what to find out first (if anything), the deciding answers, the approach. */
function previewDescription(t: Dictionary, lang: Lang, decision: Decision, deciding: string) {
  const colon = t.punctuation.colon;
  const stop = t.punctuation.stop;
  const findOut = decision.findOut.length
    ? `${t.decision.findOut}${colon}${decision.findOut.map((q) => questionText[q].label[lang]).join(t.punctuation.list)}${stop}`
    : "";
  return `${t.state[decision.state]} — ${findOut}${deciding}${stop}${t.approaches[decision.approach].summary}`;
}

export const handle: RouteHandle = {
  enhance: true,
  title: ({ data, lang }) => {
    const t = dictionary(lang);
    const d = data as { ok?: boolean; decision?: Decision } | undefined;
    if (!d?.ok || !d.decision) return t.invalidLink.title;
    return resultTitle(t, d.decision.state, d.decision.approach);
  },
};

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data || !data.ok) return [{ name: "robots", content: "noindex" }];
  const t = dictionary(data.lang);
  return linkPreview({
    lang: data.lang,
    type: "website",
    title: resultTitle(t, data.decision.state, data.decision.approach),
    description: previewDescription(t, data.lang, data.decision, data.deciding),
    url: data.shareUrl,
    image: resultImage(
      new URL(data.shareUrl).origin,
      data.lang,
      data.decision.approach,
      data.decision.state,
    ),
  });
};

export default function DecisionPage() {
  const data = useLoaderData<typeof loader>();
  if (!data.ok) return <InvalidLink errors={data.errors} valid={data.valid} lang={data.lang} />;
  return (
    <>
      <DecisionView
        lang={data.lang}
        link={data.link}
        decision={data.decision}
        canonical={data.canonical}
        shareUrl={data.shareUrl}
        chatText={data.chatText}
        namePhrases={data.namePhrases}
        version={data.version}
        content={data.content}
      />
      <PrintRecord
        lang={data.lang}
        answers={data.link.answers}
        decision={data.decision}
        content={data.content}
        contentHash={data.contentHash}
        permalink={data.shareUrl}
        qr={data.qr}
        date={data.date}
      />
    </>
  );
}
