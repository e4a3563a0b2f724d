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
  /** When revisiting a saved record: its edit token, carried to the save form so the new record supersedes it. */
  revisit?: string;
}

const EDIT_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function readFlowState(url: URL): FlowState {
  const parsed = parseShareLink(url.searchParams);
  const answers: PartialAnswers = parsed.success ? { ...parsed.link.answers } : parsed.valid;
  // Defaults filled in by the parser (stack, a skipped store) are not answers: keep only what the URL says.
  for (const id of QUESTION_IDS) if (!url.searchParams.has(id)) delete answers[id];
  const lang = url.searchParams.get("lang");
  const revisit = url.searchParams.get("revisit");
  const returnTo = url.searchParams.get("return");
  return {
    answers,
    chosenLang: isLang(lang) ? lang : undefined,
    ...((returnTo === "check" || returnTo === "decision") && { returnTo }),
    ...(revisit && EDIT_TOKEN.test(revisit) && { revisit }),
  };
}

type LinkState = Pick<FlowState, "answers" | "chosenLang" | "revisit">;

function query(state: LinkState, ...extra: string[]): string {
  const q = [
    formatAnswers(state.answers, state.chosenLang ? { lang: state.chosenLang } : {}),
    ...extra,
    state.revisit ? `revisit=${state.revisit}` : "",
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

/** The end of the flow: the share page, or (when revisiting a record) the save form that supersedes it. */
export function resultHref(
  answers: Answers,
  state: Pick<FlowState, "chosenLang" | "revisit">,
): string {
  const link = formatShareLink({
    answers,
    v: rulesetVersion,
    ...(state.chosenLang && { lang: state.chosenLang }),
  });
  return state.revisit ? `/records?${link}&revisit=${state.revisit}` : `/decision?${link}`;
}

/** Pages whose URL carries an edit token must not leak it: no Referer, no caching, no indexing. */
export const CAPABILITY_HEADERS = {
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
  "X-Robots-Tag": "noindex, nofollow",
};

export function capabilityHeaders(state: Pick<FlowState, "revisit">): Record<string, string> {
  return state.revisit ? CAPABILITY_HEADERS : {};
}
