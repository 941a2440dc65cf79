"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import type { CitizenFormState } from "@/lib/dossiers/citizen-action-schema";
import { RATING_CRITERIA_COUNT } from "@/lib/ratings/criteria";
import { ratingSchema } from "@/lib/ratings/criteria";
import { rateDossier } from "@/lib/ratings/rate-dossier";
import { WorkflowError } from "@/lib/workflow/workflow-error";

/** The satisfaction rating, once, after the result. */
export async function rateDossierAction(_: CitizenFormState, formData: FormData): Promise<CitizenFormState> {
  const code = String(formData.get("code") ?? "");
  const user = await requireUser(`/ho-so/${encodeURIComponent(code)}`);
  const parsed = ratingSchema.safeParse({
    scores: Array.from({ length: RATING_CRITERIA_COUNT }, (_, i) => formData.get(`score${i}`) ?? undefined),
    easeOfUse: formData.get("easeOfUse") ?? undefined,
    overall: formData.get("overall") ?? undefined,
    comment: formData.get("comment") ?? "",
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] === "scores" && issue.path.length > 1 ? `score${String(issue.path[1])}` : String(issue.path[0]);
      fieldErrors[key] ??= issue.message;
    }
    return { ok: false, message: (await getTranslations("tracking.citizenAction"))("rateAllCriteria"), fieldErrors };
  }
  try {
    await rateDossier(await getDb(), user.id, code, parsed.data);
  } catch (error) {
    if (error instanceof WorkflowError) return { ok: false, message: error.textIn(await getLocale()), fieldErrors: {} };
    throw error;
  }
  return redirectInLocale(`/ho-so/${encodeURIComponent(code)}?da-danh-gia=1`);
}
