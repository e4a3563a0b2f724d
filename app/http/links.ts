// Every internal link of the site, one function per kind of page: the only place that writes a `lang` parameter
// into a URL (docs/decisions/0003-i18n.md). A link carries the language the person chose (`lang` in the current
// URL) and only that one; without a choice it carries none, so each page follows the viewer's browser. The share
// link never carries a language. Answers are written by the share-link codec, so they are always canonical.
// Importable from components: it reads nothing but the decision core's codec.
import { formatAnswers, formatShareLink } from "~/decision/share-link";
import type { Answers, Lang, QuestionId } from "~/decision/questions";

type PartialAnswers = Partial<Answers>;

/** Query parts joined into `?a&b`, or "" when there are none. */
function query(parts: (string | false | undefined)[]): string {
  const q = parts.filter(Boolean).join("&");
  return q ? `?${q}` : "";
}

/** A stored or canonical answers query without any language in it: the link adds the reader's own. */
function withoutLang(answersQuery: string | undefined): string | undefined {
  return answersQuery
    ?.split("&")
    .filter((p) => p !== "" && !p.startsWith("lang="))
    .join("&");
}

/** `lang=xx` for a chosen language, nothing otherwise. */
const langPart = (chosenLang?: Lang) => chosenLang && `lang=${chosenLang}`;

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
  return `${path}${query([...params, langPart(chosenLang)])}${hash}`;
}

/** The language switch: this very page in the other language (every other parameter kept). */
export function languageSwitchLink(pathname: string, search: string, lang: Lang): string {
  const params = new URLSearchParams(search);
  params.set("lang", lang);
  return `${pathname}?${params.toString()}`;
}

// ---- Pages without parameters and content pages.

export type PlainPage =
  | "/"
  | "/questionnaire"
  | "/arguments"
  | "/sources"
  | "/rules"
  | "/compare"
  | "/rounds/new";

export function pageLink(page: PlainPage, chosenLang?: Lang): string {
  return withLang(page, chosenLang);
}

export function argumentLink(id: string, chosenLang?: Lang): string {
  return withLang(`/arguments/${encodeURIComponent(id)}`, chosenLang);
}

export function approachLink(id: string, chosenLang?: Lang): string {
  return withLang(`/approaches/${encodeURIComponent(id)}`, chosenLang);
}

// ---- The result page.

/**
 * The link to share (the copy field and "Link to this result"): the answers and the ruleset version, never a
 * language, so that whoever opens it sees the page in their own language, as the page says.
 */
export function shareLink(answers: Answers, v?: string): string {
  return `/decision?${formatShareLink({ answers, ...(v && { v }) })}`;
}

/** The result page of complete answers for this reader: the share link with the chosen language, canonical. */
export function resultLink(
  answers: Answers,
  options: { v?: string; chosenLang?: Lang } = {},
): string {
  const { v, chosenLang } = options;
  return `/decision?${formatShareLink({ answers, ...(chosenLang && { lang: chosenLang }), ...(v && { v }) })}`;
}

/**
 * The result page of a canonical answers query that was stored as such (a record's answers, a round member's
 * link): the chosen language is put where the codec puts it (before `v`), so the link needs no redirect.
 */
export function resultLinkOfQuery(answersQuery: string, chosenLang?: Lang): string {
  const parts = withoutLang(answersQuery)!.split("&").filter(Boolean);
  const at = parts.findIndex((p) => p.startsWith("v="));
  const lang = langPart(chosenLang);
  if (lang) parts.splice(at === -1 ? parts.length : at, 0, lang);
  return `/decision${query(parts)}`;
}

// ---- The question flow. Answers travel in the URL.

/** Where a question page returns after Continue when it was opened from the check page or the result page. */
export type ReturnTo = "check" | "decision";

/** The answers given so far and the chosen language: what every link of the flow carries on. */
export interface FlowLinkState {
  answers: PartialAnswers;
  chosenLang?: Lang;
}

