// Reading the answers carried in a question page's URL, and building the URLs of the flow.
import {
  QUESTION_IDS,
  formatAnswers,
  formatShareLink,
  parseShareLink,
  rulesetVersion,
  validateAnswers,
  type Answers,
  type FlowTarget,
  type Lang,
  type PartialAnswers,
  type ReturnTo,
} from "~/decision";
import { isLang } from "~/i18n";

export interface FlowState {
  answers: PartialAnswers;
  /** A language the person chose in the URL; it travels on through the flow. */
  chosenLang?: Lang;
  /** Opened by a Change link: Continue returns to the check page or to the result page. */
  returnTo?: ReturnTo;
}

export function readFlowState(url: URL): FlowState {
  const parsed = parseShareLink(url.searchParams);
  const answers: PartialAnswers = parsed.success ? { ...parsed.link.answers } : parsed.valid;
  // Defaults filled in by the parser (stack, a skipped store) are not answers: keep only what the URL says.
  for (const id of QUESTION_IDS) if (!url.searchParams.has(id)) delete answers[id];
  const lang = url.searchParams.get("lang");
  const returnTo = url.searchParams.get("return");
  return {
    answers,
    chosenLang: isLang(lang) ? lang : undefined,
    ...((returnTo === "check" || returnTo === "decision") && { returnTo }),
  };
}

// An edit token never travels in these URLs: revisiting a record posts it in a form body (records routes).
type LinkState = Pick<FlowState, "answers" | "chosenLang">;

function query(state: LinkState, ...extra: string[]): string {
  const q = [
    formatAnswers(state.answers, {
      keepChosen: true,
      ...(state.chosenLang && { lang: state.chosenLang }),
    }),
    ...extra,
  ]
    .filter(Boolean)
    .join("&");
  return q ? `?${q}` : "";
}

export function questionHref(id: string, state: LinkState, returnTo?: ReturnTo): string {
  return `/q/${id}${query(state, returnTo ? `return=${returnTo}` : "")}`;
}

export function checkHref(state: LinkState): string {
  return `/q/check${query(state)}`;
}

/** The page that was left for a question: the check page, or the result page of the (complete) answers. */
export function returnHref(state: FlowState): string | undefined {
  if (state.returnTo === "check") return checkHref(state);
  if (state.returnTo === "decision") {
    const checked = validateAnswers(state.answers);
    return checked.success ? resultHref(checked.answers, state) : undefined;
  }
  return undefined;
}

export function targetHref(target: FlowTarget, state: FlowState): string {
  return target.kind === "check"
    ? (returnHref(state) ?? checkHref(state))
    : questionHref(target.id, state, state.returnTo);
}

/** The end of the flow: the share page. */
export function resultHref(answers: Answers, state: Pick<FlowState, "chosenLang">): string {
  const link = formatShareLink({
    answers,
    v: rulesetVersion,
    ...(state.chosenLang && { lang: state.chosenLang }),
  });
  return `/decision?${link}`;
}
