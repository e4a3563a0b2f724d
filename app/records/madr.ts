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
  decisionDocument,
  documentItem,
  optionHeading,
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

/** The record as MADR 4 Markdown with YAML front matter, rendered from the one document model. */
export function toMadr(input: MadrInput): string {
  const doc = decisionDocument(input, input.lang);
  const h = doc.headings;
  const item = (label: string, value: string) => documentItem(doc, label, value);
  const people = (key: "deciders" | "consulted" | "informed") =>
    yamlString(doc.people.find((p) => p.key === key)!.names.join(", "));
  const bullets = (lines: readonly string[]) => lines.map((line) => `* ${line}`);
  const out: string[] = [];

  out.push(
    "---",
    `status: ${yamlString(doc.status)}`,
    `date: ${doc.date || '""'}`,
    `decision-makers: ${people("deciders")}`,
    `consulted: ${people("consulted")}`,
    `informed: ${people("informed")}`,
    "---",
    "",
    `# ${doc.titleFromUser ? escapeMarkdownLine(doc.title) : doc.title}`,
    "",
    `## ${h.context}`,
    "",
    doc.context.intro,
    "",
    ...bullets(doc.context.answers.map((a) => item(a.label, a.value))),
  );
  const notes = escapeMarkdownBlock(doc.context.notes);
  if (notes !== "") out.push("", doc.context.notesLabel, "", notes);

  out.push("", `## ${h.drivers}`, "", ...bullets(doc.drivers));

  out.push(
    "",
    `## ${h.options}`,
    "",
    ...bullets(doc.options.map((o) => (o.chosen ? optionHeading(doc, o) : item(o.name, o.whyNot)))),
  );

  const outcome = doc.outcome;
  out.push("", `## ${h.outcome}`, "", outcome.chosen, "", ...bullets(outcome.reasons));
  if (outcome.state) out.push("", item(doc.labels.state, outcome.state));
  if (outcome.addOns.length > 0) out.push("", outcome.addOnsIntro, "", ...bullets(outcome.addOns));
  if (outcome.plans.length > 0)
    out.push(
      "",
      outcome.plansIntro,
      "",
      ...bullets(outcome.plans.map((p) => item(p.name, p.summary))),
    );

  out.push("", `### ${h.consequences}`, "", ...bullets(doc.consequences));

  out.push("", `## ${h.prosCons}`);
  for (const option of doc.options) {
    out.push("", `### ${optionHeading(doc, option)}`);
    if (option.pros.length > 0) out.push("", ...bullets(option.pros));
  }

  out.push(
    "",
    `## ${h.more}`,
    "",
    ...bullets(
      doc.more.facts.map((f) =>
        item(f.label, f.kind === "code" ? code(f.value) : autolink(f.value)),
      ),
    ),
  );
  if (doc.more.changes.length > 0)
    out.push("", doc.more.changesIntro, "", ...bullets(doc.more.changes));
  if (doc.more.citations.length > 0)
    out.push("", doc.more.citationsIntro, "", ...bullets(doc.more.citations));
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
