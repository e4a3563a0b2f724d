// The Markdown export in the flavour each ADR tool reads, all rendered from the one document model:
// - madr: MADR 4 (YAML front matter, then the title), for MADR's own templates and adr-log;
// - log4brains: the title, then the list log4brains reads its metadata from (Status, Date, Deciders, Tags);
// - nygard: adr-tools' layout (`# N. Title`, `Date:`, `## Status`, `## Context`, `## Decision`,
//   `## Consequences`), which adr-tools and adr-log read.
// The words the tools parse (Status, Date, Deciders, the Nygard headings, the status value) stay as the tools
// spell them in both languages; everything a person reads is in the record's language.
import * as z from "zod/mini";
import { decisionDocument, documentItem, documentList, type DecisionDocument } from "./document";
import {
  escapeMarkdownLine,
  madrMarkdown,
  madrSections,
  markdownParts,
  markdownTitle,
  section,
  type MadrInput,
} from "./madr";

export const EXPORT_FORMATS = ["madr", "log4brains", "nygard"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The record's number in the team's log (adr-tools and adr-log name files by it). */
export const DEFAULT_RECORD_NUMBER = 1;

/** The query of both Markdown routes, beside the answers: which flavour, and the record's number. */
export const ExportQuerySchema = z.object({
  format: z._default(z.enum(EXPORT_FORMATS), "madr"),
  number: z._default(
    z.pipe(
      z.string().check(z.regex(/^[0-9]{1,4}$/)),
      z.pipe(
        z.transform((digits: string) => Number(digits)),
        z.number().check(z.int(), z.minimum(1)),
      ),
    ),
    DEFAULT_RECORD_NUMBER,
  ),
});
export type ExportQuery = z.output<typeof ExportQuerySchema>;

/** The export parameters of a query string; a repeated parameter is invalid, an empty number is the default. */
export function readExportQuery(params: URLSearchParams) {
  const one = (key: string) => {
    const values = params.getAll(key);
    if (values.length > 1) return values;
    return values[0] === "" && key === "number" ? undefined : values[0];
  };
  return ExportQuerySchema.safeParse({ format: one("format"), number: one("number") });
}

/** The record in the asked flavour, with the file name its tool expects. */
export function adrExport(
  input: MadrInput,
  query: ExportQuery,
): { body: string; file: ExportFileName } {
  const doc = decisionDocument(input, input.lang);
  const body =
    query.format === "log4brains"
      ? log4brainsMarkdown(doc, input.decision.addOns)
      : query.format === "nygard"
        ? nygardMarkdown(doc, query.number)
        : madrMarkdown(doc);
  // A title with no letters at all still names the file after what was decided.
  return { body, file: adrFileName(query, doc.title, doc.date, doc.outcome.approach) };
}

const escapedNames = (doc: DecisionDocument, key: "deciders" | "consulted" | "informed") =>
  doc.people.find((p) => p.key === key)!.names.map(escapeMarkdownLine);

/**
 * log4brains: no front matter; the first list under the title holds Status, Date, Deciders and Tags (log4brains
 * splits Deciders at commas, Tags at commas or spaces). Consulted and Informed stay in the list as text.
 */
function log4brainsMarkdown(doc: DecisionDocument, addOns: readonly string[]): string {
  const parts = markdownParts(doc);
  const people = (label: string, key: "deciders" | "consulted" | "informed") => {
    const names = escapedNames(doc, key);
    return names.length > 0 ? [`- ${label}: ${names.join(", ")}`] : [];
  };
  const out = [
    `# ${markdownTitle(doc)}`,
    "",
    `- Status: ${doc.status}`,
    ...(doc.date ? [`- Date: ${doc.date}`] : []),
    ...people("Deciders", "deciders"),
    ...people("Consulted", "consulted"),
    ...people("Informed", "informed"),
    // Tags are ids, the same in both languages, so a log can be filtered by approach or add-on.
    `- Tags: ${["authentication", doc.outcome.approach, ...addOns].join(", ")}`,
    "",
    ...parts.lead,
    "",
    ...madrSections(doc),
  ];
  return `${out.join("\n")}\n`;
}

const NYGARD_STATUS: Record<DecisionDocument["status"], string> = {
  proposed: "Proposed",
  accepted: "Accepted",
  rejected: "Rejected",
  deprecated: "Deprecated",
  superseded: "Superseded",
};

/**
 * adr-tools (Michael Nygard's layout): the first line is `# N. Title` (adr-tools cuts the first two characters
 * for its table of contents), `Date:`, then `## Status` with the status alone in it (adr-tools reads and
 * rewrites that section), `## Context`, `## Decision` and `## Consequences`. MADR's drivers and options sit in
 * the context, the people in the decision.
 */
function nygardMarkdown(doc: DecisionDocument, number: number): string {
  const h = doc.headings;
  const parts = markdownParts(doc);
  const people = doc.people
    .map((p) => ({ label: p.label, names: escapedNames(doc, p.key) }))
    .filter((p) => p.names.length > 0)
    .map((p) => `* ${documentItem(doc, p.label, documentList(doc, p.names))}`);
  const out = [
    `# ${number}. ${markdownTitle(doc)}`,
    "",
    `Date: ${doc.date}`,
    "",
    "## Status",
    "",
    NYGARD_STATUS[doc.status],
    "",
    "## Context",
    "",
    ...parts.context,
    "",
    `### ${h.drivers}`,
    "",
    ...parts.drivers,
    "",
    `### ${h.options}`,
    "",
    ...parts.options,
    "",
    "## Decision",
    "",
    ...parts.lead,
    ...(people.length > 0 ? ["", ...people] : []),
    "",
    ...parts.outcome,
    "",
    "## Consequences",
    "",
    ...parts.consequences,
    "",
    ...section(h.disagreements, parts.disagreements),
    `## ${h.more}`,
    "",
    ...parts.more,
  ];
  return `${out.join("\n")}\n`;
}

/** A title as a file-name slug: letters and digits of any script, lower case, joined by hyphens. */
function slug(title: string, ascii: boolean): string {
  const normalized = title.normalize(ascii ? "NFKD" : "NFKC").toLowerCase();
  const kept = ascii ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu;
  const words = normalized.replace(kept, "-").replace(/^-+|-+$/g, "");
  return [...words].slice(0, 60).join("").replace(/-+$/, "");
}

export interface ExportFileName {
  /** The name the tools expect, in the title's own script (sent as filename*). */
  name: string;
  /** The same in ASCII for old clients; the fallback slug replaces a title with no ASCII letters. */
  ascii: string;
}

/**
 * The file name each tool expects: `NNNN-<slug>.md` for adr-tools, adr-log and MADR, `YYYYMMDD-<slug>.md` for
 * log4brains (its own `adr new` names files so). The slug comes from the title.
 */
export function adrFileName(
  query: ExportQuery,
  title: string,
  date: string,
  fallbackSlug: string,
): ExportFileName {
  const prefix =
    query.format === "log4brains"
      ? date.replace(/-/g, "") || "00000000"
      : String(query.number).padStart(4, "0");
  const name = slug(title, false) || fallbackSlug;
  const ascii = slug(title, true) || fallbackSlug;
  return { name: `${prefix}-${name}.md`, ascii: `${prefix}-${ascii}.md` };
}

/** `attachment` with an ASCII filename and the UTF-8 one (RFC 6266, RFC 8187). */
export function contentDisposition(file: ExportFileName): string {
  const encoded = encodeURIComponent(file.name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${file.ascii}"; filename*=UTF-8''${encoded}`;
}
