"use server";

import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { createDraft } from "@/lib/dossiers/create-draft";
import { checkFilingRights } from "@/lib/dossiers/filing-rights";
import { getSubmissionService } from "@/lib/dossiers/get-submission-service";
import { serviceCodeOf } from "@/lib/dossiers/wizard-step";
import { wizardUrl } from "@/lib/dossiers/wizard-url";

/** "Bắt đầu" on the wizard's start page: a new draft for the signed-in user, who may file for this service. */
export async function startDraft(data: FormData): Promise<void> {
  const serviceCode = await serviceCodeOf(data);
  const user = await requireUser(wizardUrl(serviceCode));
  const db = await getDb();
  const service = await getSubmissionService(db, { code: serviceCode });
  if (!service) return redirectInLocale("/thu-tuc");
  // The start page shows the refusal instead of the button; a forged post lands there too.
  if (await checkFilingRights(db, user.id, service.audience)) return redirectInLocale(wizardUrl(service.code));
  const draftId = await createDraft(db, user.id, service);
  await redirectInLocale(wizardUrl(service.code, draftId, 1));
}