/** The answers of the flow: an optional question answered with its default keeps that answer (it was chosen). */
function flowQuery(state: FlowLinkState, ...extra: (string | undefined)[]): string {
  return query([
    formatAnswers(state.answers, {
      keepChosen: true,
      ...(state.chosenLang && { lang: state.chosenLang }),
    }),
    ...extra,
  ]);
}

export function questionLink(
  id: QuestionId | string,
  state: FlowLinkState,
  returnTo?: ReturnTo,
): string {
  return `/q/${id}${flowQuery(state, returnTo && `return=${returnTo}`)}`;
}

/** The check page of the flow, with every answer given so far. */
export function checkLink(state: FlowLinkState): string {
  return `/q/check${flowQuery(state)}`;
}

/** The one-page form with the answers given so far. */
export function onePageLink(state: FlowLinkState): string {
  return `/questionnaire${flowQuery(state)}`;
}

/**
 * From a result (complete answers, defaults filled in by the parser): the check page ("Change answers"), whose
 * optional answers left at their default stay unsaid, as in the share link.
 */
export function checkLinkOfResult(answers: PartialAnswers, chosenLang?: Lang): string {
  return `/q/check${query([formatAnswers(answers, chosenLang ? { lang: chosenLang } : {})])}`;
}

/**
 * The Change link of one answer on the result page: straight to that question with every answer, and after
 * Continue back to the result page (a question that newly applies is asked first).
 */
export function changeLink(
  answers: PartialAnswers,
  question: QuestionId,
  chosenLang?: Lang,
): string {
  return `/q/${question}${query([formatAnswers(answers, chosenLang ? { lang: chosenLang } : {}), "return=decision"])}`;
}

/** The one-page form prefilled with the valid part of an invalid link. */
export function fixLink(valid: PartialAnswers, chosenLang?: Lang): string {
  return `/questionnaire${query([formatAnswers(valid, chosenLang ? { lang: chosenLang } : {})])}`;
}

// ---- Records. The edit token is a capability: it appears only in its own page's address.

/** The form that saves the answers (a canonical answers query) as a record; it posts back to itself. */
export function newRecordLink(answersQuery: string, chosenLang?: Lang): string {
  return `/records${query([withoutLang(answersQuery), langPart(chosenLang)])}`;
}

/** A record's public page. */
export function recordLink(publicId: string, chosenLang?: Lang): string {
  return `/r/${publicId}${query([langPart(chosenLang)])}`;
}

/** A record's edit page; `notice` says what just happened there. */
export function recordEditLink(
  editToken: string,
  chosenLang?: Lang,
  notice?: "created" | "saved" | "rotated",
): string {
  return `/e/${editToken}${query([notice && `${notice}=1`, langPart(chosenLang)])}`;
}

// ---- Team rounds and the compare page.

/** The form that starts a round, from a result's canonical answers query when there is one. */
export function newRoundLink(
  chosenLang?: Lang,
  options: { answersQuery?: string; deleted?: boolean } = {},
): string {
  return `/rounds/new${query([withoutLang(options.answersQuery), options.deleted && "deleted=1", langPart(chosenLang)])}`;
}

/** A member's page of a round (the join link); `saved` right after saving answers. */
export function roundJoinLink(
  joinId: string,
  chosenLang?: Lang,
  options: { saved?: boolean } = {},
): string {
  return `/t/${joinId}${query([options.saved && "saved=1", langPart(chosenLang)])}`;
}

/** The facilitator's page of a round: `params` (created=1, confirm=…, settled=…) before the language. */
export function facilitatorLink(
  token: string,
  chosenLang?: Lang,
  options: { params?: string; anchor?: string } = {},
): string {
  return `/f/${token}${query([options.params, langPart(chosenLang)])}${options.anchor ?? ""}`;
}

/** Two results side by side; `a` and `b` are pasted links or answers queries. */
export function compareLink(chosenLang?: Lang, sides: { a?: string; b?: string } = {}): string {
  return `/compare${query([
    sides.a !== undefined && `a=${encodeURIComponent(sides.a)}`,
    sides.b !== undefined && `b=${encodeURIComponent(sides.b)}`,
    langPart(chosenLang),
  ])}`;
}
