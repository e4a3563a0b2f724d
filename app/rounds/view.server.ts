// The round pages' data in the page's language: plain strings for the components, computed on the server so
// that the pages need no dictionaries or decision logic in the browser.
import { questionText, type QuestionId } from "~/decision";
import { answerLabel } from "~/ui/messages";
import { dictionary, format, type Lang, roundText } from "~/i18n";
import { reveal, type Reveal, type Outcome } from "./model";
import { revealedAnswers, type Member, type Round } from "./rounds.server";

export function memberLabel(m: { seq: number; name: string }, lang: Lang): string {
  return m.name !== "" ? m.name : format(roundText(lang).memberLabel, { n: m.seq });
}

export interface StatusView {
  members: number;
  answered: number;
  answeredNames: string[];
  waitingNames: string[];
}

/** Who has answered (never what). */
export function statusView(members: readonly Member[], lang: Lang): StatusView {
  return {
    members: members.length,
    answered: members.filter((m) => m.answered).length,
    answeredNames: members.filter((m) => m.answered).map((m) => memberLabel(m, lang)),
    waitingNames: members.filter((m) => !m.answered).map((m) => memberLabel(m, lang)),
  };
}

export interface OutcomeView {
  approach: string;
  addOns: string[];
  confidence: number;
}

export function outcomeView(o: Outcome, lang: Lang): OutcomeView {
  const t = dictionary(lang);
  const approaches = t.approaches as Record<string, { name: string } | undefined>;
  const addOns = t.addOns as Record<string, { name: string } | undefined>;
  return {
    approach: approaches[o.approach]?.name ?? o.approach,
    addOns: o.addOns.map((a) => addOns[a]?.name ?? a),
    confidence: Math.round(o.confidence * 100),
  };
}

export interface RevealView {
  agreedLine: string;
  disagreements: {
    question: QuestionId;
    title: string;
    entries: { value: string; label: string; count: number; names: string[] }[];
    /** Members who left this optional question blank: shown apart, never an answer. */
    noAnswer: { count: number; names: string[] };
    alternatives: { value: string; label: string; outcome: OutcomeView }[];
    settled?: { value: string; label: string; note: string };
  }[];
  agreed: { question: QuestionId; title: string; label: string; noAnswer: number }[];
  members: { label: string; outcome: OutcomeView; link: string }[];
  settledLink?: string;
  /** The team's result: what the settled answers recommend (once every disagreement is settled). */
  settledOutcome?: OutcomeView;
}

export function revealView(r: Reveal, lang: Lang): RevealView {
  const t = roundText(lang);
  const title = (q: QuestionId) => questionText[q].title[lang];
  return {
    agreedLine: format(t.agreedLine, { agreed: r.agreedCount, total: r.questionCount }),
    disagreements: r.disagreements.map((d) => ({
      question: d.question,
      title: title(d.question),
      entries: d.entries.map((e) => ({
        value: e.value,
        label: answerLabel(d.question, e.value, lang),
        count: e.members.length,
        names: e.members.map((m) => memberLabel(m, lang)),
      })),
      noAnswer: {
        count: d.noAnswer.length,
        names: d.noAnswer.map((m) => memberLabel(m, lang)),
      },
      alternatives: d.alternatives.map((a) => ({
        value: a.value,
        label: answerLabel(d.question, a.value, lang),
        outcome: outcomeView(a.outcome, lang),
      })),
      ...(d.settled && {
        settled: {
          value: d.settled.value,
          label: answerLabel(d.question, d.settled.value, lang),
          note: d.settled.note,
        },
      }),
    })),
    agreed: r.questions
      .filter((q) => q.agreed && q.entries[0])
      .map((q) => ({
        question: q.question,
        title: title(q.question),
        label: answerLabel(q.question, q.entries[0]!.value, lang),
        noAnswer: q.noAnswer.length,
      })),
    members: r.members.map((m) => ({
      label: memberLabel(m, lang),
      outcome: outcomeView(m.outcome, lang),
      link: m.link,
    })),
    ...(r.settledLink && { settledLink: r.settledLink }),
    ...(r.settledOutcome && { settledOutcome: outcomeView(r.settledOutcome, lang) }),
  };
}

/**
 * The record's context: the round and its agreement line. The disagreements themselves are kept with the record
 * as data (settledDisagreements) and listed in their own section, so they are not repeated here.
 */
export function recordContext(round: Round, r: Reveal, lang: Lang): string {
  const agreed = format(roundText(lang).agreedLine, {
    agreed: r.agreedCount,
    total: r.questionCount,
  });
  return format(roundText(lang).recordContext, {
    title: round.title,
    answered: r.answered,
    agreed,
  }).slice(0, 4000);
}

/**
 * Revealed pages by round, version and language. After the reveal a round changes only through its facilitator
 * (settling, saving a record), and each change bumps its version; evaluating 50 members' answers costs tens of
 * milliseconds, and every member's page asks for it again after each change.
 */
const revealCache = new Map<string, Promise<RevealView>>();
const REVEAL_CACHE_ENTRIES = 200;

export function cachedRevealView(round: Round, lang: Lang): Promise<RevealView> {
  const key = `${round.joinId}:${round.version}:${lang}`;
  const hit = revealCache.get(key);
  if (hit) return hit;
  const view = revealedAnswers(round)
    .then((members) => reveal(members, round.settlements))
    .then((r) => revealView(r, lang));
  // A failure (the database restarting) is not remembered.
  view.catch(() => revealCache.delete(key));
  if (revealCache.size >= REVEAL_CACHE_ENTRIES)
    revealCache.delete(revealCache.keys().next().value!);
  revealCache.set(key, view);
  return view;
}

/** A deleted round's names and answers leave this process's memory with it. */
export function forgetRevealViews(joinId: string): void {
  for (const key of revealCache.keys()) if (key.startsWith(`${joinId}:`)) revealCache.delete(key);
}
