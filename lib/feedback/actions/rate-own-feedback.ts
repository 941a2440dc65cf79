"use server";

import { z } from "zod";
import { getDb } from "@/db/client";
import { fieldErrorsOf } from "@/lib/validation/form-state";
import { getCurrentUser } from "@/lib/auth/current-user";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { applyCitizenFeedbackAction } from "@/lib/feedback/apply-citizen-feedback-action";
import { FEEDBACK_PATHS } from "@/lib/feedback/feedback-links";
import { citizenFeedbackActionSchema, feedbackCodeSchema } from "@/lib/feedback/feedback-schemas";
import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { getLocale, getTranslations } from "next-intl/server";

export interface OwnFeedbackActionState {
  errors: Record<string, string>;
  note: string;
  message?: string;
}

const idSchema = z.string().uuid();

/** The signed-in sender rates the answer or reopens the item, on its page in their account. */
export async function rateOwnFeedbackAction(_previous: OwnFeedbackActionState, formData: FormData): Promise<OwnFeedbackActionState> {
  const noteValue = formData.get("note");
  const note = typeof noteValue === "string" ? noteValue.slice(0, 2000) : "";
  const feedbackId = idSchema.safeParse(formData.get("feedbackId"));
  const user = await getCurrentUser();
  if (!user) await redirectInLocale("/dang-nhap?next=/tai-khoan/phan-anh");
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "feedback" });
  if (!user || !feedbackId.success) return { errors: {}, note, message: t("rate.failed") };
  const intent = formData.get("intent");
  const input = citizenFeedbackActionSchema.safeParse({ action: intent, rating: formData.get("rating") ?? undefined, note });
  if (!input.success) return { errors: fieldErrorsOf(input.error), note };
  let done;
  try {
    done = await applyCitizenFeedbackAction(await getDb(), { userId: user.id, feedbackId: feedbackId.data }, input.data, workflowNow(), locale);
  } catch (error) {
    console.error("feedback rating failed", error);
    return { errors: {}, note, message: t("rate.failed") };
  }
  if (!done.ok) return done.field ? { errors: { [done.field]: done.message }, note } : { errors: {}, note, message: done.message };
  const code = feedbackCodeSchema.safeParse(formData.get("code"));
  return redirectInLocale(
    `${code.success ? FEEDBACK_PATHS.own(code.data) : "/tai-khoan/phan-anh"}?ket-qua=${input.data.action === "rate" ? "danh-gia" : "mo-lai"}`,
  );
}
