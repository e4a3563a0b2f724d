// A decision record as MADR 4 Markdown (https://adr.github.io/madr/), ready for a repository's docs/decisions/.
// Pure: the same on the server and in tests. Section headings stay MADR's English ones in both languages, so
// that MADR tooling finds them; the sentences under them are in the record's language.
//
// User text is made safe, not pretty: front matter values are JSON strings (valid YAML double-quoted
// scalars), so no title can end the front matter or add keys; in the body, every character Markdown acts on
// inline (`\`, `<`, `[`, `!`, `&`, emphasis, code, tables) is backslash-escaped, and any line that could open a
// heading, a thematic break, a setext underline or a code fence is backslash-escaped at its start, with leading
// indentation dropped, so notes stay inside their section. What GitHub links by pattern rather than by syntax
// (URLs, www., e-mail addresses, @mentions, #123) gets an invisible WORD JOINER (U+2060) inside the pattern. The
// front matter gets the same treatment with YAML \u escapes, because pasted into a comment it is Markdown too.
import {
  APPROACHES,
  QUESTION_IDS,
  questionText,
  type Answers,
  type Decision,
  type Lang,
  type QuestionId,
} from "~/decision";
import { ruleText, type RuleText } from "~/decision/rule-text";
import { dictionary } from "~/i18n";

/** MADR's statuses; a saved record has exactly one. */
export const RECORD_STATUSES = [
  "proposed",
  "accepted",
  "rejected",
  "deprecated",
  "superseded",
] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** The fields a person fills in on a record (everything else is the saved decision). */
export const RECORD_FIELDS = [
  "title",
  "context",
  "deciders",
  "consulted",
  "informed",
  "status",
] as const;
export type RecordFieldName = (typeof RECORD_FIELDS)[number];

/** What a saved record keeps of a decision: everything but the rule trace. */
export type DecisionSnapshot = Omit<Decision, "trace">;

/** What anyone with the public link may see. Never carries the edit token or its hash. */
export interface StoredRecord {
  publicId: string;
  title: string;
  context: string;
  deciders: string[];
  consulted: string[];
  informed: string[];
  status: RecordStatus;
  /** The canonical answers query string (no "?"), exactly as saved. */
  answersQuery: string;
  /** The saved answers; partial only if today's question catalog no longer accepts them all. */
  answers: Partial<Answers>;
  answersComplete: boolean;
  /** What was decided when the record was saved; later rule changes never touch it. */
  decision: DecisionSnapshot;
  rulesetVersion: string;
  contentHash: string;
  supersedes?: string;
  supersededBy?: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface MadrInput {
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
  lang: Lang;
  /** Absolute permalink of the record (or of the decision page). */
  link: string;
  supersedesLink?: string;
  supersededByLink?: string;
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
      `Chosen option: "${name}", because it fits our answers best (confidence ${confidence}):`,
    addOns: "Together with these add-ons:",
    item: (label: string, value: string) => `${label}: ${value}`,
    drivenBy: (answer: string, rules: string[]) => `${answer} (${rules.join("; ")})`,
    good: (why: string) => `Good, because ${lowerFirst(why)}`,
    bad: (why: string) => `Bad, because ${lowerFirst(why)}`,
    conflict: (why: string) =>
      `Bad, because our answers pull in different directions: ${lowerFirst(why)}`,
    unknown: (question: string) => `Neutral, because we do not know yet: ${question}`,
    needs: (addOn: string) => `Neutral, because it also needs ${addOn}`,
    ruledOut: (why: string) => `Ruled out, because ${lowerFirst(why)}`,
    chosenMark: " (chosen)",
    rulesetVersion: "Ruleset version",
    contentHash: "Content hash",
    permalink: "Permalink",
    supersedes: "Supersedes",
    supersededBy: "Superseded by",
    changes: "What would change the result:",
    changeItem: (question: string, answer: string, approach: string) =>
      `If ${question} were “${answer}”: ${approach}`,
    headings: {
      context: "Context and Problem Statement",
      drivers: "Decision Drivers",
      options: "Considered Options",
      outcome: "Decision Outcome",
      consequences: "Consequences",
      prosCons: "Pros and Cons of the Options",
      more: "More Information",
    },
  },
  ja: {
    contextIntro:
      "ユーザーのログイン状態をどう保つかを決める必要があります。「Do I need JWT?」の質問への回答は次のとおりです。",
    notes: "チームのメモ：",
    noDrivers: "決め手になった回答はありません。",
    chosen: (name: string, confidence: string) =>
      `採用する選択肢：「${name}」。回答に最もよく合うため（確信度 ${confidence}）：`,
    addOns: "あわせて次の追加対策を行います：",
    item: (label: string, value: string) => `${label}：${value}`,
    drivenBy: (answer: string, rules: string[]) => `${answer}（${rules.join("、")}）`,
    good: (why: string) => `良い点：${why}`,
    bad: (why: string) => `悪い点：${why}`,
    conflict: (why: string) => `悪い点：回答の間に矛盾がある（${why}）`,
    unknown: (question: string) => `未確定：${question}`,
    needs: (addOn: string) => `必要な追加対策：${addOn}`,
    ruledOut: (why: string) => `除外：${why}`,
    chosenMark: "（採用）",
    rulesetVersion: "ルールセットのバージョン",
    contentHash: "コンテンツハッシュ",
    permalink: "固定リンク",
    supersedes: "置き換え元",
    supersededBy: "置き換え先",
    changes: "結果を変える回答：",
    changeItem: (question: string, answer: string, approach: string) =>
      `${question}が「${answer}」なら：${approach}`,
    // MADR's sections, in MADR's order, under the headings a Japanese team would write.
    headings: {
      context: "背景と課題",
      drivers: "決定の要因",
      options: "検討した選択肢",
      outcome: "決定",
      consequences: "影響",
      prosCons: "各選択肢の長所と短所",
      more: "補足情報",
    },
  },
} as const;

