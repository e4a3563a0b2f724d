// Client-side check of a form with the very zod schema the server uses. It reads the form as the browser will
// submit it (FormData) and never writes to an input: the DOM, as the server rendered it and as the person
// changed it, stays the only copy of the answers. Nothing can tick a box nobody ticked.
import type { FieldErrorCode } from "~/decision/schema";

interface SafeParseSchema {
  safeParse(value: unknown):
    | { success: true; data: unknown }
    | {
        success: false;
        error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] };
      };
}

/**
 * The first error code per field, or null when the form is valid. `fields` are the names the schema reads;
 * `multiple` names those that hold lists (checkbox groups).
 */
export function checkForm(
  form: HTMLFormElement,
  schema: SafeParseSchema,
  fields: readonly string[],
  multiple: readonly string[] = [],
): Record<string, FieldErrorCode> | null {
  const data = new FormData(form);
  const submitted = Object.fromEntries(
    fields.map((k) => [k, multiple.includes(k) ? data.getAll(k) : (data.get(k) ?? undefined)]),
  );
  const result = schema.safeParse(submitted);
  if (result.success) return null;
  const errors: Record<string, FieldErrorCode> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "");
    errors[field] ??= issue.message === "required" ? "required" : "invalid";
  }
  return errors;
}
