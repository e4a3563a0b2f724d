// What the record pages show: the stored snapshot, plus whether today's rules would decide differently.
import { evaluateDecision, formatShareLink, type Answers, type Lang } from "~/decision";
import { toMadr, madrFileName } from "./madr";
import type { StoredRecord } from "./records.server";

export interface RecordView {
  record: StoredRecord;
  /** Today's approach when it differs from the saved one (or the add-ons do). */
  today?: { approach: string; addOns: string[]; link: string };
  liveLink: string;
}

export async function recordView(record: StoredRecord, lang: Lang): Promise<RecordView> {
  const langSuffix = lang === "en" ? "" : `&lang=${lang}`;
  const liveLink = `/decision?${record.answersQuery}${langSuffix}`;
  if (!record.answersComplete) return { record, liveLink };
  const now = await evaluateDecision(record.answers as Answers);
  const same =
    now.approach === record.decision.approach &&
    now.addOns.join(",") === record.decision.addOns.join(",");
  if (same) return { record, liveLink };
  const link = `/decision?${formatShareLink({ answers: record.answers as Answers, v: now.rulesetVersion })}${langSuffix}`;
  return { record, liveLink, today: { approach: now.approach, addOns: now.addOns, link } };
}

export function recordMarkdown(
  record: StoredRecord,
  lang: Lang,
  origin: string,
): { body: string; fileName: string } {
  const body = toMadr({
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
    lang,
    link: `${origin}/r/${record.publicId}`,
    ...(record.supersedes && { supersedesLink: `${origin}/r/${record.supersedes}` }),
    ...(record.supersededBy && { supersededByLink: `${origin}/r/${record.supersededBy}` }),
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
