// Shapes of the content passed from loaders to components.
import type { ArgumentId, SourceId, Stack } from "~/decision";

export interface ArgumentCardData {
  id: ArgumentId;
  kind: "article" | "addition";
  title: string;
  /** The cited heading as pages quote it: whole, or a short opening ending in "…". */
  section?: string;
  /** Where the heading sits in the article, in the page's language. */
  sectionPosition?: string;
  claim: string;
  answer: string;
  verdict: "agree" | "qualify" | "disagree";
  sources: {
    id: SourceId;
    title: string;
    url: string;
    stance: "agree" | "qualify" | "disagree";
    section: string;
    note: string;
  }[];
}

export interface RationaleContent {
  arguments: Partial<Record<ArgumentId, ArgumentCardData>>;
  guide: { id: string; title: string; summary: string; checklist: string[] };
  addOnGuides: { id: string; title: string; summary: string; checklist: string[] }[];
  stack: { id: Stack; title: string; notes: string[] };
}
