import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { CAPABILITY_HEADERS } from "~/http/capability-headers.server";
import { findByCapability } from "~/rounds/http.server";
import { getRound } from "~/rounds/rounds.server";

/**
 * GET /t/<joinId>/status: what the waiting and reveal pages poll (public/round-live.js). The version changes with
 * every join, answer, reveal and settlement; the page then fetches itself again. Never carries answers. A join id
 * is a capability, so a miss here counts against the same guessing budget as the pages (404, 410 or 429, JSON);
 * a 404 or 410 also expires the browser's cookie for the round.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const round = await findByCapability(
    request,
    context.clientIp,
    () => getRound(params.joinId),
    params.joinId,
  );
  return json(
    { state: round.state, version: round.version },
    { headers: { ...CAPABILITY_HEADERS, "Content-Type": "application/json" } },
  );
}
