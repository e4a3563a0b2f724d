// Starting a team round (GET and POST /rounds/new): the form's data, from a result when its answers are given,
// and creating the round (rate limited) with the facilitator's own answers when they take part. The route is an
// adapter over these.
import { json, redirect } from "@remix-run/node";
import {
  QUESTION_IDS,
  evaluateDecision,
  formatShareLink,
  parseShareLink,
  type Answers,
  type QuestionId,
} from "~/decision";
import { readLang } from "~/http/lang";
import { facilitatorLink, newRoundLink, resultLinkOfQuery } from "~/http/links";
import { dictionary, format, type Lang, roundText } from "~/i18n";
import { CAPABILITY_HEADERS } from "~/http/capability-headers.server";
import { formatDate, limit, memberCookies, roundFailure } from "./http.server";
import { unansweredOptional } from "./model";
import { NewRoundSchema, createRound } from "./rounds.server";

/**
 * The result "Decide as a team" was opened from: its answers (the share-link query in this page's address), what
 * they recommend, and a title to start from. Undefined for a plain /rounds/new or answers that do not parse.
 */
async function fromResult(url: URL, lang: Lang, chosenLang?: Lang) {
  if (!QUESTION_IDS.some((id) => url.searchParams.has(id))) return undefined;
  const query = new URLSearchParams(url.searchParams);
  query.delete("deleted");
  const parsed = parseShareLink(query);
  if (!parsed.success) return undefined;
  const decision = await evaluateDecision(parsed.link.answers);
  const approach = dictionary(lang).approaches[decision.approach].name;
  const answers = formatShareLink({ answers: parsed.link.answers });
  return {
    answers,
    link: resultLinkOfQuery(answers, chosenLang),
    approach,
    defaultTitle: format(roundText(lang).fromResult.defaultTitle, {
      approach,
      date: formatDate(new Date().toISOString(), lang),
    }),
  };
}

/** GET /rounds/new[?<answers>]: the form that starts a team round, from a result when its answers are given. */
export async function newRoundPage(request: Request) {
  const url = new URL(request.url);
  const { lang, chosenLang } = readLang(request);
  const result = await fromResult(url, lang, chosenLang);
  return json(
    {
      lang,
      action: newRoundLink(chosenLang, { answersQuery: result?.answers }),
      deleted: url.searchParams.get("deleted") === "1",
      fromResult: result,
    },
    { headers: { Vary: "Accept-Language", ...CAPABILITY_HEADERS } },
  );
}

type Field = "title" | "facilitatorName";

/** POST /rounds/new: creates the round (rate limited) and shows the facilitator page (303), or 400 naming the field. */
export async function startRound(request: Request, clientIp: string | undefined) {
  await limit(request, clientIp, "create");
  const { lang, chosenLang } = readLang(request);
  const body = new URLSearchParams(await request.text());
  const input = {
    title: body.get("title") ?? "",
    facilitatorName: body.get("facilitatorName") ?? "",
  };
  const parsed = NewRoundSchema.safeParse(input);
  if (!parsed.success) {
    const t = roundText(lang);
    const errors: Partial<Record<Field, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as Field;
      errors[field] = field === "title" ? t.fieldErrors.title : t.fieldErrors.name;
    }
    return json(
      { errors, values: { ...input, takePart: body.get("takePart") === "yes" } },
      { status: 400, headers: CAPABILITY_HEADERS },
    );
  }
  // Started from a result, with "count my answers" ticked: the facilitator joins with that result's answers.
  const answers = body.get("answers");
  let own: { answers: Answers; unanswered: QuestionId[] } | undefined;
  if (answers !== null && body.get("takePart") === "yes") {
    const link = parseShareLink(answers);
    // A hidden field: only a tampered or truncated form gets here.
    if (!link.success) roundFailure(request, "invalid");
    own = {
      answers: link.link.answers,
      unanswered: unansweredOptional(new URLSearchParams(answers)),
    };
  }
  const { round, facilitatorToken, memberToken } = await createRound(parsed.data, {
    ...(own && { facilitatorAnswers: own }),
  });
  const headers = new Headers(CAPABILITY_HEADERS);
  if (memberToken) {
    for (const cookie of memberCookies(request, round.joinId, memberToken, round.expiresAt)) {
      headers.append("Set-Cookie", cookie);
    }
  }
  return redirect(facilitatorLink(facilitatorToken, chosenLang, { params: "created=1" }), {
    status: 303,
    headers,
  });
}
