// Which pages, rules and provider-table rows cite each source: the /sources page lists them, and the content
// tests check that no source in the registry goes uncited and no page cites a source the registry lacks.
import { approachLink, argumentLink } from "~/http/links";
import {
  ADD_ONS,
  APPROACHES,
  ARGUMENT_IDS,
  ruleset,
  SOURCE_IDS,
  valuesOf,
  type Lang,
  type RuleDef,
  type SourceId,
} from "~/decision";
import { cellSources, cellsOf, providerTable, type ProviderRow } from "~/decision/providers";
import { ruleText } from "~/decision/rule-text";
import { getArgument, getGuide, getStack } from "./content.server";

export interface CitingPage {
  href: string;
  title: string;
}

export interface Citations {
  pages: CitingPage[];
  rules: { id: string; title: string }[];
  /** Rows of the provider capability table whose facts cite this source (or whose open questions read it). */
  providers: { idp: string; name: string }[];
}

const plain = (html: string) => html.replace(/<[^>]+>/g, "");

export function citationIndex(lang: Lang): Record<SourceId, Citations> {
  const index = Object.fromEntries(
    SOURCE_IDS.map((id) => [id, { pages: [], rules: [], providers: [] } as Citations]),
  ) as Record<SourceId, Citations>;
  const cite = (id: string, page: CitingPage) => {
    const entry = index[id as SourceId];
    if (entry && !entry.pages.some((p) => p.href === page.href)) entry.pages.push(page);
  };

  for (const id of ARGUMENT_IDS) {
    const a = getArgument(lang, id);
    if (!a) continue;
    const page = { href: argumentLink(id), title: plain(a.inline.title) };
    // An argument from the article cites the article itself.
    if (a.frontmatter.kind === "article") cite("article", page);
    for (const s of a.frontmatter.sources) cite(s.id, page);
  }
  for (const id of [...APPROACHES, ...ADD_ONS]) {
    const g = getGuide(lang, id);
    if (!g) continue;
    for (const s of g.frontmatter.sources)
      cite(s, { href: approachLink(id), title: g.frontmatter.title });
  }
  for (const stack of valuesOf("stack")) {
    const entry = getStack(lang, stack);
    if (!entry) continue;
    // Framework notes appear on the guide of each approach they have notes for.
    for (const approach of APPROACHES) {
      if (!(entry.inline.notes[approach]?.length ?? 0)) continue;
      const guide = getGuide(lang, approach);
      for (const s of entry.frontmatter.sources)
        cite(s, {
          href: `${approachLink(approach)}#stack-${stack}`,
          title: `${guide?.frontmatter.title ?? approach}: ${entry.frontmatter.title}`,
        });
    }
  }
  for (const rule of ruleset as readonly RuleDef[]) {
    const text = (ruleText as Partial<Record<string, { title: Record<Lang, string> }>>)[rule.id];
    for (const s of rule.cites.sources as readonly string[]) {
      const entry = index[s as SourceId];
      if (entry) entry.rules.push({ id: rule.id, title: text?.title[lang] ?? rule.id });
    }
  }
  for (const row of Object.values(providerTable) as ProviderRow[]) {
    const cited = new Set(cellsOf(row).flatMap(({ cell }) => cellSources(cell)));
    for (const id of cited) index[id]?.providers.push({ idp: row.idp, name: row.name[lang] });
  }
  return index;
}

/** The sources a guide page lists: its own, plus those of the framework notes shown on it. */
export function guideSources(
  lang: Lang,
  id: (typeof APPROACHES)[number] | (typeof ADD_ONS)[number],
) {
  const own = getGuide(lang, id)?.frontmatter.sources ?? [];
  const fromStacks = (APPROACHES as readonly string[]).includes(id)
    ? valuesOf("stack").flatMap((stack) => {
        const entry = getStack(lang, stack);
        return entry && (entry.inline.notes[id]?.length ?? 0) > 0 ? entry.frontmatter.sources : [];
      })
    : [];
  return [...new Set([...own, ...fromStacks])] as SourceId[];
}
