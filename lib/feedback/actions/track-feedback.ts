"use server";

import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { fieldErrorsOf } from "@/lib/validation/form-state";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { applyCitizenFeedbackAction } from "@/lib/feedback/apply-citizen-feedback-action";
import { citizenFeedbackActionSchema, feedbackLookupSchema } from "@/lib/feedback/feedback-schemas";
import { lookupFeedback } from "@/lib/feedback/lookup-feedback";
import type { TrackFeedbackState } from "@/lib/feedback/track-feedback-state";
import { getLocale, getTranslations } from "next-intl/server";

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, 2000) : "";
};

/**
 * The lookup by code + phone and, on its result, the rating and the reopening: one action, so that
 * without JavaScript the page comes back with the item shown after each of them.
 */
export async function trackFeedbackAction(_previous: TrackFeedbackState, formData: FormData): Promise<TrackFeedbackState> {
  const values = { code: text(formData, "code"), phone: text(formData, "phone") };
  const parsed = feedbackLookupSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  const intent = text(formData, "intent");
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "feedback" });
  try {
    const db = await getDb();
    const now = workflowNow();
    const sender = { ...parsed.data, clientAddress: clientAddressFrom(await headers()) };
    let notice: string | undefined;
    let actionErrors: Record<string, string> | undefined;
    let note = "";
    if (intent === "rate" || intent === "reopen") {
      note = text(formData, "note");
      const input = citizenFeedbackActionSchema.safeParse({ action: intent, rating: text(formData, "rating"), note });
      if (!input.success) actionErrors = fieldErrorsOf(input.error);
      else {
        const done = await applyCitizenFeedbackAction(db, sender, input.data, now, locale);
        if (done.ok) notice = intent === "rate" ? t("rate.done") : t("rate.reopened");
        else actionErrors = { [done.field ?? "note"]: done.message };
      }
    }
    const found = await lookupFeedback(db, sender, now, locale);
    if (!found.ok) return { values, message: found.error === "rate-limited" ? found.message : t("track.notFound") };
    return { values, item: found.item, notice, actionErrors, actionValues: actionErrors ? { note } : undefined };
  } catch (error) {
    console.error("feedback lookup failed", error);
    return { values, message: t("track.unavailable") };
  }
}
