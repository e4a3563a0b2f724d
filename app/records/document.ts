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
import { approachWords } from "~/decision/plans-words";
import { ruleText, type RuleText } from "~/decision/rule-text";
import { whyNotLine } from "~/ui/messages";
import { dictionary, type Dictionary } from "~/i18n";

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
  labels: Dictionary["records"]["document"]["labels"];
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
    .join(dictionary(lang).records.document.list);
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
  const dict = dictionary(lang);
  const w = dict.records.document;
  const decision = input.decision as Partial<DecisionSnapshot> & DecisionSnapshot;
  const approachName = (a: string) => dict.approaches[a as Approach]?.name ?? a;
  // The chosen approach in the words its result page uses (e.g. "OAuth access tokens for machines"), where the
  // snapshot keeps what those words are read from; an older snapshot has the general words.
  const chosenWords = decision.perClient
    ? approachWords(decision, lang, dict.approaches[decision.approach], input.answers as Answers)
    : dict.approaches[decision.approach];
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
      name: chosen ? chosenWords.name : approachName(a),
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
  const confidenceLabel = inWords ? w.confidenceLabel(inWords.label[lang]) : undefined;
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
    w.bad(chosenWords.tradeOff),
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
  return dictionary(doc.lang).records.document.item(label, value);
}

/** "One application (2)": an answer with how many members gave it. */
export function answerCount(doc: DecisionDocument, answer: string, count: number): string {
  return dictionary(doc.lang).records.document.answerCount(answer, count);
}

/** Names or answers as one list in the document's language. */
export function documentList(doc: DecisionDocument, items: readonly string[]): string {
  return items.join(dictionary(doc.lang).records.document.list);
}

/** An option's heading under Pros and Cons. */
export function optionHeading(doc: DecisionDocument, option: DocumentOption): string {
  return `${option.name}${option.chosen ? dictionary(doc.lang).records.document.chosenMark : ""}`;
}

/** A disagreement's answers with how many gave each, then those who left it blank, as list items. */
export function disagreementAnswers(doc: DecisionDocument, d: DocumentDisagreement): string[] {
  return [
    ...d.answers.map((a) => answerCount(doc, a.answer, a.count)),
    ...(d.noAnswer > 0 ? [answerCount(doc, doc.labels.noAnswer, d.noAnswer)] : []),
  ];
}
