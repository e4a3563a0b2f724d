// Server-side helpers of the form pages (the questionnaire and the question pages). As a *.server module it is
// never part of the browser bundle: dictionaries, question texts and the ruleset stay on the server.
import { json, redirect } from "@remix-run/node";
import { httpError } from "~/http/errors.server";
import {
  ASK_ORDER,
  DECIDING_QUESTIONS,
  QUESTION_IDS,
  defaultAnswer,
  formatShareLink,
  isOptional,
  isSkipped,
  nextStep,
  onePageHref,
  parseShareLink,
  previousStep,
  progress,
  questionText,
  readAnswerInput,
  rulesetVersion,
  validateAnswers,
  validateQuestion,
  withLang,
  withoutSkipped,
  skippedAsDefault,
  type Answers,
  type AnswersInput,
  type FieldErrorCode,
  type QuestionId,
} from "~/decision";
import {
  questionHref,
  readFlowState,
  returnHref,
  targetHref,
} from "~/questionnaire/flow.server";
import type { GroupWords, LocalQuestion } from "~/questionnaire/local-question";
import { fieldMessage } from "~/ui/messages";
import { dictionary, format, isLang, resolveLang, type Lang } from "~/i18n";

/** The page language, and the language the person chose in the URL (it travels on through the flow). */
export function languageOf(request: Request): { lang: Lang; chosenLang?: Lang } {
  const url = new URL(request.url);
  const chosen = url.searchParams.get("lang");
  return {
    lang: resolveLang(url, request.headers.get("accept-language")),
    ...(isLang(chosen) && { chosenLang: chosen }),
  };
}

export function localQuestion(id: QuestionId, lang: Lang): LocalQuestion {
  const q = questionText[id];
  const options = q.options as Record<
    string,
    { label: Record<Lang, string>; hint?: Record<Lang, string> }
  >;
  return {
    title: q.title[lang],
    hint: q.hint[lang],
    required: fieldMessage(id, "required", lang),
    label: q.label[lang],
    ...(q.findOut && { findOut: q.findOut[lang] }),
    ...(q.appliesWhen && { appliesWhen: q.appliesWhen[lang] }),
    // An optional question that decides says what it is read as when left; the framework only changes notes.
    ...(isOptional(id) &&
      DECIDING_QUESTIONS.includes(id) &&
      defaultAnswer(id) !== undefined && {
        whenUnanswered: format(dictionary(lang).questionnaire.leftUnanswered, {
          answer: options[defaultAnswer(id)!]!.label[lang],
        }),
      }),
    options: Object.entries(options).map(([value, o]) => ({
      value,
      label: o.label[lang],
      ...(o.hint && { hint: o.hint[lang] }),
    })),
    ...(q.groups && {
      groups: q.groups.map((g) => ({
        title: g.title[lang],
        ...(g.hint && { hint: g.hint[lang] }),
        values: [...g.values] as string[],
      })),
    }),
  };
}

function groupWords(lang: Lang): GroupWords {
  return {
    or: dictionary(lang).forms.or,
    invalid: dictionary(lang).errors.invalid,
  };
}

export function questionnaireText(lang: Lang) {
  const t = dictionary(lang);
  return {
    words: groupWords(lang),
    strings: {
      title: t.questionnaire.title,
      intro: t.questionnaire.intro,
      submit: t.questionnaire.submit,
      optional: t.questionnaire.optional,
      summaryTitle: t.errors.summaryTitle,
    },
    // The one-page form shows no "how to find out" help: leave it out of the page's data.
    // In the order the flow asks them: who signs users in early, the clients before where browsers' pages live.
    questions: ASK_ORDER.map((id) => ({ ...localQuestion(id, lang), findOut: undefined })),
  };
}

export function questionPageText(id: QuestionId, lang: Lang, at: { n: number; m: number }) {
  const t = dictionary(lang);
  const text = localQuestion(id, lang);
  return {
    words: groupWords(lang),
    text,
    strings: {
      back: t.questionPage.back,
      continue: t.questionPage.continue,
      howToFindOut: t.questionPage.howToFindOut,
      onePage: t.questionPage.onePage,
      optional: t.questionnaire.optional,
      progress: format(t.questionPage.progress, at),
      summaryTitle: t.errors.summaryTitle,
    },
  };
}

