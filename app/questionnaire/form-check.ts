// react-hook-form over the server-rendered answer forms, in its uncontrolled mode: the inputs keep their own
// state in the DOM and react-hook-form reads it. The one rule that keeps hydration from touching an input is
// that every field's default is what the DOM already shows, in the shape react-hook-form gives that kind of
// field (a list of the ticked values for a checkbox group, the ticked value or null for radios). Registering an
// input writes the field's value back into the inputs of its group registered so far: without a list default a
// checkbox group's first ticked box is read as a string, and the next box to register ticks every box; a default
// taken from anything but the DOM overwrites a choice made before hydration finished.
// See docs/decisions/0016-react-hook-form-on-uncontrolled-inputs.md.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type FieldErrors as HookFormErrors, type Resolver } from "react-hook-form";
import type { FieldErrorCode } from "~/decision/schema";

/** A field as react-hook-form holds it: the ticked values of a checkbox group, else the ticked value or null. */
export type FormValues = Record<string, string | string[] | null>;

/** The fields as the form would submit them now (FormData), in react-hook-form's shapes. */
export function valuesInForm(
  form: HTMLFormElement,
  fields: readonly string[],
  multiple: readonly string[],
): FormValues {
  const data = new FormData(form);
  return Object.fromEntries(
    fields.map((k) => {
      if (multiple.includes(k)) return [k, data.getAll(k).map(String)];
      const value = data.get(k);
      return [k, typeof value === "string" ? value : null];
    }),
  );
}

/** The same shapes from the answers the page was rendered with (a list may come as "a,b"). */
export function valuesFromAnswers(
  answers: Partial<Record<string, unknown>>,
  fields: readonly string[],
  multiple: readonly string[],
): FormValues {
  return Object.fromEntries(
    fields.map((k) => {
      const value = answers[k];
      if (multiple.includes(k)) {
        const list = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
        return [k, list.flatMap((v) => String(v).split(",")).filter((v) => v !== "")];
      }
      return [k, typeof value === "string" && value !== "" ? value : null];
    }),
  );
}

interface ZodLikeSchema {
  _zod: object;
}

/**
 * The form of an answer page. Its defaults are read from the form in the DOM when React takes it over (the
 * server's `checked`, or whatever the person already changed before hydration finished); a form rendered in the
 * browser first takes them from the answers it is rendered with. Validation runs on submit only, with the zod
 * schema the server uses; focus goes to the error summary, not to a field (GOV.UK).
 */
export function useAnswersForm({
  formId,
  schema,
  fields,
  multiple,
  answers,
}: {
  formId: string;
  schema: ZodLikeSchema;
  fields: readonly string[];
  multiple: readonly string[];
  answers: Partial<Record<string, unknown>>;
}) {
  const [defaultValues] = useState<FormValues>(() => {
    const form = typeof document === "undefined" ? null : document.getElementById(formId);
    return form?.tagName === "FORM"
      ? valuesInForm(form as HTMLFormElement, fields, multiple)
      : valuesFromAnswers(answers, fields, multiple);
  });
  return useForm<FormValues>({
    defaultValues,
    resolver: zodResolver(schema as Parameters<typeof zodResolver>[0]) as Resolver<FormValues>,
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    shouldFocusError: false,
  });
}

/**
 * The first error code per field, as the server's 400 reports it: "required", or "invalid" for anything else
 * (a value outside the list, or a bad entry in a list, which react-hook-form files under the entry).
 */
export function errorCodes(errors: HookFormErrors<FormValues>): Record<string, FieldErrorCode> {
  const out: Record<string, FieldErrorCode> = {};
  for (const [field, error] of Object.entries(errors)) {
    if (!error) continue;
    out[field] = (error as { message?: unknown }).message === "required" ? "required" : "invalid";
  }
  return out;
}
