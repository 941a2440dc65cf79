"use server";

import { and, desc, eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { getDb, type Database } from "@/db/client";
import { files } from "@/db/schema";
import { requireOfficer } from "@/lib/auth/require-officer";
import { fromLocalDateTime } from "@/lib/calendar/local-time";
import { officerMessages as m } from "@/lib/messages/officer";
import { officerActionSchema, typedActionValues, type ActionFormState, type OfficerActionInput } from "@/lib/officers/action-form-schema";
import { cancelFee } from "@/lib/payments/cancel-fee";
import { getPaymentProvider } from "@/lib/payments/get-payment-provider";
import { refundFee } from "@/lib/payments/refund-fee";
import { applyDossierAction, type ActingUser } from "@/lib/workflow/apply-dossier-action";
import { WorkflowError } from "@/lib/workflow/workflow-error";

/** One server action for every officer workflow form; the unit and roles come from the session only. */
export async function takeOfficerAction(_: ActionFormState, formData: FormData): Promise<ActionFormState> {
  const parsed = officerActionSchema.safeParse(Object.fromEntries(formData));
  const code = String(formData.get("code") ?? "");
  const officer = await requireOfficer(`/quan-tri/ho-so/${encodeURIComponent(code)}`);
  const values = typedActionValues(formData);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { ok: false, message: m.checkFields, fieldErrors, values };
  }
  const input = parsed.data;
  const db = await getDb();
  const actor = { kind: "officer", id: officer.id, name: officer.fullName, unitId: officer.unitId, roles: officer.roles } as const;
  try {
    if (input.action === "cancel-payment" || input.action === "refund-payment") {
      // The schema asked for the fee's id with these actions.
      const request = { paymentId: input.paymentId ?? "", expectedVersion: input.version, reason: input.note };
      if (input.action === "cancel-payment") await cancelFee(db, actor, request);
      else await refundFee(db, getPaymentProvider(), actor, request);
    } else {
      await applyFormAction(db, actor, input);
    }
  } catch (error) {
    if (error instanceof WorkflowError) {
      // A refusal about one input sits by its field, as invalid input does.
      return error.field ? { ok: false, message: m.checkFields, fieldErrors: { [error.field]: error.message }, values } : { ok: false, message: error.message, fieldErrors: {}, values };
    }
    console.error("officer action failed", error);
    return { ok: false, message: m.genericError, fieldErrors: {}, values };
  }
  redirect(`/quan-tri/ho-so/${encodeURIComponent(input.code)}?da-xu-ly=${encodeURIComponent(input.action)}`);
}

async function applyFormAction(db: Database, actor: ActingUser, input: OfficerActionInput) {
  let result;
  if (input.action === "mark-processed") {
    const [draft] = await db
      .select({ id: files.id })
      .from(files)
      .where(and(eq(files.dossierId, input.dossierId), eq(files.purpose, "result-draft")))
      .orderBy(desc(files.createdAt))
      .limit(1);
    result = draft && input.resultSignedOn ? { number: input.resultNumber, signer: input.resultSigner, signedOn: input.resultSignedOn, fileId: draft.id } : undefined;
  }
  await applyDossierAction(db, actor, {
    dossierId: input.dossierId,
    expectedVersion: input.version,
    action: input.action,
    note: input.note,
    amount: input.amount,
    assigneeId: input.assigneeId,
    result: input.action === "mark-processed" ? (result ?? { number: input.resultNumber, signer: input.resultSigner, signedOn: input.resultSignedOn ?? "", fileId: "" }) : undefined,
    handover: input.handover,
    newAppointment: input.newAppointment ? fromLocalDateTime(input.newAppointment, 17 * 3_600_000, "Asia/Ho_Chi_Minh") : undefined,
  });
}
