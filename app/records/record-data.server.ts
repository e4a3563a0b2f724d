// What the record pages show: the stored snapshot, plus whether today's rules would decide differently.
import { resultLink, resultLinkOfQuery } from "~/http/links";
import { ARGUMENT_IDS, evaluateDecision, type Answers, type Lang } from "~/decision";
import { articleSection } from "~/decision/arguments";
import { getArgument } from "~/content/content.server";
import {
  decisionDocument,
  plainTitle,
  type DecisionDocument,
  type DocumentInput,
} from "./document";
import { json } from "@remix-run/node";
import { dictionary } from "~/i18n";
import { adrExport, contentDisposition, readExportQuery, type ExportFileName } from "./adr-export";
import type { MadrInput } from "./madr";
import { getRecord, getRecordDisagreements, type StoredRecord } from "./records.server";

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
  chosenLang?: Lang,
): Promise<RecordView> {
  const liveLink = resultLinkOfQuery(record.answersQuery, chosenLang);
  const document = decisionDocument(
    { ...(await recordDocumentInput(record, origin)), argumentTitles: argumentTitles(lang) },
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
  const link = resultLink(record.answers as Answers, { v: now.rulesetVersion, chosenLang });
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

/** What the document model needs of a saved record, with how a team round settled its disagreements. */
export async function recordDocumentInput(
  record: StoredRecord,
  origin: string,
): Promise<DocumentInput> {
  const disagreements = await getRecordDisagreements(record.publicId);
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
    ...(disagreements.length > 0 && { disagreements }),
  };
}

/**
 * GET …/markdown: the record in the flavour the query asks for (`format`, `number`), named as its tool expects.
 * A bad parameter is a 400 naming it.
 */
export function markdownExport(request: Request, input: MadrInput): Response {
  const query = readExportQuery(new URL(request.url).searchParams);
  if (!query.success) {
    const t = dictionary(input.lang);
    const fields = new Set(query.error.issues.map((issue) => String(issue.path[0])));
    const body = [...fields]
      .map((field) => t.records.export.errors[field as "format" | "number"] ?? field)
      .join(" ");
    throw json({ title: t.badRequest.title, body }, { status: 400 });
  }
  const { body, file } = adrExport(input, query.data);
  return markdownDownload(body, file);
}

/** A Markdown file as a download. */
function markdownDownload(body: string, file: ExportFileName): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": contentDisposition(file),
      "Cache-Control": "no-cache",
      Vary: "Accept-Language",
      "X-Robots-Tag": "noindex",
    },
  });
}
