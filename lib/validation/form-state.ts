import type { z } from "zod";

/** What a form's server action returns to the page (also the state of a form posted without JavaScript). */
export interface FormState {
  status: "idle" | "error" | "success";
  /** A message for the whole form (shown above it). */
  message?: string;
  /** The first message of each invalid field, by field name. */
  fieldErrors: Record<string, string>;
  /** What the user entered, to fill the form again (never passwords). */
  values: Record<string, string>;
}

export const initialFormState: FormState = { status: "idle", fieldErrors: {}, values: {} };

/** The text fields of a posted form, without the ones named in `omit` (passwords) and Next's own fields. */
export function formValues(formData: FormData, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION") || omit.includes(name)) continue;
    values[name] = value.slice(0, 1000);
  }
  return values;
}

/** The first zod message per field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? "");
    if (name && !(name in errors)) errors[name] = issue.message;
  }
  return errors;
}

export function invalidForm(error: z.ZodError, formData: FormData, omit: readonly string[], message?: string): FormState {
  return { status: "error", message, fieldErrors: fieldErrorsOf(error), values: formValues(formData, omit) };
}
