"use server";

import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { saveDraftForm } from "@/lib/dossiers/save-draft-step";
import { loadOwnDraft, stepFailure, type StepState } from "@/lib/dossiers/wizard-step";
import { wizardUrl } from "@/lib/dossiers/wizard-url";
import { formDataToValues } from "@/lib/forms/build-form-schema";

/** Step 2: the service's own form. */
export async function saveFormStep(_previous: StepState, data: FormData): Promise<StepState> {
  const { user, db, draft, service } = await loadOwnDraft(data);
  const input = formDataToValues(service.formDefinition, data);
  const result = await saveDraftForm(db, user.id, draft, service, input);
  if (!result.ok) {
    const values = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v === false ? "" : String(v)]));
    return stepFailure(result.errors, values);
  }
  return redirectInLocale(wizardUrl(service.code, draft.id, 3));
}
