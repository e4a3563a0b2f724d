// zod schemas of the round and compare forms (server only: the browser never validates these pages).
import * as z from "zod";
import { QUESTION_IDS, type QuestionId } from "~/decision";
import { RECORD_LIMITS } from "~/records/records.server";
import { MAX_LINK } from "~/compare/compare";
import { NoteSchema } from "./rounds.server";

/** The facilitator's settle form: per question an optional chosen answer and a one-line note. */
export const SettleFormSchema = z
  .object(
    Object.fromEntries(
      QUESTION_IDS.flatMap((id) => [
        [`settle-${id}`, z.string().max(64).optional()],
        [`note-${id}`, NoteSchema],
      ]),
    ),
  )
  // The round's version the form was rendered from (optimistic concurrency: an older form gets a 409).
  .extend({ version: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** Deleting and revealing cannot be undone: the request must come from the confirmation step. */
export const ConfirmFormSchema = z.object({ confirm: z.literal("yes") });
export const DeleteFormSchema = ConfirmFormSchema;

/** A settle form of one disagreement's card names its question; the older whole-page form names none. */
export const SettleQuestionSchema = z
  .enum(QUESTION_IDS as [QuestionId, ...QuestionId[]])
  .optional();

/** The save-as-record form's key: one record per key, however often the form is sent. */
export const RecordKeySchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/);

export const RecordTitleSchema = z.string().trim().min(1).max(RECORD_LIMITS.title);

/** A pasted share link (or just its answers) on the compare page. */
export const LinkParamSchema = z.string().max(MAX_LINK).optional();
