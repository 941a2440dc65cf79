"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { fieldErrorsOf } from "@/lib/validation/form-state";
import { requireOfficer } from "@/lib/auth/require-officer";
import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { officerActionSchema, typedActionValues, type ActionFormState } from "@/lib/officers/action-form-schema";
import { applyOfficerForm } from "@/lib/officers/apply-officer-form";
import { NEGATIVE_ACTIONS } from "@/lib/officers/plan-dossier-actions";
import { cancelFee } from "@/lib/payments/cancel-fee";
import { getPaymentProvider } from "@/lib/payments/get-payment-provider";
import { refundFee } from "@/lib/payments/refund-fee";
import { WorkflowError } from "@/lib/workflow/workflow-error";

/** One server action for every officer workflow form; the unit and roles come from the session only. */
export async function takeOfficerAction(_: ActionFormState, formData: FormData): Promise<ActionFormState> {
  const parsed = officerActionSchema.safeParse(Object.fromEntries(formData));
  const code = String(formData.get("code") ?? "");
  const officer = await requireOfficer(`/quan-tri/ho-so/${encodeURIComponent(code)}`);
  const values = typedActionValues(formData);
  const t = await getTranslations("officer");
  if (!parsed.success) return { ok: false, message: t("checkFields"), fieldErrors: fieldErrorsOf(parsed.error), values };
  const input = parsed.data;
  // Refusing, stopping and sending back end or turn back someone's work: the first post shows what will
  // happen, with the reason, and only the confirmed second one acts (no JavaScript needed).
  if ((NEGATIVE_ACTIONS as readonly string[]).includes(input.action) && !input.confirmed)
    return { ok: false, message: "", fieldErrors: {}, values, confirm: true };
  const db = await getDb();
  const actor = { kind: "officer", id: officer.id, name: officer.fullName, unitId: officer.unitId, roles: officer.roles } as const;
  try {
    if (input.action === "cancel-payment" || input.action === "refund-payment") {
      // The schema asked for the fee's id with these actions.
      const request = { paymentId: input.paymentId ?? "", expectedVersion: input.version, reason: input.note };
      if (input.action === "cancel-payment") await cancelFee(db, actor, request);
      else await refundFee(db, getPaymentProvider(), actor, request);
    } else {
      await applyOfficerForm(db, actor, input);
    }
  } catch (error) {
    if (error instanceof WorkflowError) {
      // A refusal about one input sits by its field, as invalid input does; in the reader's language.
      const message = error.textIn(await getLocale());
      return error.field
        ? { ok: false, message: t("checkFields"), fieldErrors: { [error.field]: message }, values }
        : { ok: false, message, fieldErrors: {}, values };
    }
    console.error("officer action failed", error);
    return { ok: false, message: t("genericError"), fieldErrors: {}, values };
  }
  return redirectInLocale(`/quan-tri/ho-so/${encodeURIComponent(input.code)}?da-xu-ly=${encodeURIComponent(input.action)}`);
}
