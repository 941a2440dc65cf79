"use server";

import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { listDraftFiles } from "@/lib/dossiers/get-own-draft";
import { requiredDocumentIndexes } from "@/lib/dossiers/required-documents";
import { markDraftStep } from "@/lib/dossiers/save-draft-step";
import { loadOwnDraft, stepFailure, type StepState } from "@/lib/dossiers/wizard-step";
import { wizardUrl } from "@/lib/dossiers/wizard-url";

/** Step 3: on to the review once every required document is uploaded. */
export async function continueDocuments(_previous: StepState, data: FormData): Promise<StepState> {
  const { user, db, draft, service } = await loadOwnDraft(data);
  const uploaded = new Set((await listDraftFiles(db, draft.id)).map((f) => f.documentIndex));
  const errors: Record<string, string> = {};
  for (const index of requiredDocumentIndexes(service.documents, Boolean(draft.applicant?.onBehalfOf))) {
    if (!uploaded.has(index)) errors[`doc-${index}`] = "validation.submission.missingDocument";
  }
  if (Object.keys(errors).length) return stepFailure(errors, {});
  await markDraftStep(db, user.id, draft, 4);
  return redirectInLocale(wizardUrl(service.code, draft.id, 4));
}
