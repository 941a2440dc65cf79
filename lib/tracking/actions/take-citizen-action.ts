"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { citizenActionSchema, type CitizenFormState } from "@/lib/dossiers/citizen-action-schema";
import { applyCitizenAction } from "@/lib/tracking/apply-citizen-action";
import { WorkflowError } from "@/lib/workflow/workflow-error";

const fail = (message: string): CitizenFormState => ({ ok: false, message, fieldErrors: {} });

/** The citizen's answers on /ho-so/[code]: supplementation, withdrawal. Only the owner's dossier. */
export async function takeCitizenAction(_: CitizenFormState, formData: FormData): Promise<CitizenFormState> {
  const code = String(formData.get("code") ?? "");
  const user = await requireUser(`/ho-so/${encodeURIComponent(code)}`);
  const t = await getTranslations("tracking.citizenAction");
  const parsed = citizenActionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(t("checkInput"));
  try {
    await applyCitizenAction(await getDb(), user, parsed.data);
  } catch (error) {
    if (error instanceof WorkflowError) return fail(error.textIn(await getLocale()));
    console.error("citizen action failed", error);
    return fail(t("failed"));
  }
  return redirectInLocale(`/ho-so/${encodeURIComponent(parsed.data.code)}?da-gui=${parsed.data.action}`);
}
