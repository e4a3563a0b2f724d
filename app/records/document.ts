// One decision record, as a structure that every export renders: the printed decision page, the saved record
// (page and print) and the MADR Markdown. The sections follow MADR 4 in MADR's order; their headings and every
// sentence under them are in the record's language, so a Japanese record reads Japanese throughout.
//
// Pure: no React, no I/O. Text here is plain text; what came from a person (title, notes, names) is kept apart
// in its own fields, so each renderer can treat it as untrusted (the Markdown export escapes it, React escapes
// it anyway). Records saved with an older ruleset keep an older decision shape (no plan per client, no
// why-not sentences, no state); they render with what they have.
import {
  APPROACHES,
  QUESTION_IDS,
  questionText,
  sources,
  type Answers,
  type Approach,
  type Client,
  type Decision,
  type Lang,
  type QuestionId,
} from "~/decision";
import { CONFIDENCE_NUMBER_NOTE, confidenceInWords } from "~/decision/confidence-words";
import type { ClientPlan } from "~/decision/plans";
import { ruleText, type RuleText } from "~/decision/rule-text";
import { whyNotLine } from "~/ui/messages";
import { dictionary } from "~/i18n";

/** What a saved record keeps of a decision: everything but the rule trace. */
export type DecisionSnapshot = Omit<Decision, "trace">;

/** MADR's statuses; a saved record has exactly one. */
export const RECORD_STATUSES = [
  "proposed",
  "accepted",
  "rejected",
  "deprecated",
  "superseded",
] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export interface DocumentInput {
  /** The record's title as a person wrote it; empty for a decision that is not saved yet. */
  title: string;
  context?: string;
  deciders?: readonly string[];
  consulted?: readonly string[];
  informed?: readonly string[];
  status: RecordStatus;
  /** When the decision was last updated: a Date or an ISO-8601 string (only the UTC day is kept). */
  date: Date | string;
  answers: Partial<Answers>;
  decision: DecisionSnapshot;
  rulesetVersion: string;
  contentHash?: string;
  /** Absolute permalink of the record (or of the decision page). */
  link: string;
  supersedesLink?: string;
  supersededByLink?: string;
  /**
   * Plain-text titles of the arguments the reasons cite, in the record's language (the content lives on the
   * server). Without them, a citation names only the registered sources.
   */
  argumentTitles?: Readonly<Record<string, { title: string; section?: string }>>;
  /** A record saved from a team round: each disagreement (answer values) and how it was settled. */
  disagreements?: readonly InputDisagreement[];
}

export interface InputDisagreement {
  question: string;
  spread: readonly { value: string; count: number }[];
  /** Members who left the (optional) question blank: counted apart, never an answer. */
  noAnswer?: number;
  settled: string;
  /** The facilitator's note as written (user text). */
  note: string;
}

/** A disagreement in words: the question, each answer with how many gave it, the settled answer, the note. */
export interface DocumentDisagreement {
  question: string;
  answers: { answer: string; count: number }[];
  /** How many left it blank (0 when nobody did). */
  noAnswer: number;
  settled: string;
  /** User text. */
  note: string;
}

export type SectionKey = "context" | "drivers" | "options" | "outcome" | "prosCons" | "more";

export interface DocumentOption {
  approach: Approach;
  name: string;
  chosen: boolean;
  /** Why it lost, in one sentence (empty for the chosen option). */
  whyNot: string;
  /** "Good, because …" / "Bad, because …" / "Ruled out, because …" lines. */
  pros: string[];
}

export interface DocumentPlan {
  client: Client;
  name: string;
  summary: string;
}

