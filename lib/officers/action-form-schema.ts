import { z } from "zod";
import { inputString, localDateSchema } from "@/lib/validation/boundary-schemas";
import { RULES, type WorkflowAction } from "@/lib/workflow/status-machine";
import { COMBINED_ACTIONS, NEGATIVE_ACTIONS, type FormAction } from "./plan-dossier-actions";

const OFFICER_FORM_ACTIONS = [
  ...new Set(RULES.filter((r) => r.actor === "officer").map((r) => r.action)),
  ...(Object.keys(COMBINED_ACTIONS) as (keyof typeof COMBINED_ACTIONS)[]),
] as [FormAction, ...FormAction[]];

/** Actions on one fee: their forms sit by the fee and name it. */
export const FEE_ACTIONS: readonly WorkflowAction[] = ["cancel-payment", "refund-payment"];

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/** One schema for every officer action form (FormData, so values are coerced); messages are catalog keys (docs/i18n.md). */
export const officerActionSchema = z
  .object({
    dossierId: inputString().uuid("validation.officer.dossierInvalid"),
    code: inputString().min(1).max(60),
    version: z.coerce.number().int().min(1),
    action: z.enum(OFFICER_FORM_ACTIONS, { error: "validation.officer.actionInvalid" }),
    note: inputString().trim().max(4000, "validation.officer.noteTooLong").default(""),
    amount: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ error: "validation.officer.amountNotNumber" })
        .int("validation.officer.amountNotInteger")
        .positive("validation.officer.amountNotPositive")
        .max(1_000_000_000)
        .optional(),
    ),
    assigneeId: z.preprocess(emptyToUndefined, inputString().uuid("validation.officer.assigneeRequired").optional()),
    resultNumber: inputString().trim().max(100).default(""),
    resultSigner: inputString().trim().max(200).default(""),
    resultSignedOn: z.preprocess(emptyToUndefined, localDateSchema.optional()),
    newAppointment: z.preprocess(emptyToUndefined, localDateSchema.optional()),
    handover: z.preprocess((v) => v === "on" || v === "true", z.boolean()).default(false),
    paymentId: z.preprocess(emptyToUndefined, inputString().uuid("validation.officer.paymentInvalid").optional()),
    /** The second step of a negative action (refuse, stop, send-back): the officer saw what it does and confirmed. */
    confirmed: z.preprocess((v) => v === "1", z.boolean()).default(false),
  })
  .superRefine((input, ctx) => {
    // The confirmation repeats the reason, so it is asked for before the second step.
    if (NEGATIVE_ACTIONS.includes(input.action as WorkflowAction) && !input.note)
      ctx.addIssue({ code: "custom", path: ["note"], message: "validation.officer.reasonRequired" });
    if (!FEE_ACTIONS.includes(input.action as WorkflowAction)) return;
    if (!input.note) ctx.addIssue({ code: "custom", path: ["note"], message: "validation.officer.feeReasonRequired" });
    if (!input.paymentId) ctx.addIssue({ code: "custom", path: ["paymentId"], message: "validation.officer.paymentInvalid" });
  });
export type OfficerActionInput = z.infer<typeof officerActionSchema>;

export interface ActionFormState {
  ok: boolean;
  message: string;
  fieldErrors: Record<string, string>;
  /** What the officer typed, given back with an error so that nothing entered is lost. */
  values: Record<string, string>;
  /** A negative action's first step: the form asks to confirm, with what was typed. */
  confirm?: boolean;
}
export const INITIAL_ACTION_STATE: ActionFormState = { ok: false, message: "", fieldErrors: {}, values: {} };

/** The fields an officer types in an action form (the hidden ones come from the page). */
const TYPED_FIELDS = ["note", "amount", "assigneeId", "resultNumber", "resultSigner", "resultSignedOn", "newAppointment", "handover"] as const;

/** The typed fields of a submitted action form, as text, to fill the form again after an error. */
export function typedActionValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of TYPED_FIELDS) {
    const value = formData.get(name);
    if (typeof value === "string" && value !== "") values[name] = value.slice(0, 4000);
  }
  return values;
}
