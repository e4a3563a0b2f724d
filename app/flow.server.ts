// Reading the answers carried in a question page's URL, and building the URLs of the flow.
import {
  QUESTION_IDS,
  formatAnswers,
  parseShareLink,
  rulesetVersion,
  formatShareLink,
  type Answers,
  type FlowTarget,
  type Lang,
  type PartialAnswers,
} from "~/decision";
import { isLang } from "~/i18n";

export interface FlowState {
  answers: PartialAnswers;
  /** A language the person chose in the URL; it travels on through the flow. */
  chosenLang?: Lang;
  returningToCheck: boolean;
}

export function readFlowState(url: URL): FlowState {
  const parsed = parseShareLink(url.searchParams);
  const answers: PartialAnswers = parsed.success ? { ...parsed.link.answers } : parsed.valid;
  // Defaults filled in by the parser (stack, a skipped store) are not answers: keep only what the URL says.
  for (const id of QUESTION_IDS) if (!url.searchParams.has(id)) delete answers[id];
  const lang = url.searchParams.get("lang");
  return {
    answers,
    chosenLang: isLang(lang) ? lang : undefined,
    returningToCheck: url.searchParams.get("return") === "check",
  };
}

function query(answers: PartialAnswers, lang: Lang | undefined, extra = ""): string {
  const q = [formatAnswers(answers, lang ? { lang } : {}), extra].filter(Boolean).join("&");
  return q ? `?${q}` : "";
}

export function questionHref(
  id: string,
  state: Pick<FlowState, "answers" | "chosenLang">,
  returningToCheck = false,
): string {
  return `/q/${id}${query(state.answers, state.chosenLang, returningToCheck ? "return=check" : "")}`;
}

export function checkHref(state: Pick<FlowState, "answers" | "chosenLang">): string {
  return `/q/check${query(state.answers, state.chosenLang)}`;
}

export function targetHref(target: FlowTarget, state: FlowState): string {
  return target.kind === "check"
    ? checkHref(state)
    : questionHref(target.id, state, state.returningToCheck);
}

export function resultHref(answers: Answers, chosenLang: Lang | undefined): string {
  return `/decision?${formatShareLink({ answers, v: rulesetVersion, ...(chosenLang && { lang: chosenLang }) })}`;
}
