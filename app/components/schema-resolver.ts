// react-hook-form validates with the very zod schema the server uses. This small resolver replaces
// @hookform/resolvers: it reads zod's issues directly and keeps the browser bundle within its budget.
import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";

interface SafeParseSchema {
  safeParse(value: unknown):
    | { success: true; data: unknown }
    | {
        success: false;
        error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] };
      };
}

/**
 * Validates the form's values as the browser would submit them (FormData of the form in `context`), not
 * react-hook-form's own copy: that keeps the check right when someone answers before hydration has finished,
 * and identical to what the server will see. `multiple` names the fields that hold lists.
 */
export function schemaResolver(
  schema: SafeParseSchema,
  multiple: readonly string[] = [],
): Resolver<FieldValues, { current: HTMLFormElement | null }> {
  return async (values, form) => {
    const data = form?.current ? new FormData(form.current) : undefined;
    const submitted = data
      ? Object.fromEntries(
          Object.keys(values).map((k) => [k, multiple.includes(k) ? data.getAll(k) : data.get(k)]),
        )
      : values;
    const result = schema.safeParse(submitted);
    if (result.success) return { values: result.data as FieldValues, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "");
      errors[field] ??= { type: "validate", message: issue.message };
    }
    return { values: {}, errors: errors as FieldErrors<FieldValues> };
  };
}