/** The share page of complete answers, pinned to today's ruleset version. */
export function decisionHref(answers: Answers, lang?: Lang): string {
  return `/decision?${formatShareLink({ answers, v: rulesetVersion, ...(lang && { lang }) })}`;
}

function questionParam(request: Request, value: string | undefined): QuestionId {
  if (!value || !(QUESTION_IDS as string[]).includes(value)) httpError(request, 404);
  return value as QuestionId;
}

function pageData(request: Request, id: QuestionId) {
  const url = new URL(request.url);
  const { lang } = languageOf(request);
  const state = readFlowState(url);
  const prev = previousStep(id, state.answers);
  return {
    id,
    state,
    ...questionPageText(id, lang, progress(id, state.answers)),
    value: state.answers[id] as string | string[] | undefined,
    // Back returns to the page that was left for this question, else the previous question, else home.
    backHref:
      returnHref(state) ??
      (prev ? questionHref(prev, state, state.returnTo) : withLang("/", state.chosenLang)),
    formAction: questionHref(id, state, state.returnTo),
    // The one-page form keeps every answer given so far.
    onePageHref: onePageHref(state.answers, state.chosenLang),
  };
}

/** GET /q/<question>: the page, or on to the next question if this one does not apply. */
export function questionLoader(request: Request, param: string | undefined) {
  const id = questionParam(request, param);
  const data = pageData(request, id);
  // A question that cannot matter given earlier answers is not asked.
  if (isSkipped(id, data.state.answers)) {
    return redirect(
      targetHref(nextStep(id, data.state.answers, data.state.returnTo !== undefined), data.state),
      303,
    );
  }
  return json(data, {
    headers: {
      Vary: "Accept-Language",
      "Cache-Control": "no-cache",
    },
  });
}

/** POST /q/<question>: validate this answer with the same schema, then on to the next step. */
export async function questionAction(request: Request, param: string | undefined) {
  const id = questionParam(request, param);
  const data = pageData(request, id);
  const input = readAnswerInput(new URLSearchParams(await request.text()));
  const result = validateQuestion(id, input);
  if (!result.success) {
    return json(
      {
        errors: { [id]: [result.code] } as Record<string, FieldErrorCode[]>,
        value: input[id] as string | string[] | undefined,
      },
      { status: 400 },
    );
  }
  const given = { ...data.state.answers, [id]: result.value };
  if (given[id] === undefined) delete given[id];
  // A follow-up that no longer applies is dropped, not carried on unseen.
  const answers = withoutSkipped(given);
  const state = { ...data.state, answers };
  return redirect(targetHref(nextStep(id, answers, state.returnTo !== undefined), state), 303);
}

/** GET /questionnaire: every question on one page, prefilled from a share link or an invalid link's valid answers. */
export function questionnaireLoader(request: Request) {
  const url = new URL(request.url);
  const parsed = parseShareLink(url.searchParams);
  const values: AnswersInput = parsed.success ? { ...parsed.link.answers } : { ...parsed.valid };
  // Show exactly the answers the link gives: defaults the parser fills in (a skipped question's, the optional
  // one's) are nobody's choice, and a box ticked for them would be sent as one.
  for (const id of QUESTION_IDS) if (!url.searchParams.has(id)) delete values[id];
  // A language chosen in the URL travels on to the result; otherwise the result follows each viewer's browser.
  const { lang, chosenLang } = languageOf(request);
  return json(
    { ...questionnaireText(lang), chosenLang, values },
    { headers: { Vary: "Accept-Language", "Cache-Control": "no-cache" } },
  );
}

/** POST /questionnaire: validate with the same schema; 400 with the answers kept, or 303 to the share page. */
export async function questionnaireAction(request: Request) {
  const body = new URLSearchParams(await request.text());
  const result = validateAnswers(readAnswerInput(body));
  if (!result.success)
    return json({ errors: result.errors, values: result.values }, { status: 400 });
  return redirect(
    decisionHref(skippedAsDefault(result.answers), languageOf(request).chosenLang),
    303,
  );
}
