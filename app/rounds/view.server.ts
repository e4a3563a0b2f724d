// The round pages' data in the page's language: plain strings for the components, computed on the server so
// that the pages need no dictionaries or decision logic in the browser.
import { questionText, type QuestionId } from "~/decision";
import { answerLabel } from "~/components/messages";
import { dictionary, format, type Lang } from "~/i18n";
import type { Reveal, Outcome } from "./model";
import type { Member, Round } from "./rounds.server";
import { roundText } from "./text";

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

function outcomeView(o: Outcome, lang: Lang): OutcomeView {
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
    alternatives: { value: string; label: string; outcome: OutcomeView }[];
    settled?: { value: string; label: string; note: string };
  }[];
  agreed: { question: QuestionId; title: string; label: string }[];
  members: { label: string; outcome: OutcomeView; link: string }[];
  settledLink?: string;
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
      })),
    members: r.members.map((m) => ({
      label: memberLabel(m, lang),
      outcome: outcomeView(m.outcome, lang),
      link: m.link,
    })),
    ...(r.settledLink && { settledLink: r.settledLink }),
  };
}

/** The record's context: the round, its agreement line and each disagreement with how it was settled. */
export function recordContext(round: Round, r: Reveal, lang: Lang): string {
  const view = revealView(r, lang);
  const isJa = lang === "ja";
  const lines = [
    isJa
      ? `チームのラウンド「${round.title}」（回答 ${r.answered} 人）で決定。${view.agreedLine}`
      : `Settled in the team round “${round.title}” (${r.answered} members answered). ${view.agreedLine}`,
  ];
  for (const d of view.disagreements) {
    const spread = d.entries.map((e) => `${e.label} ×${e.count}`).join(isJa ? "、" : ", ");
    const settled = d.settled ? d.settled.label : "";
    lines.push(
      isJa
        ? `- ${d.title}：${spread} → ${settled}${d.settled?.note ? `（${d.settled.note}）` : ""}`
        : `- ${d.title}: ${spread} → ${settled}${d.settled?.note ? ` (${d.settled.note})` : ""}`,
    );
  }
  return lines.join("\n").slice(0, 4000);
}
