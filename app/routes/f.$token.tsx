import type {
  ActionFunctionArgs,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { format, roundText } from "~/i18n";
import { useNonce } from "~/http/nonce";
import type { RouteHandle } from "~/root";
import {
  facilitatorAction,
  facilitatorPage,
  type FacilitatorActionData,
} from "~/rounds/facilitate.server";
import { FacilitatorView } from "~/rounds/facilitator-view";
import { capabilityRouteHeaders } from "~/rounds/http.server";
import styles from "~/rounds/rounds.css";

// This route's own boundary, so that its headers function (capability headers) also applies to its 4xx pages.
export { ErrorBoundary } from "~/root";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = () => [{ name: "robots", content: "noindex, nofollow" }];

/** GET /f/<token>: the facilitator's page (a capability URL). */
export function loader({ request, params, context }: LoaderFunctionArgs) {
  return facilitatorPage(request, params.token, context.clientIp);
}

/** POST /f/<token>: intent=reveal, settle, record or delete (app/rounds/facilitate.server.ts). */
export function action({ request, params, context }: ActionFunctionArgs) {
  return facilitatorAction(request, params.token, context.clientIp);
}

export const headers = capabilityRouteHeaders;

export const handle: RouteHandle = {
  enhance: true,
  title: ({ data, lang }) =>
    format(roundText(lang).facilitatorTitle, {
      title: (data as { title?: string } | undefined)?.title ?? "",
    }),
};

export default function FacilitatorPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as FacilitatorActionData | undefined;
  return <FacilitatorView data={data} actionData={actionData} nonce={useNonce()} />;
}
