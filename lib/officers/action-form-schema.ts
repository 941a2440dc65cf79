import { z } from "zod";
import { feeMessages } from "@/lib/messages/fees";
import { RULES, type WorkflowAction } from "@/lib/workflow/status-machine";
import { COMBINED_ACTIONS, NEGATIVE_ACTIONS, type FormAction } from "./plan-dossier-actions";

const OFFICER_FORM_ACTIONS = [
  ...new Set(RULES.filter((r) => r.actor === "officer").map((r) => r.action)),
  ...(Object.keys(COMBINED_ACTIONS) as (keyof typeof COMBINED_ACTIONS)[]),
] as [FormAction, ...FormAction[]];

/** Actions on one fee: their forms sit by the fee and name it. */
export const FEE_ACTIONS: readonly WorkflowAction[] = ["cancel-payment", "refund-payment"];

const REASON_REQUIRED = "Vui lòng nhập lý do.";
const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/** One schema for every officer action form (FormData, so values are coerced). */
export const officerActionSchema = z.object({
  dossierId: z.string().uuid("Hồ sơ không hợp lệ"),
  code: z.string().min(1).max(60),
  version: z.coerce.number().int().min(1),
  action: z.enum(OFFICER_FORM_ACTIONS, { error: "Thao tác không hợp lệ" }),
  note: z.string().trim().max(4000, "Ghi chú tối đa 4000 ký tự").default(""),
  amount: z.preprocess(emptyToUndefined, z.coerce.number({ error: "Số tiền phải là số" }).int("Số tiền phải là số nguyên").positive("Số tiền phải lớn hơn 0").max(1_000_000_000).optional()),
  assigneeId: z.preprocess(emptyToUndefined, z.string().uuid("Vui lòng chọn chuyên viên").optional()),
  resultNumber: z.string().trim().max(100).default(""),
  resultSigner: z.string().trim().max(200).default(""),
  resultSignedOn: z.preprocess(emptyToUndefined, z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày ký không hợp lệ").optional()),
  newAppointment: z.preprocess(emptyToUndefined, z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày hẹn không hợp lệ").optional()),
  handover: z.preprocess((v) => v === "on" || v === "true", z.boolean()).default(false),
  paymentId: z.preprocess(emptyToUndefined, z.string().uuid("Khoản phí không hợp lệ").optional()),
  /** The second step of a negative action (refuse, stop, send-back): the officer saw what it does and confirmed. */
  confirmed: z.preprocess((v) => v === "1", z.boolean()).default(false),
}).superRefine((input, ctx) => {
  // The confirmation repeats the reason, so it is asked for before the second step.
  if (NEGATIVE_ACTIONS.includes(input.action as WorkflowAction) && !input.note) ctx.addIssue({ code: "custom", path: ["note"], message: REASON_REQUIRED });
  if (!FEE_ACTIONS.includes(input.action as WorkflowAction)) return;
  if (!input.note) ctx.addIssue({ code: "custom", path: ["note"], message: feeMessages.reasonRequired });
  if (!input.paymentId) ctx.addIssue({ code: "custom", path: ["paymentId"], message: "Khoản phí không hợp lệ" });
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
