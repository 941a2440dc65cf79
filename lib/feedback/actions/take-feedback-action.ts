"use server";

import { getDb } from "@/db/client";
import { fieldErrorsOf } from "@/lib/validation/form-state";
import { getCurrentUser } from "@/lib/auth/current-user";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { applyFeedbackAction } from "@/lib/feedback/apply-feedback-action";
import { feedbackActionSchema, feedbackIdSchema } from "@/lib/feedback/feedback-schemas";
import { NEGATIVE_FEEDBACK_ACTIONS, type FeedbackActionFormState } from "@/lib/feedback/feedback-action-form-state";
import { feedbackOfficerFieldKeys, feedbackOfficerMessageKey } from "@/lib/feedback/officer-message-key";
import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { mayOfficer } from "@/lib/workflow/permissions";

const STALE = "validation.feedbackOfficer.stale";
const FAILED = "validation.feedbackOfficer.failed";

const KEEP = ["feedbackId", "action", "version", "note", "answer", "unitId", "fieldId", "subject", "content"];

function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of KEEP) {
    const value = formData.get(name);
    if (typeof value === "string") values[name] = value.slice(0, 12_000);
  }
  return values;
}

/**
 * One officer action on a feedback item (works without JavaScript). A negative action (close, send back,
 * ask for a revision, unpublish) comes back first as a confirmation with what was typed. The domain
 * function checks the officer's right to the action and to the item through the permission table. Messages
 * are `validation.*` keys, turned into text in the reader's language by the form.
 */
export async function takeFeedbackAction(_previous: FeedbackActionFormState, formData: FormData): Promise<FeedbackActionFormState> {
  const values = typedValues(formData);
  const user = await getCurrentUser();
  if (!user || user.kind !== "officer" || user.unitId === null || !mayOfficer(user.roles, "view-feedback")) {
    return redirectInLocale(`/dang-nhap?next=${encodeURIComponent("/quan-tri/phan-anh")}`);
  }
  const parsed = feedbackActionSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: feedbackOfficerFieldKeys(fieldErrorsOf(parsed.error)), values };
  if (NEGATIVE_FEEDBACK_ACTIONS.includes(parsed.data.action) && formData.get("confirm") !== "yes") return { fieldErrors: {}, values, confirm: true };
  const feedbackId = feedbackIdSchema.safeParse(values.feedbackId);
  if (!feedbackId.success) return { fieldErrors: {}, values, message: STALE };
  // The version the page showed: two officers acting at once, the second is told instead of overwriting.
  const version = Number(values.version);
  const expectedVersion = Number.isSafeInteger(version) && version >= 0 ? version : undefined;
  let done;
  try {
    const officer = { id: user.id, fullName: user.fullName, roles: user.roles, unitId: user.unitId };
    done = await applyFeedbackAction(await getDb(), officer, feedbackId.data, parsed.data, workflowNow(), { expectedVersion });
  } catch (error) {
    console.error("feedback action failed", error);
    return { fieldErrors: {}, values, message: FAILED };
  }
  if (!done.ok) {
    if (done.error === "conflict") return { fieldErrors: {}, values, message: STALE };
    const message = feedbackOfficerMessageKey(done.message);
    return done.field ? { fieldErrors: { [done.field]: message }, values } : { fieldErrors: {}, values, message };
  }
  return redirectInLocale(`/quan-tri/phan-anh/${feedbackId.data}?da-xu-ly=${parsed.data.action}`);
}
