// Front matter of the content files, validated at build time. Types of the compiled manifest.
import * as z from "zod";
import {
  ADDITION_ARGUMENT_IDS,
  ADD_ONS,
  APPROACHES,
  ARGUMENT_IDS,
  ARTICLE_ARGUMENT_IDS,
  SOURCE_IDS,
  valuesOf,
} from "~/decision";

const sourceId = z.enum(SOURCE_IDS as [string, ...string[]]);
const text = z.string().trim().min(1);

export const ArgumentFrontMatter = z
  .object({
    id: z.enum(ARGUMENT_IDS),
    kind: z.enum(["article", "addition"]),
    section: z.string().trim().min(1).optional(),
    title: text,
    claim: text,
    answer: z.string(),
    verdict: z.enum(["agree", "qualify", "disagree"]),
    sources: z
      .array(
        z.object({
          id: sourceId,
          stance: z.enum(["agree", "qualify", "disagree"]),
          section: text,
          note: text,
        }),
      )
      .min(1),
  })
  .strict()
  .superRefine((fm, ctx) => {
    const isArticle = (ARTICLE_ARGUMENT_IDS as readonly string[]).includes(fm.id);
    if (isArticle !== (fm.kind === "article")) {
      ctx.addIssue({
        code: "custom",
        path: ["kind"],
        message: `${fm.id} must be kind "${isArticle ? "article" : "addition"}"`,
      });
    }
    if (fm.kind === "article" && !fm.section) {
      ctx.addIssue({
        code: "custom",
        path: ["section"],
        message: "an article argument names the article section it comes from",
      });
    }
    if (fm.kind === "article" && fm.answer.trim() === "") {
      ctx.addIssue({
        code: "custom",
        path: ["answer"],
        message: "an article argument states the author's answer",
      });
    }
    if (fm.kind === "addition" && !(ADDITION_ARGUMENT_IDS as readonly string[]).includes(fm.id)) {
      ctx.addIssue({ code: "custom", path: ["id"], message: "unknown addition" });
    }
  });

export const GuideFrontMatter = z
  .object({
    id: z.enum([...APPROACHES, ...ADD_ONS] as [string, ...string[]]),
    kind: z.enum(["approach", "add-on"]),
    title: text,
    summary: text,
    sources: z.array(sourceId),
    checklist: z.array(text).min(3),
    // Where the family's general lines are not true for a kind of team (plans-words.ts: guideVariant), the
    // checklist that replaces them.
    variants: z
      .partialRecord(
        z.enum(["machines", "proxy", "provider"]),
        z.object({ title: text.optional(), summary: text, checklist: z.array(text).min(3) }).strict(),
      )
      .optional(),
  })
  .strict()
  .superRefine((fm, ctx) => {
    const isApproach = (APPROACHES as readonly string[]).includes(fm.id);
    if (isApproach !== (fm.kind === "approach")) {
      ctx.addIssue({
        code: "custom",
        path: ["kind"],
        message: `${fm.id} must be kind "${isApproach ? "approach" : "add-on"}"`,
      });
    }
  });

export const StackFrontMatter = z
  .object({
    id: z.enum(valuesOf("stack") as [string, ...string[]]),
    title: text,
    sources: z.array(sourceId),
    notes: z
      .object(
        Object.fromEntries(APPROACHES.map((a) => [a, z.array(text).min(1)])) as Record<
          (typeof APPROACHES)[number],
          z.ZodArray<z.ZodString>
        >,
      )
      .strict(),
  })
  .strict();

export type ArgumentFrontMatter = z.infer<typeof ArgumentFrontMatter>;
export type GuideFrontMatter = z.infer<typeof GuideFrontMatter>;
export type StackFrontMatter = z.infer<typeof StackFrontMatter>;

export interface ContentManifest {
  /** Hash of every content file: part of ETags and of saved records. */
  hash: string;
  languages: Record<
    "en" | "ja",
    {
      arguments: Record<
        string,
        { frontmatter: ArgumentFrontMatter; body: string; inline: InlineArgument }
      >;
      approaches: Record<
        string,
        {
          frontmatter: GuideFrontMatter;
          body: string;
          inline: {
            summary: string;
            checklist: string[];
            variants?: Partial<Record<string, { title?: string; summary: string; checklist: string[] }>>;
          };
        }
      >;
      stacks: Record<
        string,
        { frontmatter: StackFrontMatter; body: string; inline: { notes: Record<string, string[]> } }
      >;
    }
  >;
}

export interface InlineArgument {
  title: string;
  claim: string;
  answer: string;
  sourceNotes: string[];
}
