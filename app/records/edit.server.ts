// A record's edit page (GET and POST /e/<token>, a capability URL): the page's data, saving the form with a
// version check, and rotating the edit link. The route is an adapter over these.
import { json, redirect } from "@remix-run/node";
import {
  recordErrorMessage,
  submittedValues,
  type RecordFormErrors,
  type RecordFormField,
  type RecordFormValues,
} from "~/records/record-form";
import { httpError } from "~/http/errors.server";
import { CAPABILITY_HEADERS } from "~/http/capability-headers.server";
import { readLang } from "~/http/lang";
import { newRecordLink, recordEditLink, recordLink } from "~/http/links";
import { recordView } from "./record-data.server";
import {
  RecordFieldError,
  rotateEditToken,
  parseRecordFields,
  updateRecord,
  type StoredRecord,
} from "./records.server";
import { findRecordByToken } from "./token-check.server";

/** A record's own fields as its form shows them (the edit page; a revisit starts from them too). */
export function formValues(record: StoredRecord): RecordFormValues {
  return {
    title: record.title,
    context: record.context,
    deciders: record.deciders.join(", "),
    consulted: record.consulted.join(", "),
    informed: record.informed.join(", "),
    status: record.status,
  };
}

/** GET /e/<token>: the edit page of a record (a capability URL): its links, the form, the record itself. */
export async function editRecordPage(
  request: Request,
  token: string | undefined,
  clientIp: string | undefined,
) {
  const url = new URL(request.url);
  const { lang, chosenLang } = readLang(request);
  const record = await findRecordByToken(request, token, clientIp);
  const view = await recordView(record, lang, url.origin, chosenLang);
  return json(
    {
      lang,
      token: token!,
      ...view,
      // The forms post back here, and revisiting posts the token in the body of the new record's form.
      links: {
        self: recordEditLink(token!, chosenLang),
        revisit: newRecordLink(record.answersQuery, chosenLang),
        successor: record.supersededBy ? recordLink(record.supersededBy, chosenLang) : undefined,
      },
      values: formValues(record),
      editLink: `${url.origin}${recordEditLink(token!)}`,
      publicLink: `${url.origin}${recordLink(record.publicId)}`,
      created: url.searchParams.get("created") === "1",
      saved: url.searchParams.get("saved") === "1",
      rotated: url.searchParams.get("rotated") === "1",
    },
    { headers: { Vary: "Accept-Language", ...CAPABILITY_HEADERS } },
  );
}

/**
 * POST /e/<token>: intent=rotate replaces the edit link; otherwise saves the form (303), 400 naming the field, or
 * 409 when someone saved in between (the loser keeps what they typed).
 */
export async function editRecord(
  request: Request,
  token: string | undefined,
  clientIp: string | undefined,
) {
  const { lang, chosenLang } = readLang(request);
  // The token check (rate limited) comes first; a wrong token never reaches the form handling.
  await findRecordByToken(request, token, clientIp);
  const body = new URLSearchParams(await request.text());
  if (body.get("intent") === "rotate") {
    const next = await rotateEditToken(token!);
    if (!next) httpError(request, 404, { headers: CAPABILITY_HEADERS });
    return redirect(recordEditLink(next, chosenLang, "rotated"), {
      status: 303,
      headers: CAPABILITY_HEADERS,
    });
  }
  const fields = parseRecordFields(Object.fromEntries(body));
  const values = submittedValues(body);
  if (!fields.success) {
    const errors: RecordFormErrors = {};
    for (const [f, codes] of Object.entries(fields.errors)) {
      errors[f as RecordFormField] = codes.map((c) =>
        recordErrorMessage(f as RecordFormField, c, lang),
      );
    }
    return json({ errors, values, conflict: false }, { status: 400, headers: CAPABILITY_HEADERS });
  }
  const version = Number(body.get("version"));
  let updated: Awaited<ReturnType<typeof updateRecord>>;
  try {
    updated = await updateRecord(token!, fields.fields, Number.isInteger(version) ? version : -1);
  } catch (error) {
    if (!(error instanceof RecordFieldError)) throw error;
    const errors: RecordFormErrors = {
      [error.field]: [recordErrorMessage(error.field, error.code, lang)],
    };
    return json({ errors, values, conflict: false }, { status: 400, headers: CAPABILITY_HEADERS });
  }
  if (updated === undefined) httpError(request, 404, { headers: CAPABILITY_HEADERS });
  if (updated === "conflict") {
    // The loser keeps what they typed; the page shows the winner's version below it, and the form now carries
    // the current version, so saving again replaces it knowingly.
    return json(
      { errors: {} as RecordFormErrors, values, conflict: true },
      { status: 409, headers: CAPABILITY_HEADERS },
    );
  }
  return redirect(recordEditLink(token!, chosenLang, "saved"), {
    status: 303,
    headers: CAPABILITY_HEADERS,
  });
}
