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

export function schemaResolver(schema: SafeParseSchema): Resolver<FieldValues> {
  return async (values) => {
    const result = schema.safeParse(values);
    if (result.success) return { values: result.data as FieldValues, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "");
      errors[field] ??= { type: "validate", message: issue.message };
    }
    return { values: {}, errors: errors as FieldErrors<FieldValues> };
  };
}