/** A value as a YAML double-quoted scalar: JSON's escapes plus the characters YAML treats as line breaks or forbids. */
export function yamlString(value: string): string {
  const wellFormed = value.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    "\ufffd",
  );
  return JSON.stringify(breakAutolinks(wellFormed)).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff<>[\]!&*_`~|]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

const WORD_JOINER = "\u2060";

/** Puts a WORD JOINER inside what renderers link by pattern: scheme://, www., @name, e-mail, #123. */
function breakAutolinks(text: string): string {
  return text
    .replace(/:(?=\/\/)/g, `:${WORD_JOINER}`)
    .replace(/(www)(?=\.)/gi, `$1${WORD_JOINER}`)
    .replace(/@(?=[\p{L}\p{N}_.-])/gu, `@${WORD_JOINER}`)
    .replace(/#(?=\d)/g, `#${WORD_JOINER}`);
}

/** Backslash before every ASCII character Markdown can act on inline. */
const INLINE_SYNTAX = /[\\`*_[\]<>!&~|]/g;

const BLOCK_START = /^(#|[=-]+\s*$|([*_-])(\s*\2){2,}\s*$|`{3}|~{3})/;

/** User notes as Markdown text that stays inside its section (see the file comment). */
export function escapeMarkdownBlock(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => {
      const escaped = breakAutolinks(line.replace(/^\s+/, "")).replace(INLINE_SYNTAX, "\\$&");
      return BLOCK_START.test(escaped) ? `\\${escaped}` : escaped;
    })
    .join("\n")
    .trim();
}

/** One line of user text for a heading or a list item. */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdownBlock(text.replace(/\s+/g, " ")).replace(/(\s)(#+)$/, "$1\\$2");
}

function day(date: Date | string): string {
  const parsed = typeof date === "string" ? new Date(date) : date;
  return Number.isNaN(parsed.getTime()) ? "" : parsed.toISOString().slice(0, 10);
}

/** An absolute link as a Markdown autolink; characters that would end it are percent-encoded. */
function autolink(url: string): string {
  return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

/** A short machine value (version, hash) as inline code; backticks and line breaks cannot occur in it. */
function code(value: string): string {
  return `\`${value.replace(/[`\s]/g, "")}\``;
}

function ruleExplanation(id: string, lang: Lang): string {
  return (
    (ruleText as Partial<Record<string, RuleText>>)[id]?.explanation[lang] ?? ruleTitle(id, lang)
  );
}

