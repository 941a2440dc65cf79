import { z } from "zod";
import { inputString } from "@/lib/validation/boundary-schemas";
import type { FormField } from "@/lib/catalog/service-schema";
import viSubmission from "@/messages/vi/submission.json";
import { fieldMessage } from "./field-message";
import { formatVietnamDate } from "@/lib/calendar/format";

/**
 * The zod schema of a service's own form (tờ khai), built from its form definition. The same schema
 * validates in the browser (react-hook-form) and again on the server, whether the values arrive as
 * FormData strings (no JavaScript) or as JSON (the API). Empty optional fields are left out of the result.
 */

export type FormValue = string | number | boolean;
export type FormValues = Record<string, FormValue>;

/** Field errors are keys of the catalog's validation.submission messages (docs/i18n.md). */
const m = {
  required: "validation.submission.required",
  choose: "validation.submission.choose",
  mustCheck: "validation.submission.mustCheck",
  number: "validation.submission.number",
  min: (n: number) => fieldMessage("validation.submission.min", { n }),
  max: (n: number) => fieldMessage("validation.submission.max", { n }),
  minLength: (n: number) => fieldMessage("validation.submission.minLength", { n }),
  maxLength: (n: number) => fieldMessage("validation.submission.maxLength", { n }),
  pattern: "validation.submission.pattern",
  date: "validation.submission.date",
  email: "validation.submission.email",
  tel: "validation.submission.tel",
  idNumber: "validation.submission.idNumber",
  futureDate: "validation.submission.futureDate",
  unit: "validation.submission.unit",
} as const;
export { m as submissionFieldMessages };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TEL = /^0[0-9]{9,10}$/;

/** Strings from a form, numbers or booleans from JSON; anything else becomes "" (then "required"). */
function asText(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

export function isValidIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * A typed-in field: empty is missing (an error only when the field is required) and is left out of the
 * result; anything else is checked, then parsed.
 */
function typedFieldSchema<T>(
  field: FormField,
  check: (value: string, ctx: z.RefinementCtx<string>) => void,
  parse: (value: string) => T,
): z.ZodType<T | undefined> {
  return z
    .preprocess(asText, inputString())
    .superRefine((value, ctx) => {
      if (value === "") {
        if (field.required) ctx.addIssue({ code: "custom", message: m.required });
        return;
      }
      check(value, ctx);
    })
    .transform((value) => (value === "" ? undefined : parse(value)));
}

function textSchema(field: FormField): z.ZodType<string | undefined> {
  const v = field.validation ?? {};
  const pattern = v.pattern ? new RegExp(v.pattern) : undefined;
  return typedFieldSchema(
    field,
    (value, ctx) => {
      if (v.minLength !== undefined && value.length < v.minLength) ctx.addIssue({ code: "custom", message: m.minLength(v.minLength) });
      if (v.maxLength !== undefined && value.length > v.maxLength) ctx.addIssue({ code: "custom", message: m.maxLength(v.maxLength) });
      if (field.type === "email" && !EMAIL.test(value)) ctx.addIssue({ code: "custom", message: m.email });
      if (field.type === "tel" && !pattern && !TEL.test(value)) ctx.addIssue({ code: "custom", message: m.tel });
      if (field.type === "date" && !isValidIsoDate(value)) ctx.addIssue({ code: "custom", message: m.date });
      if (pattern && !pattern.test(value)) ctx.addIssue({ code: "custom", message: v.patternMessage ?? m.pattern });
      if ((field.type === "select" || field.type === "radio") && !field.options?.some((o) => o.value === value)) {
        ctx.addIssue({ code: "custom", message: m.choose });
      }
    },
    (value) => value,
  );
}

/** A number typed with a decimal comma or point. */
const decimal = (value: string) => Number(value.replace(",", "."));

function numberSchema(field: FormField): z.ZodType<number | undefined> {
  const v = field.validation ?? {};
  return typedFieldSchema(
    field,
    (value, ctx) => {
      const n = decimal(value);
      if (!Number.isFinite(n)) return ctx.addIssue({ code: "custom", message: m.number });
      if (v.min !== undefined && n < v.min) ctx.addIssue({ code: "custom", message: m.min(v.min) });
      if (v.max !== undefined && n > v.max) ctx.addIssue({ code: "custom", message: m.max(v.max) });
    },
    decimal,
  );
}

function checkboxSchema(field: FormField): z.ZodType<boolean> {
  return z
    .preprocess((value) => value === true || value === "on" || value === "true" || value === "1", z.boolean())
    .refine((checked) => checked || !field.required, { message: m.mustCheck });
}

function fieldSchema(field: FormField): z.ZodType<FormValue | undefined> {
  if (field.type === "number") return numberSchema(field);
  if (field.type === "checkbox") return checkboxSchema(field);
  return textSchema(field);
}

export type FormSchema = z.ZodType<FormValues, Record<string, unknown>>;

/** Built schemas by definition: zod compiles an object schema on its first parse, which costs more than the parse. */
const built = new Map<string, FormSchema>();
const MAX_BUILT = 4000;

/** The zod schema of a form definition (the same definition gives the same, already compiled, schema). */
export function buildFormSchema(definition: readonly FormField[]): FormSchema {
  const key = JSON.stringify(definition);
  let schema = built.get(key);
  if (!schema) {
    if (built.size >= MAX_BUILT) built.clear();
    schema = createFormSchema(definition);
    built.set(key, schema);
  }
  return schema;
}

function createFormSchema(definition: readonly FormField[]): FormSchema {
  const shape: Record<string, z.ZodType<FormValue | undefined>> = {};
  for (const field of definition) shape[field.name] = fieldSchema(field);
  return z.object(shape).transform((values) => {
    const result: FormValues = {};
    for (const [name, value] of Object.entries(values)) if (value !== undefined) result[name] = value as FormValue;
    return result;
  }) as unknown as FormSchema;
}

/** Reads the definition's fields out of submitted FormData (unknown names are ignored). */
export function formDataToValues(definition: readonly FormField[], data: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of definition) {
    const value = data.get(field.name);
    values[field.name] = typeof value === "string" ? value : field.type === "checkbox" ? false : "";
  }
  return values;
}

/** zod issues → one message per field name (the first one). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    errors[key] ??= issue.message;
  }
  return errors;
}

/**
 * How a stored value reads on the review page. `yes` is the word for a ticked box in the reader's language;
 * officers read the dossier in Vietnamese (docs/i18n.md).
 */
export function displayFormValue(field: FormField, value: unknown, yes: string = viSubmission.form.yes): string {
  if (value === undefined || value === null || value === "") return "";
  if (field.type === "checkbox") return value === true ? yes : "";
  if (field.type === "date" && typeof value === "string" && isValidIsoDate(value)) return formatVietnamDate(value);
  if ((field.type === "select" || field.type === "radio") && field.options) {
    return field.options.find((o) => o.value === value)?.label ?? String(value);
  }
  return String(value);
}
