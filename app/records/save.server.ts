// Saving a decision as a record (GET and POST /records?<answers>): the form's data, and the save itself, also
// when it supersedes a revisited record. The route is an adapter over these.
import { json, redirect } from "@remix-run/node";
import {
  recordErrorMessage,
  submittedValues,
  type RecordFormErrors,
  type RecordFormField,
  type RecordFormValues,
} from "~/records/record-form";
import { contentHash } from "~/content/content.server";
import { evaluateDecision, formatShareLink, parseShareLink, type Approach } from "~/decision";
import { httpError } from "~/http/errors.server";
import { CAPABILITY_HEADERS } from "~/http/capability-headers.server";
import { readLang } from "~/http/lang";
import { recordEditLink, recordLink } from "~/http/links";
import { dictionary, format, type Lang } from "~/i18n";
import { RECORD_FIELDS } from "./madr";
import { TOKEN_MISSES, check, clientKey, createRecordLimit, hit } from "~/platform/rate-limit.server";
import {
  createRecord,
  getRecordByEditToken,
  parseRecordFields,
  RecordError,
  RecordFieldError,
  type StoredRecord,
} from "./records.server";
import { formValues } from "./edit.server";
import { countTokenMiss, findRecordByToken } from "./token-check.server";
import { isWellFormedToken } from "~/platform/tokens.server";

/** The old record's own fields, to start the form of the record that supersedes it. */
function revisitValues(record: StoredRecord): RecordFormValues {
  return { ...formValues(record), status: "proposed" };
}

/** A title to start from, in the page's language: what is decided, ready to be made more specific. */
function defaultTitle(approach: Approach, lang: Lang): string {
  const t = dictionary(lang);
  return format(t.adr.draftTitle, { approach: t.approaches[approach].name });
}

/**
 * GET /records?<answers>: the form that saves this decision as a record. An edit token is never read from the
 * address (it would land in history, logs and Referer, and answer "is this token valid?" unmetered): revisiting a
 * record is a POST from its edit page with the token in the body (intent=revisit), answered with this form
 * prefilled from the old record.
 */
export async function newRecordPage(request: Request) {
  const url = new URL(request.url);
  const { lang } = readLang(request);
  const parsed = parseShareLink(url.searchParams);
  const headers = { Vary: "Accept-Language", ...CAPABILITY_HEADERS };
  if (!parsed.success) {
    return json(
      { ok: false as const, lang, errors: parsed.errors, valid: parsed.valid },
      { status: 400, headers },
    );
  }
  const decision = await evaluateDecision(parsed.link.answers);
  return json(
    {
      ok: true as const,
      lang,
      answers: formatShareLink({ answers: parsed.link.answers }),
      approach: decision.approach,
      defaultTitle: defaultTitle(decision.approach, lang),
    },
    { headers },
  );
}

export interface SaveRecordData {
  tooMany: number;
  errors: RecordFormErrors;
  values: RecordFormValues;
  /** When revisiting: the record being superseded and its token (echoed in the form body, never in a URL). */
  revisit?: { token: string; title: string };
  /** The record being revisited was superseded meanwhile (another tab, another person): the newer record. */
  supersededBy?: string;
}

/**
 * POST /records: intent=revisit opens the form from an edit page (a token check, no write); otherwise saves the
 * record (rate limited; superseding the revisited one), 303 to its edit page, or 400/409/429 with the form kept.
 */
