// The member page's use cases (GET and POST /t/<joinId>): the page's data (joining, answering, waiting, and after
// the reveal the team's answers), joining with a name, and saving one's answers. Revealing and settling are the
// facilitator's and refused here. The route is an adapter over these; every refusal changes nothing.
import { json, redirect } from "@remix-run/node";
import { fieldMessage } from "~/ui/messages";
import {
  QUESTION_IDS,
  evaluateDecision,
  parseShareLink,
  type AnswersInput,
  type QuestionId,
} from "~/decision";
import { confidenceInWords } from "~/decision/confidence-words";
import { localQuestion } from "~/questionnaire/forms.server";
import { CAPABILITY_HEADERS } from "~/http/capability-headers.server";
import { readLang } from "~/http/lang";
import { recordLink, roundJoinLink } from "~/http/links";
import { dictionary, format, roundText, type Lang } from "~/i18n";
import {
  findByCapability,
  formatDate,
  limit,
  memberCookies,
  memberToken,
  orFail,
  roundFailure,
} from "./http.server";
import { unansweredOptional } from "./model";
import {
  MemberNameSchema,
  ROUND_LIMITS,
  RoundError,
  answersFromForm,
  getMember,
  getRound,
  joinRound,
  listMembers,
  saveAnswers,
  type Round,
} from "./rounds.server";
import { cachedRevealView, memberLabel, statusView } from "./view.server";

/** The team's result as the facilitator sees it: its state and the confidence in words, never a percentage. */
async function stateLineOf(settledLink: string | undefined, lang: Lang) {
  if (!settledLink) return undefined;
  const parsed = parseShareLink(settledLink);
  if (!parsed.success) return undefined;
  const decision = await evaluateDecision(parsed.link.answers);
  return format(roundText(lang).facilitate.state, {
    state: dictionary(lang).state[decision.state],
    confidence: confidenceInWords(decision).label[lang],
  });
}

function findRound(
  request: Request,
  joinId: string | undefined,
  clientIp: string | undefined,
): Promise<Round> {
  return findByCapability(request, clientIp, () => getRound(joinId), joinId);
}

/** GET /t/<joinId>: join, answer and wait; after the reveal, the team's answers. */
export async function memberPage(
  request: Request,
  joinId: string | undefined,
  clientIp: string | undefined,
) {
  const url = new URL(request.url);
  const { lang, chosenLang } = readLang(request);
  const round = await findRound(request, joinId, clientIp);
  const me = await getMember(round.joinId, memberToken(request, round.joinId));
  const t = roundText(lang);
  const self = roundJoinLink(round.joinId, chosenLang);
  const common = {
    lang,
    chosenLang,
    origin: url.origin,
    self,
    joinId: round.joinId,
    version: round.version,
    title: round.title,
    action: self,
    expires: format(t.expires, { date: formatDate(round.expiresAt, lang) }),
    me: me ? { label: memberLabel(me, lang), answered: me.answered } : undefined,
    lead: format(t.joinLead, {
      facilitator: round.facilitatorName
        ? format(t.honorific, { name: round.facilitatorName })
        : t.someone,
    }),
    saved: url.searchParams.get("saved") === "1",
  };
  const headers = { Vary: "Accept-Language", ...CAPABILITY_HEADERS };
  if (round.state === "revealed") {
    const reveal = await cachedRevealView(round, lang);
    return json(
      {
        ...common,
        state: "revealed" as const,
        reveal,
        teamStateLine: await stateLineOf(reveal.settledLink, lang),
        recordLink: round.recordPublicId ? recordLink(round.recordPublicId, chosenLang) : undefined,
      },
      { headers },
    );
  }
  const members = await listMembers(round.joinId);
  return json(
    {
      ...common,
      state: "open" as const,
      status: statusView(members, lang),
      full: members.length >= ROUND_LIMITS.members,
      // The form's words are needed only by members (and never their answers to anyone else).
      questions: me ? QUESTION_IDS.map((id) => localQuestion(id, lang)) : [],
      values: me?.formValues ?? {},
    },
    { headers },
  );
}

export type MemberActionData = {
  errors: Partial<Record<QuestionId | "name", string>>;
  values: AnswersInput & { name?: string };
};

/** POST /t/<joinId>: join (intent=join) or save my answers (intent=answer). Revealing and settling are refused. */
export async function memberAction(
  request: Request,
  joinId: string | undefined,
  clientIp: string | undefined,
) {
  const { lang, chosenLang } = readLang(request);
  const body = new URLSearchParams(await request.text());
  const intent = body.get("intent");
  const round = await findRound(request, joinId, clientIp);
  if (intent === "reveal" || intent === "settle" || intent === "record" || intent === "delete") {
    roundFailure(request, "facilitator-only");
  }
  if (intent !== "join" && intent !== "answer") roundFailure(request, "invalid");
  await limit(request, clientIp, "answer");
  if (round.state !== "open") roundFailure(request, "revealed");
  const back = roundJoinLink(round.joinId, chosenLang);
  const token = memberToken(request, round.joinId);

  if (intent === "join") {
    if (await getMember(round.joinId, token)) {
      return redirect(back, { status: 303, headers: CAPABILITY_HEADERS });
    }
    const nameError = (message: string) =>
      json<MemberActionData>(
        { errors: { name: message }, values: { name: body.get("name") ?? "" } },
        { status: 400, headers: CAPABILITY_HEADERS },
      );
    const name = MemberNameSchema.safeParse(body.get("name") ?? "");
    if (!name.success) return nameError(roundText(lang).fieldErrors.name);
    let joined: { token: string };
    try {
      joined = await joinRound(round.joinId, name.data);
    } catch (error) {
      if (error instanceof RoundError && error.code === "name-taken") {
        return nameError(roundText(lang).fieldErrors.nameTaken);
      }
      if (error instanceof RoundError) roundFailure(request, error.code);
      throw error;
    }
    const headers = new Headers(CAPABILITY_HEADERS);
    for (const cookie of memberCookies(request, round.joinId, joined.token, round.expiresAt)) {
      headers.append("Set-Cookie", cookie);
    }
    return redirect(back, { status: 303, headers });
  }

  if (!(await getMember(round.joinId, token))) roundFailure(request, "not-member");
  const result = answersFromForm(body);
  if (!result.success) {
    const errors: MemberActionData["errors"] = {};
    for (const [id, codes] of Object.entries(result.errors) as [
      QuestionId,
      ("required" | "invalid")[],
    ][]) {
      errors[id] = fieldMessage(id, codes[0]!, lang);
    }
    return json<MemberActionData>(
      { errors, values: result.values },
      { status: 400, headers: CAPABILITY_HEADERS },
    );
  }
  await orFail(request, () =>
    saveAnswers(round.joinId, token, result.answers, { unanswered: unansweredOptional(body) }),
  );
  return redirect(roundJoinLink(round.joinId, chosenLang, { saved: true }), {
    status: 303,
    headers: CAPABILITY_HEADERS,
  });
}
