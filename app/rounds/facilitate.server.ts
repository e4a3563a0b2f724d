// The facilitator page's use cases (GET and POST /f/<token>): the page's data, revealing and deleting (each only
// from its confirmation step), settling one or more disagreements, and saving the settled answers as a record.
// The route is an adapter over these; every refusal changes nothing.
import { json, redirect } from "@remix-run/node";
import { QUESTION_IDS, questionText, type QuestionId } from "~/decision";
import { contentHash } from "~/content/content.server";
import { readLang } from "~/http/lang";
import { facilitatorLink, newRoundLink, recordEditLink, recordLink } from "~/http/links";
import { format, roundText } from "~/i18n";
import { createRecordLimit, clientKey, hit } from "~/platform/rate-limit.server";
import { RECORD_LIMITS, getRecord } from "~/records/records.server";
import { newPublicId } from "~/platform/tokens.server";
import { facilitationView } from "./facilitation.server";
import {
  ConfirmFormSchema,
  RecordKeySchema,
  RecordTitleSchema,
  SettleFormSchema,
  SettleQuestionSchema,
} from "./forms.server";
import { CAPABILITY_HEADERS } from "~/http/capability-headers.server";
import { findByCapability, formatDate, orFail, roundFailure } from "./http.server";
import { checkSettlements, reveal, settledDisagreements, type Settlements } from "./model";
import {
  RoundError,
  deleteRound,
  getRoundByFacilitatorToken,
  listMembers,
  revealRound,
  revealedAnswers,
  saveRoundRecord,
  settleRound,
  type Round,
} from "./rounds.server";
import { forgetRevealViews, recordContext, statusView } from "./view.server";

/** The round this facilitator link controls; `allowExpired` for deleting a round that has expired. */
function findRound(
  request: Request,
  token: string | undefined,
  clientIp: string | undefined,
  allowExpired = false,
): Promise<Round> {
  return findByCapability(request, clientIp, () =>
    getRoundByFacilitatorToken(token, { allowExpired }),
  );
}

export type Confirming = "delete" | "reveal" | undefined;

export async function facilitatorPage(
  request: Request,
  token: string | undefined,
  clientIp: string | undefined,
) {
  const url = new URL(request.url);
  const { lang, chosenLang } = readLang(request);
  const round = await findRound(request, token, clientIp);
  const t = roundText(lang);
  const confirm = url.searchParams.get("confirm");
  const members = await listMembers(round.joinId);
  const common = {
    lang,
    chosenLang,
    joinId: round.joinId,
    version: round.version,
    title: round.title,
    action: facilitatorLink(token ?? "", chosenLang),
    // Revealing and deleting cannot be undone: each goes through its confirmation step first.
    confirmLinks: {
      reveal: facilitatorLink(token ?? "", chosenLang, { params: "confirm=reveal" }),
      delete: facilitatorLink(token ?? "", chosenLang, { params: "confirm=delete" }),
    },
    joinLink: `${url.origin}/t/${round.joinId}`,
    facilitatorLink: `${url.origin}/f/${token}`,
    created: url.searchParams.get("created") === "1",
    /** The question whose settled answer was just saved (the page opens at its card). */
    justSettled: url.searchParams.get("settled") ?? undefined,
    expires: format(t.expires, { date: formatDate(round.expiresAt, lang) }),
    confirming: (confirm === "delete" || (confirm === "reveal" && round.state === "open")
      ? confirm
      : undefined) as Confirming,
    recordLink: round.recordPublicId ? recordLink(round.recordPublicId) : undefined,
    // One record per save: a repeat of this form (double submit, retry) saves nothing new.
    recordKey: newPublicId(),
    status: statusView(members, lang),
  };
  const headers = { Vary: "Accept-Language", ...CAPABILITY_HEADERS };
  if (round.state === "revealed") {
    const view = await facilitationView(await revealedAnswers(round), round.settlements, lang);
    // The record saved last holds the answers settled now, or the team settled differently since (then the
    // page offers to save the new settlement as a new record beside the link to the earlier one).
    const saved = round.recordPublicId ? await getRecord(round.recordPublicId) : undefined;
    const recordCurrent = saved !== undefined && saved.answersQuery === view.settledLink;
    return json({ ...common, state: "revealed" as const, view, recordCurrent }, { headers });
  }
  return json({ ...common, state: "open" as const }, { headers });
}

export type FacilitatorErrors = Record<string, string>;
export interface FacilitatorActionData {
  errors: FacilitatorErrors;
  /** After a refused settle: the choices sent, shown again. */
  choices?: Settlements;
  /** An irreversible action posted without its confirmation: the page returns to that step. */
  unconfirmed?: "delete" | "reveal";
}