function ruleTitle(id: string, lang: Lang): string {
  // A snapshot may name a rule that today's ruleset no longer has; its id is the honest fallback.
  return (ruleText as Partial<Record<string, RuleText>>)[id]?.title[lang] ?? id;
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

function answerValue(answers: Partial<Answers>, question: QuestionId): string | undefined {
  const value = answers[question];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(",") : String(value);
}

/** The record as MADR 4 Markdown with YAML front matter. */
export function toMadr(input: MadrInput): string {
  const { lang, decision } = input;
  const w = words[lang];
  const dict = dictionary(lang);
  const approachName = (a: string) => dict.approaches[a as keyof typeof dict.approaches]?.name ?? a;
  const label = (q: QuestionId) => questionText[q].label[lang];
  const people = (list: readonly string[] | undefined) => yamlString((list ?? []).join(", "));
  const out: string[] = [];

  out.push(
    "---",
    `status: ${yamlString(input.status)}`,
    `date: ${day(input.date) || '""'}`,
    `decision-makers: ${people(input.deciders)}`,
    `consulted: ${people(input.consulted)}`,
    `informed: ${people(input.informed)}`,
    "---",
    "",
    `# ${escapeMarkdownLine(input.title) || approachName(decision.approach)}`,
    "",
    `## ${w.headings.context}`,
    "",
    w.contextIntro,
    "",
  );
  for (const q of QUESTION_IDS) {
    const value = answerValue(input.answers, q);
    if (value !== undefined) out.push(`* ${w.item(label(q), answerText(q, value, lang))}`);
  }
  const notes = escapeMarkdownBlock(input.context ?? "");
  if (notes !== "") out.push("", w.notes, "", notes);

  out.push("", `## ${w.headings.drivers}`, "");
  const drivers = new Map<string, { question: QuestionId; answer: string; rules: string[] }>();
  for (const reason of decision.reasons) {
    for (const b of reason.because) {
      const key = `${b.question}=${b.answer}`;
      const driver = drivers.get(key) ?? { question: b.question, answer: b.answer, rules: [] };
      const title = ruleTitle(reason.rule, lang);
      if (!driver.rules.includes(title)) driver.rules.push(title);
      drivers.set(key, driver);
    }
  }
  if (drivers.size === 0) out.push(w.noDrivers);
  for (const d of drivers.values()) {
    out.push(
      `* ${w.item(label(d.question), w.drivenBy(answerText(d.question, d.answer, lang), d.rules))}`,
    );
  }

  out.push("", `## ${w.headings.options}`, "");
  for (const a of APPROACHES) out.push(`* ${approachName(a)}`);

  const supporting = decision.reasons.filter((r) => r.supports === decision.approach);
  out.push(
    "",
    `## ${w.headings.outcome}`,
    "",
    w.chosen(approachName(decision.approach), decision.confidence.toFixed(2)),
    "",
  );
  for (const r of supporting) out.push(`* ${ruleTitle(r.rule, lang)}`);
  if (decision.addOns.length > 0) {
    out.push("", w.addOns, "");
    for (const addOn of decision.addOns)
      out.push(`* ${w.item(dict.addOns[addOn].name, dict.addOns[addOn].summary)}`);
  }

  out.push("", `### ${w.headings.consequences}`, "");
  // What the choice gives (each supporting rule's explanation, not its title, which restates an answer) and what
  // it costs (the approach's trade-off).
  for (const r of supporting) out.push(`* ${w.good(ruleExplanation(r.rule, lang))}`);
  out.push(`* ${w.bad(dict.approaches[decision.approach].tradeOff)}`);
  for (const id of decision.against) out.push(`* ${w.bad(ruleTitle(id, lang))}`);
  for (const id of decision.conflicts) out.push(`* ${w.conflict(ruleTitle(id, lang))}`);
  for (const addOn of decision.addOns) out.push(`* ${w.needs(dict.addOns[addOn].name)}`);
  for (const q of decision.findOut) out.push(`* ${w.unknown(label(q))}`);

  out.push("", `## ${w.headings.prosCons}`);
  for (const a of APPROACHES) {
    const chosen = a === decision.approach;
    const alternative = decision.alternatives.find((alt) => alt.approach === a);
    const supportedBy = chosen ? supporting.map((r) => r.rule) : (alternative?.supportedBy ?? []);
    const opposedBy = chosen ? decision.against : (alternative?.opposedBy ?? []);
    const ruledOutBy = chosen ? [] : (alternative?.ruledOutBy ?? []);
    out.push("", `### ${approachName(a)}${chosen ? w.chosenMark : ""}`, "");
    out.push(dict.approaches[a].summary, "");
    for (const id of supportedBy) out.push(`* ${w.good(ruleTitle(id, lang))}`);
    for (const id of opposedBy) out.push(`* ${w.bad(ruleTitle(id, lang))}`);
    for (const id of ruledOutBy) out.push(`* ${w.ruledOut(ruleTitle(id, lang))}`);
    if (supportedBy.length + opposedBy.length + ruledOutBy.length === 0) out.pop();
  }

  out.push("", `## ${w.headings.more}`, "");
  out.push(`* ${w.item(w.rulesetVersion, code(input.rulesetVersion))}`);
  if (input.contentHash) out.push(`* ${w.item(w.contentHash, code(input.contentHash))}`);
  out.push(`* ${w.item(w.permalink, autolink(input.link))}`);
  if (input.supersedesLink) out.push(`* ${w.item(w.supersedes, autolink(input.supersedesLink))}`);
  if (input.supersededByLink)
    out.push(`* ${w.item(w.supersededBy, autolink(input.supersededByLink))}`);
  if (decision.counterfactuals.length > 0) {
    out.push("", w.changes, "");
    for (const c of decision.counterfactuals) {
      out.push(
        `* ${w.changeItem(label(c.question), answerText(c.question, c.answer, lang), approachName(c.approach))}`,
      );
    }
  }
  return `${out.join("\n")}\n`;
}

/** A file name for the download: the title as an ASCII slug, or "decision-record". */
export function madrFileName(title: string): string {
  const slug = title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${slug || "decision-record"}.md`;
}
