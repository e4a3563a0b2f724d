// Reading the answers carried in a question page's URL, and building the URLs of the flow.
import {
  QUESTION_IDS,
  formatAnswers,
  formatShareLink,
  parseShareLink,
  rulesetVersion,
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
  return {
    answers,
    chosenLang: isLang(lang) ? lang : undefined,
    returningToCheck: url.searchParams.get("return") === "check",
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

export function questionHref(id: string, state: LinkState, returningToCheck = false): string {
  return `/q/${id}${query(state, returningToCheck ? "return=check" : "")}`;
}

export function checkHref(state: LinkState): string {
  return `/q/check${query(state)}`;
}

export function targetHref(target: FlowTarget, state: FlowState): string {
  return target.kind === "check"
    ? checkHref(state)
    : questionHref(target.id, state, state.returningToCheck);
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
