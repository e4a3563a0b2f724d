import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { CAPABILITY_HEADERS } from "~/rounds/http.server";
import { RoundError, getRound } from "~/rounds/rounds.server";

/**
 * GET /t/<joinId>/status: what the waiting and reveal pages poll (public/round-live.js). The version changes with
 * every join, answer, reveal and settlement; the page then fetches itself again. Never carries answers.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const headers = { ...CAPABILITY_HEADERS, "Content-Type": "application/json" };
  try {
    const round = await getRound(params.joinId);
    return json({ state: round.state, version: round.version }, { headers });
  } catch (error) {
    if (error instanceof RoundError) {
      return json({ error: error.code }, { status: error.code === "expired" ? 410 : 404, headers });
    }
    throw error;
  }
}
