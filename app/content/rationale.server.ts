// Collects the content a decision page needs: the argument cards its reasons cite, the guide and checklist of the
// chosen approach and add-ons, and the notes for the team's framework.
import {
  sources,
  type ArgumentId,
  type Decision,
  type Lang,
  type SourceId,
  type Stack,
} from "~/decision";
import { articleSection } from "~/decision/arguments";
import { guideVariant, type GuideVariant } from "~/decision/plans-words";
import { getArgument, getGuide, getStack } from "./content.server";
import type { ArgumentCardData, RationaleContent } from "./types";

export type { ArgumentCardData, RationaleContent };

export function argumentCard(lang: Lang, id: ArgumentId): ArgumentCardData | undefined {
  const entry = getArgument(lang, id);
  if (!entry) return undefined;
  const fm = entry.frontmatter;
  const cited = fm.section ? articleSection(fm.section) : undefined;
  return {
    id,
    kind: fm.kind,
    title: entry.inline.title,
    section: cited?.quote ?? fm.section,
    sectionPosition: cited?.position[lang],
    claim: entry.inline.claim,
    answer: entry.inline.answer,
    verdict: fm.verdict,
    sources: fm.sources.map((s, i) => ({
      id: s.id as SourceId,
      title: sources[s.id as SourceId].title,
      url: sources[s.id as SourceId].url,
      stance: s.stance,
      section: s.section,
      note: entry.inline.sourceNotes[i] ?? "",
    })),
  };
}

function guide(lang: Lang, id: Parameters<typeof getGuide>[1], variant?: GuideVariant) {
  const g = getGuide(lang, id);
  if (!g) throw new Error(`content missing: guide ${lang}/${id}`);
  // A variant's lines replace the general ones where those would not be true for the answers.
  const v = variant ? g.inline.variants?.[variant] : undefined;
  return {
    id,
    title: v?.title ?? g.frontmatter.title,
    summary: v?.summary ?? g.inline.summary,
    checklist: v?.checklist ?? g.inline.checklist,
  };
}

export function rationaleContent(lang: Lang, decision: Decision, stack: Stack): RationaleContent {
  const cited = new Set<ArgumentId>();
  // Machines alone get no refresh token (RFC 6749 §4.4.3): the argument about rotating them is not theirs.
  const machines = guideVariant(decision) === "machines";
  for (const reason of decision.reasons) {
    for (const id of reason.cites)
      if (getArgument(lang, id as ArgumentId) && !(machines && id === "refresh-token-rotation"))
        cited.add(id as ArgumentId);
  }
  const args: Partial<Record<ArgumentId, ArgumentCardData>> = {};
  for (const id of cited) args[id] = argumentCard(lang, id);
  const s = getStack(lang, stack);
  if (!s) throw new Error(`content missing: stack ${lang}/${stack}`);
  return {
    arguments: args,
    guide: guide(lang, decision.approach, guideVariant(decision)),
    addOnGuides: decision.addOns.map((a) => guide(lang, a)),
    stack: {
      id: stack,
      title: s.frontmatter.title,
      // Behind an identity-aware proxy the app configures no session of its own, and machines alone sign no user
      // in: no framework session notes.
      notes:
        guideVariant(decision) === "proxy" || guideVariant(decision) === "machines"
          ? []
          : (s.inline.notes[decision.approach] ?? []),
    },
  };
}