export async function saveRecord(request: Request, clientIp: string | undefined) {
  const url = new URL(request.url);
  const { lang, chosenLang } = readLang(request);
  const body = new URLSearchParams(await request.text());
  const revisitToken = body.get("supersedes");
  if (body.get("intent") === "revisit") {
    // Opening the form from an edit page: a token check (rate limited), no write.
    const old = await findRecordByToken(request, revisitToken, clientIp);
    return json<SaveRecordData>(
      {
        tooMany: 0,
        errors: {},
        values: revisitValues(old),
        revisit: { token: revisitToken!, title: old.title },
      },
      { headers: CAPABILITY_HEADERS },
    );
  }
  if (revisitToken !== null) {
    const guessing = await check(`token-miss:${clientKey(clientIp)}`, TOKEN_MISSES);
    if (!guessing.allowed) {
      httpError(request, 429, {
        headers: CAPABILITY_HEADERS,
        retryAfterSeconds: guessing.retryAfterSeconds,
        limited: "edit-links",
      });
    }
  }
  const limit = await hit(`create:${clientKey(clientIp)}`, createRecordLimit());
  if (!limit.allowed) {
    return json<SaveRecordData>(
      {
        tooMany: limit.retryAfterSeconds,
        errors: {},
        values: {},
      },
      {
        status: 429,
        headers: { "Retry-After": String(limit.retryAfterSeconds), ...CAPABILITY_HEADERS },
      },
    );
  }
  const values = submittedValues(body);
  const revisit =
    revisitToken !== null
      ? { token: revisitToken, title: body.get("revisitTitle") ?? "" }
      : undefined;
  // The answers come in the body (from the form) or, failing that, in the URL.
  const parsed = parseShareLink(body.get("answers") ?? url.searchParams);
  const fields = parseRecordFields(Object.fromEntries(body));
  if (!parsed.success || !fields.success) {
    const errors: RecordFormErrors = {};
    if (!fields.success) {
      for (const [f, codes] of Object.entries(fields.errors)) {
        errors[f as RecordFormField] = codes.map((c) =>
          recordErrorMessage(f as RecordFormField, c, lang),
        );
      }
    }
    if (!parsed.success)
      errors.title = [...(errors.title ?? []), dictionary(lang).invalidLink.lead];
    return json<SaveRecordData>(
      { tooMany: 0, errors, values, ...(revisit && { revisit }) },
      { status: 400, headers: CAPABILITY_HEADERS },
    );
  }
  try {
    if (revisitToken !== null && !isWellFormedToken(revisitToken)) {
      throw new RecordError("edit-token-mismatch");
    }
    const created = await createRecord({
      fields: fields.fields,
      answers: parsed.link.answers,
      contentHash,
      ...(revisitToken !== null && { supersedesEditToken: revisitToken }),
    });
    return redirect(recordEditLink(created.editToken, chosenLang, "created"), {
      status: 303,
      headers: CAPABILITY_HEADERS,
    });
  } catch (error) {
    if (error instanceof RecordFieldError) {
      return json<SaveRecordData>(
        {
          tooMany: 0,
          errors: { [error.field]: [recordErrorMessage(error.field, error.code, lang)] },
          values,
          ...(revisit && { revisit }),
        },
        { status: 400, headers: CAPABILITY_HEADERS },
      );
    }
    if (error instanceof RecordError && error.code === "edit-token-mismatch") {
      await countTokenMiss(clientIp);
      httpError(request, 404, { headers: CAPABILITY_HEADERS });
    }
    if (error instanceof RecordError && error.code === "already-superseded") {
      // Not a field: the record being revisited has a successor already. Say so, and link to it.
      const old = revisitToken === null ? undefined : await getRecordByEditToken(revisitToken);
      return json<SaveRecordData>(
        {
          tooMany: 0,
          errors: {},
          values,
          ...(revisit && { revisit }),
          supersededBy: old?.supersededBy ? recordLink(old.supersededBy, chosenLang) : "",
        },
        { status: 409, headers: CAPABILITY_HEADERS },
      );
    }
    if (error instanceof Error && error.name === "ZodError") {
      // The field the schema named, when it is one of the form's; the title only as a last resort.
      const path = (error as Error & { issues?: { path: PropertyKey[] }[] }).issues?.[0]?.path[0];
      const field = (RECORD_FIELDS as readonly PropertyKey[]).includes(path as PropertyKey)
        ? (path as RecordFormField)
        : "title";
      return json<SaveRecordData>(
        {
          tooMany: 0,
          errors: { [field]: [recordErrorMessage(field, "invalid", lang)] },
          values,
          ...(revisit && { revisit }),
        },
        { status: 400, headers: CAPABILITY_HEADERS },
      );
    }
    throw error;
  }
}