export interface DecisionDocument {
  lang: Lang;
  /** The title a person gave, or the generated one; plain text. */
  title: string;
  /** True when the title came from a person (a renderer must escape it). */
  titleFromUser: boolean;
  status: RecordStatus;
  statusLabel: string;
  /** YYYY-MM-DD, or "" when unknown. */
  date: string;
  /** The absolute link of the record or decision page. */
  permalink: string;
  people: { label: string; key: "deciders" | "consulted" | "informed"; names: string[] }[];
  /**
   * What was decided, in a few words: every rendering opens with it (the approach, its add-ons, the state).
   * Status, date and people sit beside it, in `status`, `date` and `people`.
   */
  lead: { label: string; value: string; key: "approach" | "addOns" | "state" }[];
  /** `disagreements` heads a section of its own only in records saved from a team round. */
  headings: Record<SectionKey | "consequences" | "disagreements", string>;
  labels: (typeof words)[Lang]["labels"];
  context: {
    intro: string;
    answers: { question: QuestionId; label: string; value: string }[];
    notesLabel: string;
    /** The team's notes as written (user text). */
    notes: string;
  };
  /** "Question: answer (rules)" lines; one line saying none was decisive when empty. */
  drivers: string[];
  options: DocumentOption[];
  outcome: {
    approach: Approach;
    /** "Chosen option: …, because …" */
    chosen: string;
    /** How the result stands (recommended, tentative, conflicting), when the snapshot knows. */
    state?: string;
    /** Confidence in words with its one-sentence reason and what the number means (SPEC principle 15). */
    confidence?: string;
    reasons: string[];
    addOnsIntro: string;
    addOns: string[];
    plansIntro: string;
    /** Empty for snapshots saved before plans per client existed. */
    plans: DocumentPlan[];
  };
  /** What the choice gives and costs, and what it still needs or leaves open. */
  consequences: string[];
  more: {
    disagreementsIntro: string;
    /** Empty unless the record was saved from a team round. */
    disagreements: DocumentDisagreement[];
    facts: { label: string; value: string; kind: "code" | "link" }[];
    changesIntro: string;
    changes: string[];
    citationsIntro: string;
    citations: string[];
  };
}

