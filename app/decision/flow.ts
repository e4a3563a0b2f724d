// The one-question-a-page flow: which questions apply, in what order, and where Continue and Back lead.
// Answers travel in the URL; a question that cannot matter given earlier answers is skipped (its documented
// default applies), and a change that makes a new question apply asks it before returning to the check page.
import {
  ASK_ORDER,
  isOptional,
  isSkipped,
  type Answers,
  type Lang,
  type QuestionId,
} from "./questions";
import { formatAnswers, formatShareLink } from "./share-link";

export type PartialAnswers = Partial<Answers>;

/** The questions that apply to these answers, in the order the flow asks them. */
export function applicableQuestions(answers: PartialAnswers): QuestionId[] {
  return ASK_ORDER.filter((id) => !isSkipped(id, answers));
}

function isAnswered(id: QuestionId, answers: PartialAnswers): boolean {
  const value = answers[id];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

/** The first applicable question that still needs an answer (optional questions never block). */
export function firstUnanswered(answers: PartialAnswers): QuestionId | undefined {
  return applicableQuestions(answers).find((id) => !isOptional(id) && !isAnswered(id, answers));
}

export type FlowTarget = { kind: "question"; id: QuestionId } | { kind: "check" };

/**
 * Where Continue leads from `current`. Coming from the check page or the result page (`returning`), a newly
 * applicable question is asked first, then the page that was left ("check" stands for it); otherwise the next
 * applicable question, then the check page.
 */
export function nextStep(
  current: QuestionId,
  answers: PartialAnswers,
  returning: boolean,
): FlowTarget {
  const missing = firstUnanswered(answers);
  if (returning) return missing ? { kind: "question", id: missing } : { kind: "check" };
  // The next applicable question after this one in asking order (this one may itself have been skipped).
  const next = applicableQuestions(answers).find(
    (id) => ASK_ORDER.indexOf(id) > ASK_ORDER.indexOf(current),
  );
  return next
    ? { kind: "question", id: next }
    : missing
      ? { kind: "question", id: missing }
      : { kind: "check" };
}

/** Where Back leads: the previous applicable question, or nothing on the first one. */
export function previousStep(current: QuestionId, answers: PartialAnswers): QuestionId | undefined {
  const order = applicableQuestions(answers);
  const i = order.indexOf(current);
  return i > 0 ? order[i - 1] : undefined;
}

/** "Question N of M" for the current question, given the answers so far. */
export function progress(current: QuestionId, answers: PartialAnswers): { n: number; m: number } {
  const order = applicableQuestions(answers);
  return { n: order.indexOf(current) + 1, m: order.length };
}

// ---- Links of the flow. A language is written into a link only when the person chose one (`lang` in the URL);
// otherwise each page follows the viewer's browser (docs/decisions/0003-i18n.md).

/** `href` with the chosen language added (or replaced); unchanged when nobody chose a language. */
export function withLang(href: string, chosenLang?: Lang): string {
  if (!chosenLang) return href;
  const hashAt = href.indexOf("#");
  const hash = hashAt >= 0 ? href.slice(hashAt) : "";
  const rest = hashAt >= 0 ? href.slice(0, hashAt) : href;
  const queryAt = rest.indexOf("?");
  const path = queryAt >= 0 ? rest.slice(0, queryAt) : rest;
  const params = (queryAt >= 0 ? rest.slice(queryAt + 1) : "")
    .split("&")
    .filter((p) => p !== "" && !p.startsWith("lang="));
  return `${path}?${[...params, `lang=${chosenLang}`].join("&")}${hash}`;
}

/** Where a question page returns after Continue when it was opened from the check page or the result page. */
export type ReturnTo = "check" | "decision";

/**
 * The Change link of one answer on the result page: straight to that question with every answer, and after
 * Continue back to the result page (a question that newly applies is asked first).
 */
export function changeHref(
  answers: PartialAnswers,
  question: QuestionId,
  chosenLang?: Lang,
): string {
  return `/q/${question}?${[
    formatAnswers(answers, chosenLang ? { lang: chosenLang } : {}),
    "return=decision",
  ]
    .filter(Boolean)
    .join("&")}`;
}

/**
 * The link to share (the copy field and "Link to this result"): the answers and the ruleset version, never a
 * language, so that whoever opens it sees the page in their own language, as the page says.
 */
export function shareHref(answers: Answers, v?: string): string {
  return `/decision?${formatShareLink({ answers, ...(v && { v }) })}`;
}

/** The check page with every answer (and the chosen language): "Change answers" beside a result. */
export function checkHref(answers: PartialAnswers, chosenLang?: Lang): string {
  return `/q/check?${formatAnswers(answers, chosenLang ? { lang: chosenLang } : {})}`;
}

/** The one-page form with the answers given so far (and the chosen language). */
export function onePageHref(answers: PartialAnswers, chosenLang?: Lang): string {
  const q = formatAnswers(answers, chosenLang ? { lang: chosenLang } : {});
  return q ? `/questionnaire?${q}` : "/questionnaire";
}
