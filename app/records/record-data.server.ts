// What the record pages show: the stored snapshot, plus whether today's rules would decide differently.
import {
  ARGUMENT_IDS,
  evaluateDecision,
  formatShareLink,
  type Answers,
  type Lang,
} from "~/decision";
import { articleSection } from "~/decision/arguments";
import { getArgument } from "~/content/content.server";
import {
  decisionDocument,
  plainTitle,
  type DecisionDocument,
  type DocumentInput,
} from "./document";
import { toMadr, madrFileName } from "./madr";
import { getRecord, type StoredRecord } from "./records.server";

export interface RecordView {
  record: StoredRecord;
  /** The record as the one document model, in the page's language (what the page and its print show). */
  document: DecisionDocument;
  /** Today's approach when it differs from the saved one (or the add-ons do). */
  today?: { approach: string; addOns: string[]; link: string };
  liveLink: string;
  /** The newer record that replaced this one, named by its title. */
  successor?: RecordLink;
}

export interface RecordLink {
  publicId: string;
  title: string;
}

/** The record that superseded this one, for a link that names it (undefined if it is gone). */
async function successorOf(record: StoredRecord): Promise<RecordLink | undefined> {
  if (!record.supersededBy) return undefined;
  const next = await getRecord(record.supersededBy);
  return next ? { publicId: next.publicId, title: next.title } : undefined;
}

export async function recordView(
  record: StoredRecord,
  lang: Lang,
  origin: string,
): Promise<RecordView> {
  const langSuffix = lang === "en" ? "" : `&lang=${lang}`;
  const liveLink = `/decision?${record.answersQuery}${langSuffix}`;
  const document = decisionDocument(
    { ...recordDocumentInput(record, origin), argumentTitles: argumentTitles(lang) },
    lang,
  );
  const successor = await successorOf(record);
  const base = { record, document, liveLink, ...(successor && { successor }) };
  if (!record.answersComplete) return base;
  const now = await evaluateDecision(record.answers as Answers);
  const same =
    now.approach === record.decision.approach &&
    now.addOns.join(",") === record.decision.addOns.join(",");
  if (same) return base;
  const link = `/decision?${formatShareLink({ answers: record.answers as Answers, v: now.rulesetVersion })}${langSuffix}`;
  return {
    ...base,
    today: { approach: now.approach, addOns: now.addOns, link },
  };
}

/** Every argument's title (and the article heading it cites, as pages quote it), as plain text. */
export function argumentTitles(lang: Lang): NonNullable<DocumentInput["argumentTitles"]> {
  const out: Record<string, { title: string; section?: string }> = {};
  for (const id of ARGUMENT_IDS) {
    const entry = getArgument(lang, id);
    if (!entry) continue;
    const heading = entry.frontmatter.section;
    const section = heading ? (articleSection(heading)?.quote ?? heading) : undefined;
    out[id] = { title: plainTitle(entry.inline.title), ...(section && { section }) };
  }
  return out;
}

/** What the document model needs of a saved record. */
export function recordDocumentInput(record: StoredRecord, origin: string): DocumentInput {
  return {
    title: record.title,
    context: record.context,
    deciders: record.deciders,
    consulted: record.consulted,
    informed: record.informed,
    status: record.status,
    date: record.updatedAt,
    answers: record.answers,
    decision: record.decision,
    rulesetVersion: record.rulesetVersion,
    contentHash: record.contentHash,
    link: `${origin}/r/${record.publicId}`,
    ...(record.supersedes && { supersedesLink: `${origin}/r/${record.supersedes}` }),
    ...(record.supersededBy && { supersededByLink: `${origin}/r/${record.supersededBy}` }),
  };
}

export function recordMarkdown(
  record: StoredRecord,
  lang: Lang,
  origin: string,
): { body: string; fileName: string } {
  const body = toMadr({
    ...recordDocumentInput(record, origin),
    argumentTitles: argumentTitles(lang),
    lang,
  });
  return { body, fileName: madrFileName(record.title) };
}

/** A MADR file as a download. */
export function markdownDownload(body: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-cache",
      Vary: "Accept-Language",
      "X-Robots-Tag": "noindex",
    },
  });
}