/** "Logout must …" → "logout must …" after "because"; acronyms such as "OIDC" keep their case. */
function lowerFirst(text: string): string {
  return /^[A-Z](?![A-Z])/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

const words = {
  en: {
    contextIntro:
      "We have to choose how the users of our system stay signed in. These are our answers to the “Do I need JWT?” questionnaire:",
    notes: "Notes from the team:",
    noDrivers: "No single answer was decisive.",
    chosen: (name: string, confidence: string) =>
      `Chosen option: "${name}", because it fits our answers best (confidence${confidence.startsWith(":") ? confidence : ` ${confidence}`}):`,
    confidence: (label: string, reason: string, percent: string, note: string) =>
      `Confidence: ${label}. ${reason} (${percent}: ${note})`,
    addOns: "Together with these add-ons:",
    plans: "How each kind of client stays signed in:",
    item: (label: string, value: string) => `${label}: ${value}`,
    good: (why: string) => `Good, because ${lowerFirst(why)}`,
    bad: (why: string) => `Bad, because ${lowerFirst(why)}`,
    conflict: (why: string) =>
      `Bad, because our answers pull in different directions: ${lowerFirst(why)}`,
    unknown: (question: string) => `Neutral, because we do not know yet: ${question}`,
    ruledOut: (why: string) => `Ruled out, because ${lowerFirst(why)}`,
    chosenMark: " (chosen)",
    changes: "What would change the result:",
    changeItem: (question: string, answer: string, approach: string) =>
      `If ${question} were “${answer}”: ${approach}`,
    citations: "What the reasons rest on:",
    decision: "Decision",
    addOnsLabel: "Add-ons",
    noAddOns: "none",
    list: ", ",
    disagreements: "Where the team disagreed, and how it was settled:",
    answerCount: (answer: string, count: number) => `${answer} (${count})`,
    citation: (rule: string, cited: string[]) => `${rule}: ${cited.join("; ")}`,
    section: (title: string, section: string) => `${title} (“${section}”)`,
    headings: {
      context: "Context and Problem Statement",
      drivers: "Decision Drivers",
      options: "Considered Options",
      outcome: "Decision Outcome",
      consequences: "Consequences",
      prosCons: "Pros and Cons of the Options",
      more: "More Information",
      disagreements: "Disagreements settled",
    },
    labels: {
      status: "Status",
      date: "Date",
      deciders: "Decision makers",
      consulted: "Consulted",
      informed: "Informed",
      state: "State",
      answers: "Answers",
      settled: "Settled on",
      noAnswer: "No answer",
      note: "Note",
      rulesetVersion: "Ruleset version",
      contentHash: "Content hash",
      permalink: "Permalink",
      supersedes: "Supersedes",
      supersededBy: "Superseded by",
      qr: "QR code of the permalink",
    },
  },
  ja: {
    contextIntro:
      "ユーザーのログイン状態をどう保つかを決める必要があります。「Do I need JWT?」の質問への回答は次のとおりです。",
    notes: "チームのメモ：",
    noDrivers: "決め手になった回答はありません。",
    chosen: (name: string, confidence: string) =>
      `採用する選択肢：「${name}」。回答に最もよく合うため（確信度${confidence.startsWith("：") ? confidence : ` ${confidence}`}）：`,
    confidence: (label: string, reason: string, percent: string, note: string) =>
      `確信度：${label}。${reason}（${percent}：${note}）`,
    addOns: "あわせて次の追加対策を行います：",
    plans: "クライアントの種類ごとのログイン状態の保ち方：",
    item: (label: string, value: string) => `${label}：${value}`,
    good: (why: string) => `良い点：${why}`,
    bad: (why: string) => `悪い点：${why}`,
    conflict: (why: string) => `悪い点：回答の間に矛盾がある（${why}）`,
    unknown: (question: string) => `未確定：${question}`,
    ruledOut: (why: string) => `除外：${why}`,
    chosenMark: "（採用）",
    changes: "結果を変える回答：",
    changeItem: (question: string, answer: string, approach: string) =>
      `${question}が「${answer}」なら：${approach}`,
    citations: "理由の根拠：",
    decision: "決定",
    addOnsLabel: "追加対策",
    noAddOns: "なし",
    list: "、",
    disagreements: "チームで意見が分かれた質問と、その決め方：",
    answerCount: (answer: string, count: number) => `${answer}（${count} 人）`,
    citation: (rule: string, cited: string[]) => `${rule}：${cited.join("、")}`,
    section: (title: string, section: string) => `${title}（「${section}」）`,
    // MADR's sections, in MADR's order, under the headings a Japanese team would write.
    headings: {
      context: "背景と課題",
      drivers: "決定の要因",
      options: "検討した選択肢",
      outcome: "決定",
      consequences: "影響",
      prosCons: "各選択肢の長所と短所",
      more: "補足情報",
      disagreements: "チームで決めた相違点",
    },
    labels: {
      status: "ステータス",
      date: "日付",
      deciders: "決定者",
      consulted: "相談した人",
      informed: "共有する人",
      state: "判定",
      answers: "回答",
      settled: "決めた回答",
      noAnswer: "無回答",
      note: "メモ",
      rulesetVersion: "ルールセットのバージョン",
      contentHash: "コンテンツハッシュ",
      permalink: "固定リンク",
      supersedes: "置き換え元",
      supersededBy: "置き換え先",
      qr: "固定リンクの QR コード",
    },
  },
} as const;

/** The section keys in MADR's order (Consequences sits inside Decision Outcome). */
export const SECTION_ORDER: readonly SectionKey[] = [
  "context",
  "drivers",
  "options",
  "outcome",
  "prosCons",
  "more",
];

function day(date: Date | string): string {
  const parsed = typeof date === "string" ? new Date(date) : date;
  return Number.isNaN(parsed.getTime()) ? "" : parsed.toISOString().slice(0, 10);
}

type AnyRuleText = Partial<Record<string, RuleText>>;

function ruleTitle(id: string, lang: Lang): string {
  // A snapshot may name a rule that no ruleset has any more; its id is the only honest fallback.
  return (ruleText as AnyRuleText)[id]?.title[lang] ?? id;
}

function ruleExplanation(id: string, lang: Lang): string {
  return (ruleText as AnyRuleText)[id]?.explanation[lang] ?? ruleTitle(id, lang);
}

function answerText(question: QuestionId, value: string, lang: Lang): string {
  const options = questionText[question].options as Record<
    string,
    { label: Record<Lang, string> } | undefined
  >;
  return value
    .split(",")
    .map((v) => options[v]?.label[lang] ?? v)
    .join(lang === "ja" ? "、" : ", ");
}

function isQuestionId(id: string): id is QuestionId {
  return (QUESTION_IDS as readonly string[]).includes(id);
}

/** A stored disagreement in words; a question no catalog knows any more keeps its raw ids. */
function documentDisagreement(d: InputDisagreement, lang: Lang): DocumentDisagreement {
  const words = (value: string) =>
    isQuestionId(d.question) ? answerText(d.question, value, lang) : value;
  return {
    question: isQuestionId(d.question) ? questionText[d.question].label[lang] : d.question,
    answers: d.spread.map((s) => ({ answer: words(s.value), count: s.count })),
    noAnswer: d.noAnswer ?? 0,
    settled: words(d.settled),
    note: d.note.trim(),
  };
}

function answerValue(answers: Partial<Answers>, question: QuestionId): string | undefined {
  const value = answers[question];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(",") : String(value);
}

/** The record in the given language, section by section. */
export function decisionDocument(input: DocumentInput, lang: Lang): DecisionDocument {
  const w = words[lang];
  const dict = dictionary(lang);
  const decision = input.decision as Partial<DecisionSnapshot> & DecisionSnapshot;
  const approachName = (a: string) => dict.approaches[a as Approach]?.name ?? a;
  const label = (q: QuestionId) => questionText[q].label[lang];
  const against = decision.against ?? [];
  const conflicts = decision.conflicts ?? [];
  const findOut = decision.findOut ?? [];
  const supporting = decision.reasons.filter((r) => r.supports === decision.approach);

  const answers: DecisionDocument["context"]["answers"] = [];
  for (const q of QUESTION_IDS) {
    const value = answerValue(input.answers, q);
    if (value !== undefined)
      answers.push({ question: q, label: label(q), value: answerText(q, value, lang) });
  }

  // The answers that decided it: those behind the reasons for the approach first, then those behind the
  // add-ons, each once. Which rule each feeds is in the outcome and the pros and cons.
  const driverKeys = new Map<string, { question: QuestionId; answer: string }>();
  const ordered = [
    ...supporting,
    ...decision.reasons.filter((r) => r.supports !== decision.approach),
  ];
  for (const reason of ordered)
    for (const b of reason.because) driverKeys.set(`${b.question}=${b.answer}`, b);
  const drivers = [...driverKeys.values()].map((d) =>
    w.item(label(d.question), answerText(d.question, d.answer, lang)),
  );
  if (drivers.length === 0) drivers.push(w.noDrivers);

  const options: DocumentOption[] = APPROACHES.map((a) => {
    const chosen = a === decision.approach;
    const alt = decision.alternatives.find((x) => x.approach === a);
    const supportedBy = chosen ? supporting.map((r) => r.rule) : (alt?.supportedBy ?? []);
    const opposedBy = chosen ? against : (alt?.opposedBy ?? []);
    const ruledOutBy = chosen ? [] : (alt?.ruledOutBy ?? []);
    return {
      approach: a,
      name: approachName(a),
      chosen,
      whyNot: alt ? whyNotLine(alt, lang) : "",
      pros: [
        ...supportedBy.map((id) => w.good(ruleTitle(id, lang))),
        ...opposedBy.map((id) => w.bad(ruleTitle(id, lang))),
        ...ruledOutBy.map((id) => w.ruledOut(ruleTitle(id, lang))),
      ],
    };
  });

  // Confidence in words needs what the snapshot of this ruleset keeps; an older record shows its number alone.
  const inWords =
    decision.scores &&
    decision.alternatives &&
    decision.state &&
    decision.findOut &&
    decision.conflicts
      ? confidenceInWords(decision)
      : undefined;
  const confidenceLabel = inWords
    ? lang === "en"
      ? `: ${lowerFirst(inWords.label.en)}`
      : `：${inWords.label.ja}`
    : undefined;
  const perClient = (decision.perClient ?? {}) as Partial<Record<Client, ClientPlan>>;
  const plans: DocumentPlan[] = [];
  for (const client of Object.keys(perClient) as Client[]) {
    const plan = perClient[client];
    if (!plan) continue;
    plans.push({ client, name: answerText("clients", client, lang), summary: plan.summary[lang] });
  }

  const consequences = [
    // What the choice gives (each supporting rule's explanation, not its title, which restates an answer) and
    // what it costs (the approach's trade-off), then what counts against it and what is still open.
    ...supporting.map((r) => w.good(ruleExplanation(r.rule, lang))),
    w.bad(dict.approaches[decision.approach].tradeOff),
    ...against.map((id) => w.bad(ruleTitle(id, lang))),
    ...conflicts.map((id) => w.conflict(ruleTitle(id, lang))),
    // The add-ons are listed in the outcome: required controls are not consequences.
    ...findOut.map((q) => w.unknown(label(q))),
  ];

  const registered = sources as Partial<Record<string, { title: string }>>;
  const citations: string[] = [];
  for (const r of supporting) {
    const cited = r.cites
      .map((id) => {
        const argument = input.argumentTitles?.[id];
        if (!argument) return registered[id]?.title;
        return argument.section ? w.section(argument.title, argument.section) : argument.title;
      })
      .filter((x): x is string => Boolean(x));
    if (cited.length > 0) citations.push(w.citation(ruleTitle(r.rule, lang), [...new Set(cited)]));
  }

  const facts: DecisionDocument["more"]["facts"] = [
    { label: w.labels.rulesetVersion, value: input.rulesetVersion, kind: "code" },
  ];
  if (input.contentHash)
    facts.push({ label: w.labels.contentHash, value: input.contentHash, kind: "code" });
  facts.push({ label: w.labels.permalink, value: input.link, kind: "link" });
  if (input.supersedesLink)
    facts.push({ label: w.labels.supersedes, value: input.supersedesLink, kind: "link" });
  if (input.supersededByLink)
    facts.push({ label: w.labels.supersededBy, value: input.supersededByLink, kind: "link" });

  const lead: DecisionDocument["lead"] = [
    { key: "approach", label: w.decision, value: approachName(decision.approach) },
    {
      key: "addOns",
      label: w.addOnsLabel,
      value: decision.addOns.map((addOn) => dict.addOns[addOn].name).join(w.list) || w.noAddOns,
    },
  ];
  if (decision.state)
    lead.push({ key: "state", label: w.labels.state, value: dict.state[decision.state] });

  const title = input.title.trim();
  return {
    lang,
    title: title || dict.adr.draftTitle.replace("{approach}", approachName(decision.approach)),
    titleFromUser: title !== "",
    status: input.status,
    statusLabel: dict.records.status[input.status],
    date: day(input.date),
    permalink: input.link,
    people: (["deciders", "consulted", "informed"] as const).map((key) => ({
      key,
      label: w.labels[key],
      names: [...(input[key] ?? [])],
    })),
    lead,
    headings: w.headings,
    labels: w.labels,
    context: {
      intro: w.contextIntro,
      answers,
      notesLabel: w.notes,
      notes: (input.context ?? "").trim(),
    },
    drivers,
    options,
    outcome: {
      approach: decision.approach,
      chosen: w.chosen(
        approachName(decision.approach),
        confidenceLabel ?? decision.confidence.toFixed(2),
      ),
      ...(decision.state && { state: dict.state[decision.state] }),
      ...(inWords && {
        confidence: w.confidence(
          inWords.label[lang],
          inWords.reason[lang],
          `${Math.round(decision.confidence * 100)} %`,
          CONFIDENCE_NUMBER_NOTE[lang],
        ),
      }),
      reasons: supporting.map((r) => ruleTitle(r.rule, lang)),
      addOnsIntro: w.addOns,
      addOns: decision.addOns.map((addOn) =>
        w.item(dict.addOns[addOn].name, dict.addOns[addOn].summary),
      ),
      plansIntro: w.plans,
      plans,
    },
    consequences,
    more: {
      disagreementsIntro: w.disagreements,
      disagreements: (input.disagreements ?? []).map((d) => documentDisagreement(d, lang)),
      facts,
      changesIntro: w.changes,
      changes: (decision.counterfactuals ?? []).map((c) =>
        w.changeItem(
          label(c.question),
          answerText(c.question, c.answer, lang),
          approachName(c.approach),
        ),
      ),
      citationsIntro: w.citations,
      citations,
    },
  };
}

/** An argument title compiled to inline HTML, as plain text for the document. */
export function plainTitle(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The headings a rendering shows, in order: the sections, with Consequences inside Decision Outcome. */
export function documentHeadings(doc: DecisionDocument): string[] {
  return SECTION_ORDER.flatMap((key) =>
    key === "outcome" ? [doc.headings.outcome, doc.headings.consequences] : [doc.headings[key]],
  );
}

/** "Question: answer" for a list item, in the document's language. */
export function documentItem(doc: DecisionDocument, label: string, value: string): string {
  return words[doc.lang].item(label, value);
}

/** "One application (2)": an answer with how many members gave it. */
export function answerCount(doc: DecisionDocument, answer: string, count: number): string {
  return words[doc.lang].answerCount(answer, count);
}

/** Names or answers as one list in the document's language. */
export function documentList(doc: DecisionDocument, items: readonly string[]): string {
  return items.join(words[doc.lang].list);
}

/** An option's heading under Pros and Cons. */
export function optionHeading(doc: DecisionDocument, option: DocumentOption): string {
  return `${option.name}${option.chosen ? words[doc.lang].chosenMark : ""}`;
}

/** A disagreement's answers with how many gave each, then those who left it blank, as list items. */
export function disagreementAnswers(doc: DecisionDocument, d: DocumentDisagreement): string[] {
  return [
    ...d.answers.map((a) => answerCount(doc, a.answer, a.count)),
    ...(d.noAnswer > 0 ? [answerCount(doc, doc.labels.noAnswer, d.noAnswer)] : []),
  ];
}
