// Reading the answers carried in a question page's URL, and where the flow leads next (links: app/http/links.ts).
import {
  QUESTION_IDS,
  parseShareLink,
  rulesetVersion,
  validateAnswers,
  type FlowTarget,
  type Lang,
  type PartialAnswers,
} from "~/decision";
import { readLang } from "~/http/lang";
import { checkLink, questionLink, resultLink, type ReturnTo } from "~/http/links";

export interface FlowState {
  answers: PartialAnswers;
  /** A language the person chose in the URL; it travels on through the flow. */
  chosenLang?: Lang;
  /** Opened by a Change link: Continue returns to the check page or to the result page. */
  returnTo?: ReturnTo;
}

export function readFlowState(request: Request): FlowState {
  const url = new URL(request.url);
  const parsed = parseShareLink(url.searchParams);
  const answers: PartialAnswers = parsed.success ? { ...parsed.link.answers } : parsed.valid;
  // Defaults filled in by the parser (stack, a skipped store) are not answers: keep only what the URL says.
  for (const id of QUESTION_IDS) if (!url.searchParams.has(id)) delete answers[id];
  const returnTo = url.searchParams.get("return");
  return {
    answers,
    chosenLang: readLang(request).chosenLang,
    ...((returnTo === "check" || returnTo === "decision") && { returnTo }),
  };
}

/** The page that was left for a question: the check page, or the result page of the (complete) answers. */
export function returnHref(state: FlowState): string | undefined {
  if (state.returnTo === "check") return checkLink(state);
  if (state.returnTo === "decision") {
    const checked = validateAnswers(state.answers);
    return checked.success
      ? resultLink(checked.answers, { v: rulesetVersion, chosenLang: state.chosenLang })
      : undefined;
  }
  return undefined;
}

export function targetHref(target: FlowTarget, state: FlowState): string {
  return target.kind === "check"
    ? (returnHref(state) ?? checkLink(state))
    : questionLink(target.id, state, state.returnTo);
}
