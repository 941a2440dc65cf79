"use server";

import { getDb } from "@/db/client";
import { fieldErrorsOf, type FormState } from "@/lib/validation/form-state";
import { submitFeedbackSchema } from "@/lib/feedback/feedback-schemas";
import { getLocale, getTranslations } from "next-intl/server";
import { sendFormValues } from "@/lib/feedback/send-form-values";
import { resolveFeedbackReferences } from "@/lib/feedback/submit-feedback";

/**
 * Step 1 of sending feedback: checks what was typed (with the schema step 2 applies again) and the
 * dossier code and unit it names, then answers with the values to review. Nothing is stored yet: files
 * cannot travel through a server action, so step 2 posts the checked values with the files to a route
 * handler. `intent=edit` (from the review step) brings the form back with the values.
 */
export async function checkFeedbackSubmissionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = sendFormValues(formData);
  if (formData.get("intent") === "edit") return { status: "idle", fieldErrors: {}, values };
  // The page's language (the Referer): field errors are validation keys, the refusals text in it.
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "feedback" });
  const parsed = submitFeedbackSchema.safeParse(values);
  if (!parsed.success) return { status: "error", message: t("send.errorSummary"), fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    const references = await resolveFeedbackReferences(await getDb(), parsed.data, locale);
    if (!references.ok) {
      const field = references.field ?? "dossierCode";
      return { status: "error", message: t("send.errorSummary"), fieldErrors: { [field]: references.message }, values };
    }
  } catch (error) {
    console.error("feedback check failed", error);
    return { status: "error", message: t("send.failed"), fieldErrors: {}, values };
  }
  return { status: "success", fieldErrors: {}, values };
}