/** POST /f/<token>: intent=reveal, settle, record or delete. */
export async function facilitatorAction(
  request: Request,
  token: string | undefined,
  clientIp: string | undefined,
) {
  const { lang, chosenLang } = readLang(request);
  const t = roundText(lang);
  const body = new URLSearchParams(await request.text());
  const intent = body.get("intent");
  const round = await findRound(request, token, clientIp, intent === "delete");
  const refuse = (errors: FacilitatorErrors, status: number, choices?: Settlements) =>
    json<FacilitatorActionData>(
      { errors, ...(choices && { choices }) },
      { status, headers: CAPABILITY_HEADERS },
    );
  const unconfirmed = (what: "delete" | "reveal", message: string) =>
    json<FacilitatorActionData>(
      { errors: { confirm: message }, unconfirmed: what },
      { status: 400, headers: CAPABILITY_HEADERS },
    );
  const back = (query: string, anchor = "") => {
    return redirect(facilitatorLink(token ?? "", chosenLang, { params: query, anchor }), {
      status: 303,
      headers: CAPABILITY_HEADERS,
    });
  };
  const confirmed = ConfirmFormSchema.safeParse({ confirm: body.get("confirm") ?? undefined });

  if (intent === "delete") {
    if (!confirmed.success) return unconfirmed("delete", t.deleteUnconfirmed);
    await deleteRound(round);
    forgetRevealViews(round.joinId);
    return redirect(newRoundLink(chosenLang, { deleted: true }), {
      status: 303,
      headers: CAPABILITY_HEADERS,
    });
  }
  if (intent === "reveal") {
    // Revealing cannot be undone either: only from its confirmation step.
    if (!confirmed.success) return unconfirmed("reveal", t.facilitate.revealUnconfirmed);
    if ((await listMembers(round.joinId)).every((m) => !m.answered)) {
      return refuse({ reveal: t.revealNothing }, 409);
    }
    await orFail(request, () => revealRound(round));
    return back("");
  }
  if (intent !== "settle" && intent !== "record") roundFailure(request, "invalid");
  if (round.state !== "revealed") roundFailure(request, "not-revealed");
  const members = await revealedAnswers(round);

  if (intent === "settle") {
    const parsed = SettleFormSchema.safeParse(Object.fromEntries(body));
    const question = SettleQuestionSchema.safeParse(body.get("question") ?? undefined);
    if (!parsed.success || !question.success) {
      const errors: FacilitatorErrors = {};
      if (!question.success) roundFailure(request, "invalid");
      for (const issue of parsed.error?.issues ?? []) {
        const field = String(issue.path[0]);
        // The version is a hidden field: only a tampered or truncated form lacks it.
        if (field === "version") roundFailure(request, "invalid");
        errors[field] = t.fieldErrors.note;
      }
      // The card's choice and note as sent, shown again with the message.
      const one = question.data;
      const sent: Settlements = one
        ? { [one]: { value: body.get(`settle-${one}`) ?? "", note: body.get(`note-${one}`) ?? "" } }
        : {};
      return refuse(errors, 400, sent);
    }
    const choices: Settlements = {};
    for (const id of QUESTION_IDS) {
      const value = parsed.data[`settle-${id}`] as string | undefined;
      if (value) choices[id] = { value, note: parsed.data[`note-${id}`] as string };
    }
    // A card's form names its question: sent without a choice, that question is the field in error.
    const one = question.data;
    const first = await reveal(members);
    const checked = checkSettlements(first.questions, choices);
    const refused: QuestionId[] = checked.ok ? [] : checked.refused;
    if (one && !choices[one]) refused.push(one);
    if (refused.length > 0) {
      const errors: FacilitatorErrors = {};
      for (const id of refused) {
        errors[`settle-${id}`] = format(t.fieldErrors.settle, {
          question: questionText[id].title[lang],
        });
      }
      return refuse(errors, 400, choices);
    }
    try {
      // The settled answers so far, with these added or replaced (the version guards against an older page).
      await settleRound(
        round,
        { ...round.settlements, ...choices },
        undefined,
        Number(parsed.data.version),
      );
    } catch (error) {
      if (!(error instanceof RoundError && error.code === "stale")) throw error;
      // Someone saved other settled answers since this form was loaded: keep this person's choices, say so.
      return refuse({ settle: t.fieldErrors.settleConflict }, 409, choices);
    }
    return one ? back(`settled=${one}`, `#${one}`) : back("settled=1");
  }

  // intent === "record": the settled answers as a decision record.
  const r = await reveal(members, round.settlements);
  if (!r.settledAnswers) return refuse({ record: t.notSettled }, 409);
  const key = RecordKeySchema.safeParse(body.get("key"));
  if (!key.success) roundFailure(request, "invalid");
  const title = RecordTitleSchema.safeParse(body.get("title") ?? "");
  if (!title.success) return refuse({ "record-title": t.fieldErrors.title }, 400);
  const allowed = await hit(`create:${clientKey(clientIp)}`, createRecordLimit());
  if (!allowed.allowed) roundFailure(request, "too-many", allowed.retryAfterSeconds);
  const consulted = [
    ...new Set(
      members
        .filter((m) => m.answers && m.name !== "")
        .map((m) => m.name.slice(0, RECORD_LIMITS.name)),
    ),
  ].slice(0, RECORD_LIMITS.names);
  const settledAnswers = r.settledAnswers;
  const created = await orFail(request, () =>
    saveRoundRecord(round, key.data, () => ({
      fields: {
        title: title.data,
        context: recordContext(round, r, lang),
        deciders: round.facilitatorName ? [round.facilitatorName] : [],
        consulted,
        status: "proposed",
      },
      answers: settledAnswers,
      contentHash,
      disagreements: settledDisagreements(r),
    })),
  );
  return redirect(recordEditLink(created.editToken, chosenLang, "created"), {
    status: 303,
    headers: CAPABILITY_HEADERS,
  });
}
