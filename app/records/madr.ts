// A decision record as MADR 4 Markdown (https://adr.github.io/madr/), ready for a repository's docs/decisions/.
// Pure: the same on the server and in tests. It renders the one document model (./document.ts) that the printed
// decision and the record page render too: MADR's sections in MADR's order, in the record's language.
//
// User text is made safe, not pretty: front matter values are JSON strings (valid YAML double-quoted
// scalars), so no title can end the front matter or add keys; in the body, every character Markdown acts on
// inline (`\`, `<`, `[`, `!`, `&`, emphasis, code, tables) is backslash-escaped, and any line that could open a
// heading, a thematic break, a setext underline or a code fence is backslash-escaped at its start, with leading
// indentation dropped, so notes stay inside their section. What GitHub links by pattern rather than by syntax
// (URLs, www., e-mail addresses, @mentions, #123) gets an invisible WORD JOINER (U+2060) inside the pattern. The
// front matter gets the same treatment with YAML \u escapes, because pasted into a comment it is Markdown too.
import type { Answers, Lang } from "~/decision";
import {
  disagreementAnswers,
  decisionDocument,
  documentItem,
  documentList,
  optionHeading,
  type DecisionDocument,
  type DecisionSnapshot,
  type DocumentInput,
  type RecordStatus,
} from "./document";

export { RECORD_STATUSES, type DecisionSnapshot, type RecordStatus } from "./document";

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

/** The record and the language to write it in. */
export interface MadrInput extends DocumentInput {
  lang: Lang;
}

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

/** An absolute link as a Markdown autolink; characters that would end it are percent-encoded. */
function autolink(url: string): string {
  return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

/** A short machine value (version, hash) as inline code; backticks and line breaks cannot occur in it. */
function code(value: string): string {
  return `\`${value.replace(/[`\s]/g, "")}\``;
}

const bullets = (lines: readonly string[]) => lines.map((line) => `* ${line}`);

/** The title line's text: a person's title escaped, a generated one as it is. */
export function markdownTitle(doc: DecisionDocument): string {
  return doc.titleFromUser ? escapeMarkdownLine(doc.title) : doc.title;
}

/**
 * The document's parts as Markdown lines, shared by every flavour (MADR, log4brains, Nygard): each flavour
 * arranges them under the headings its tool reads. User text is escaped here, once.
 */
export function markdownParts(doc: DecisionDocument) {
  const item = (label: string, value: string) => documentItem(doc, label, value);
  const outcome = doc.outcome;
  const notes = escapeMarkdownBlock(doc.context.notes);
  return {
    /** What was decided, before any section: approach, add-ons, state. */
    lead: bullets(doc.lead.map((l) => item(l.label, l.value))),
    context: [
      doc.context.intro,
      "",
      ...bullets(doc.context.answers.map((a) => item(a.label, a.value))),
      ...(notes === "" ? [] : ["", doc.context.notesLabel, "", notes]),
    ],
    drivers: bullets(doc.drivers),
    options: bullets(
      doc.options.map((o) => (o.chosen ? optionHeading(doc, o) : item(o.name, o.whyNot))),
    ),
    outcome: [
      outcome.chosen,
      "",
      ...(outcome.confidence ? [outcome.confidence, ""] : []),
      ...bullets(outcome.reasons),
      ...(outcome.addOns.length > 0
        ? ["", outcome.addOnsIntro, "", ...bullets(outcome.addOns)]
        : []),
      ...(outcome.plans.length > 0
        ? [
            "",
            outcome.plansIntro,
            "",
            ...bullets(outcome.plans.map((p) => item(p.name, p.summary))),
          ]
        : []),
    ],
    consequences: bullets(doc.consequences),
    /** Pros and cons, one heading per option at the given level. */
    prosCons: (level: string) =>
      doc.options.flatMap((option) => [
        "",
        `${level} ${optionHeading(doc, option)}`,
        ...(option.pros.length > 0 ? ["", ...bullets(option.pros)] : []),
      ]),
    /** A team round's disagreements, for a section of their own (empty for other records). */
    disagreements:
      doc.more.disagreements.length > 0
        ? [doc.more.disagreementsIntro, "", ...disagreementLines(doc)]
        : [],
    more: [
      ...bullets(
        doc.more.facts.map((f) =>
          item(f.label, f.kind === "code" ? code(f.value) : autolink(f.value)),
        ),
      ),
      ...(doc.more.changes.length > 0
        ? ["", doc.more.changesIntro, "", ...bullets(doc.more.changes)]
        : []),
      ...(doc.more.citations.length > 0
        ? ["", doc.more.citationsIntro, "", ...bullets(doc.more.citations)]
        : []),
    ],
  };
}

/**
 * A team round's disagreements as a nested list: the question, then its answers, settled answer and note. Its
 * own bullet (`-`) keeps it a list apart from the facts that follow.
 */
function disagreementLines(doc: DecisionDocument): string[] {
  const item = (label: string, value: string) => `  - ${documentItem(doc, label, value)}`;
  return doc.more.disagreements.flatMap((d) => [
    `- ${d.question}`,
    item(doc.labels.answers, documentList(doc, disagreementAnswers(doc, d))),
    item(doc.labels.settled, d.settled),
    ...(d.note ? [item(doc.labels.note, escapeMarkdownLine(d.note))] : []),
  ]);
}

/**
 * The record as MADR 4 Markdown: YAML front matter (status, date and people, where MADR keeps them), the title
 * on the very next line (tools that skip the front matter read the title from the first line left), then what
 * was decided, then MADR's sections in MADR's order.
 */
export function toMadr(input: MadrInput): string {
  return madrMarkdown(decisionDocument(input, input.lang));
}

export function madrMarkdown(doc: DecisionDocument): string {
  const people = (key: "deciders" | "consulted" | "informed") =>
    yamlString(doc.people.find((p) => p.key === key)!.names.join(", "));
  const parts = markdownParts(doc);
  const out = [
    "---",
    `status: ${yamlString(doc.status)}`,
    `date: ${doc.date || '""'}`,
    `decision-makers: ${people("deciders")}`,
    `consulted: ${people("consulted")}`,
    `informed: ${people("informed")}`,
    "---",
    `# ${markdownTitle(doc)}`,
    "",
    ...parts.lead,
    "",
    ...madrSections(doc),
  ];
  return `${out.join("\n")}\n`;
}

/** `## heading`, its lines and a blank line; nothing when there are no lines. */
export function section(heading: string, lines: readonly string[]): string[] {
  return lines.length > 0 ? [`## ${heading}`, "", ...lines, ""] : [];
}

/** MADR's sections in MADR's order, from Context to More Information (log4brains reads the same). */
export function madrSections(doc: DecisionDocument): string[] {
  const h = doc.headings;
  const parts = markdownParts(doc);
  return [
    `## ${h.context}`,
    "",
    ...parts.context,
    "",
    `## ${h.drivers}`,
    "",
    ...parts.drivers,
    "",
    `## ${h.options}`,
    "",
    ...parts.options,
    "",
    `## ${h.outcome}`,
    "",
    ...parts.outcome,
    "",
    `### ${h.consequences}`,
    "",
    ...parts.consequences,
    "",
    ...section(h.disagreements, parts.disagreements),
    `## ${h.prosCons}`,
    ...parts.prosCons("###"),
    "",
    `## ${h.more}`,
    "",
    ...parts.more,
  ];
}
