// The short plain-text summary a team pastes into chat: the recommendation, its state and confidence, one line per
// client, the answers that decide it, any conflict with the answers to change, what to find out, and the link. Built on the server; the page shows it in a selectable block, and
// with JavaScript a button copies it.
import { confidenceInWords } from "~/decision/confidence-words";
import { questionText, type Answers, type Decision, type QuestionId } from "~/decision";
import { dictionary, format, type Lang } from "~/i18n";
import { ruleText } from "~/decision/rule-text";
import { answerLabel } from "~/ui/messages";
import { conflictQuestions } from "./conflicts";

/** The answers behind the strongest reasons for the approach: what a reader needs to see first. */
export function decidingAnswers(
  decision: Decision,
  limit = 3,
): { question: QuestionId; answer: string }[] {
  const out: { question: QuestionId; answer: string }[] = [];
  for (const reason of decision.reasons.filter((r) => r.supports === decision.approach)) {
    for (const b of reason.because) {
      if (out.length >= limit) return out;
      if (!out.some((o) => o.question === b.question)) out.push(b);
    }
  }
  return out;
}

export function decidingAnswersText(decision: Decision, lang: Lang): string {
  const { longList: sep, colon } = dictionary(lang).punctuation;
  return decidingAnswers(decision)
    .map(
      (b) =>
        `${questionText[b.question].label[lang]}${colon}${answerLabel(b.question, b.answer, lang)}`,
    )
    .join(sep);
}

/** One line per conflict: what cannot hold, and which answers to change. */
function conflictLines(decision: Decision, lang: Lang): string[] {
  const t = dictionary(lang);
  const { colon, list } = t.punctuation;
  return decision.conflicts.map((id) => {
    const questions = conflictQuestions(decision, id).map((q) => questionText[q].label[lang]);
    const change = questions.length
      ? format(t.result.chatConflictChange, {
          change: t.decision.change.toLowerCase(),
          questions: questions.join(list),
        })
      : "";
    return `${t.state.conflicting}${colon}${ruleText[id].title[lang]}${change}`;
  });
}

export function chatSummary(
  decision: Decision,
  answers: Answers,
  lang: Lang,
  link: string,
): string {
  const t = dictionary(lang);
  const { colon, list: sep, open, close } = t.punctuation;
  const addOns = decision.addOns.map((a) => t.addOns[a].name).join(sep);
  const head = `${t.state[decision.state]}${colon}${t.approaches[decision.approach].name}${
    addOns ? format(t.result.chatAddOns, { addOns }) : ""
  }`;
  const percent = `${Math.round(decision.confidence * 100)}%`;
  const confidence = `${t.decision.confidence}${colon}${confidenceInWords(decision).label[lang]}${`${open}${percent}${close}`}`;
  const clients = answers.clients.map(
    (c) =>
      `• ${answerLabel("clients", c, lang)}${colon}${decision.perClient[c]?.summary[lang] ?? ""}`,
  );
  const findOut = decision.findOut.length
    ? [
        `${t.decision.findOut}${colon}${decision.findOut.map((q) => questionText[q].label[lang]).join(sep)}`,
      ]
    : [];
  return [
    head,
    confidence,
    ...clients,
    `${t.decision.because}${colon}${decidingAnswersText(decision, lang)}`,
    ...conflictLines(decision, lang),
    ...findOut,
    link,
  ].join("\n");
}
