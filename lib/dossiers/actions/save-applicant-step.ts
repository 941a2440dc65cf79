"use server";

import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { APPLICANT_FIELDS } from "@/lib/dossiers/applicant-schema";
import { saveDraftApplicant } from "@/lib/dossiers/save-draft-step";
import { formText, loadOwnDraft, stepFailure, type StepState } from "@/lib/dossiers/wizard-step";
import { wizardUrl } from "@/lib/dossiers/wizard-url";

/** Step 1: the applicant. */
export async function saveApplicantStep(_previous: StepState, data: FormData): Promise<StepState> {
  const { user, db, draft, service } = await loadOwnDraft(data);
  const values: Record<string, string> = {};
  for (const name of APPLICANT_FIELDS) values[name] = formText(data, name);
  const result = await saveDraftApplicant(db, user.id, draft, service, values);
  if (!result.ok) return stepFailure(result.errors, values);
  return redirectInLocale(wizardUrl(service.code, draft.id, 2));
}
