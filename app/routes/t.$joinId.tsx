import type {
  ActionFunctionArgs,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { langOfMatches } from "~/http/lang";
import { roundText } from "~/i18n";
import { linkPreview } from "~/result/meta-documents";
import { useNonce } from "~/http/nonce";
import { siteImage } from "~/result/preview-image";
import type { RouteHandle } from "~/root";
import { capabilityRouteHeaders } from "~/http/capability-headers.server";
import { memberAction, memberPage, type MemberActionData } from "~/rounds/join.server";
import { MemberPage } from "~/rounds/member-page";
import styles from "~/rounds/rounds.css";

// This route's own boundary, so that its headers function (capability headers) also applies to its 4xx pages.
export { ErrorBoundary } from "~/root";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

/**
 * The join link's preview in a chat: what a round is, never which round (no title, names, answers or address of
 * the round itself): the same for every round, in the page's language, with the site's image.
 */
export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const { lang } = langOfMatches(matches);
  const origin = data?.origin ?? "";
  const t = roundText(lang).preview;
  const preview = linkPreview({
    lang,
    type: "website",
    title: t.title,
    description: t.description,
    url: `${origin}/rounds/new`,
    image: siteImage(origin, lang),
  }).filter((tag) => !(tag && "name" in tag && tag.name === "robots"));
  return [{ name: "robots", content: "noindex, nofollow" }, ...preview];
};

/** GET /t/<joinId>: join, answer and wait; after the reveal, the team's answers (app/rounds/join.server.ts). */
export function loader({ request, params, context }: LoaderFunctionArgs) {
  return memberPage(request, params.joinId, context.clientIp);
}

/** POST /t/<joinId>: intent=join or answer; the facilitator's intents are refused. */
export function action({ request, params, context }: ActionFunctionArgs) {
  return memberAction(request, params.joinId, context.clientIp);
}

export const headers = capabilityRouteHeaders;

// The same title for every round: the round's own title would reach history, tabs and link unfurlers.
export const handle: RouteHandle = {
  title: ({ lang }) => roundText(lang).preview.title,
};

export default function RoundMemberPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as MemberActionData | undefined;
  return <MemberPage data={data} actionData={actionData} nonce={useNonce()} />;
}
