"use server";

import { getDb } from "@/db/client";
import { fieldErrorsOf, type FormState } from "@/lib/validation/form-state";
import { getCurrentUser } from "@/lib/auth/current-user";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { intakeFeedbackSchema } from "@/lib/feedback/feedback-schemas";
import { intakeFeedback } from "@/lib/feedback/intake-feedback";
import { sendFormValues } from "@/lib/feedback/send-form-values";
import { feedbackOfficerFieldKeys, feedbackOfficerMessageKey } from "@/lib/feedback/officer-message-key";
import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { mayOfficer } from "@/lib/workflow/permissions";

const ERROR_SUMMARY = "validation.feedbackOfficer.errorSummary";

/**
 * An operator records a call, a Zalo message, an email or a letter (answered on the spot or not). Messages
 * are `validation.*` keys, turned into text in the reader's language by the form.
 */
export async function intakeFeedbackAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user || user.kind !== "officer" || user.unitId === null || !mayOfficer(user.roles, "feedback-intake")) {
    return redirectInLocale(`/dang-nhap?next=${encodeURIComponent("/quan-tri/phan-anh/nhap")}`);
  }
  const extra = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value.slice(0, 6000) : "";
  };
  const values = { ...sendFormValues(formData), channel: extra("channel"), answerOnSpot: extra("answerOnSpot") };
  const parsed = intakeFeedbackSchema.safeParse(values);
  if (!parsed.success) return { status: "error", message: ERROR_SUMMARY, fieldErrors: feedbackOfficerFieldKeys(fieldErrorsOf(parsed.error)), values };
  let done;
  try {
    done = await intakeFeedback(
      await getDb(),
      { id: user.id, fullName: user.fullName, roles: user.roles, unitId: user.unitId },
      parsed.data,
      workflowNow(),
    );
  } catch (error) {
    console.error("feedback intake failed", error);
    return { status: "error", message: "validation.feedbackOfficer.failed", fieldErrors: {}, values };
  }
  if (!done.ok) {
    return done.field
      ? { status: "error", message: ERROR_SUMMARY, fieldErrors: { [done.field]: feedbackOfficerMessageKey(done.message) }, values }
      : { status: "error", message: feedbackOfficerMessageKey(done.message), fieldErrors: {}, values };
  }
  return redirectInLocale(`/quan-tri/phan-anh/${done.id}?da-xu-ly=intake`);
}
