"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { APPLICANT_FIELDS } from "@/lib/dossiers/applicant-schema";
import { createDraft } from "@/lib/dossiers/create-draft";
import { checkFilingRights, filingRefusalMessage } from "@/lib/dossiers/filing-rights";
import { getOwnDraft, listDraftFiles } from "@/lib/dossiers/get-own-draft";
import { getSubmissionService } from "@/lib/dossiers/get-submission-service";
import { requiredDocumentIndexes } from "@/lib/dossiers/required-documents";
import { removeDraftFile } from "@/lib/dossiers/remove-draft-file";
import { markDraftStep, saveDraftApplicant, saveDraftForm } from "@/lib/dossiers/save-draft-step";
import { submitDossier } from "@/lib/dossiers/submit-dossier";
import { confirmationUrl, wizardUrl } from "@/lib/dossiers/wizard-url";
import { formDataToValues } from "@/lib/forms/build-form-schema";
import { submission } from "@/lib/messages/submission";
import { getStorage } from "@/lib/storage/get-storage";

/** What a step form gets back when it is not accepted: messages by field, and what was entered. */
export interface StepState {
  errors: Record<string, string>;
  values: Record<string, string>;
  /** Bumped on every answer, so the form can move focus to the error summary. */
  at: number;
}

const text = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === "string" ? value : "";
};

/** The signed-in owner's draft and its service, or a redirect to the wizard's start. */
async function loadOwnDraft(data: FormData) {
  const serviceCode = text(data, "serviceCode");
  const user = await requireUser(wizardUrl(serviceCode));
  const db = await getDb();
  const draft = await getOwnDraft(db, user.id, text(data, "draftId"));
  const service = draft ? await getSubmissionService(db, { id: draft.serviceId }) : null;
  if (!draft || !service) redirect(wizardUrl(serviceCode, undefined, undefined, { loi: "khong-tim-thay" }));
  return { user, db, draft, service };
}

function failure(errors: Record<string, string>, values: Record<string, string>): StepState {
  return { errors, values, at: Date.now() };
}

export async function startDraft(data: FormData): Promise<void> {
  const serviceCode = text(data, "serviceCode");
  const user = await requireUser(wizardUrl(serviceCode));
  const db = await getDb();
  const service = await getSubmissionService(db, { code: serviceCode });
  if (!service) redirect(`/thu-tuc`);
  // The start page shows the refusal instead of the button; a forged post lands there too.
  if (await checkFilingRights(db, user.id, service.audience)) redirect(wizardUrl(service.code));
  const draftId = await createDraft(db, user.id, service);
  redirect(wizardUrl(service.code, draftId, 1));
}

export async function saveApplicantStep(_previous: StepState, data: FormData): Promise<StepState> {
  const { user, db, draft, service } = await loadOwnDraft(data);
  const values: Record<string, string> = {};
  for (const name of APPLICANT_FIELDS) values[name] = text(data, name);
  const result = await saveDraftApplicant(db, user.id, draft, service, values);
  if (!result.ok) return failure(result.errors, values);
  redirect(wizardUrl(service.code, draft.id, 2));
}

export async function saveFormStep(_previous: StepState, data: FormData): Promise<StepState> {
  const { user, db, draft, service } = await loadOwnDraft(data);
  const input = formDataToValues(service.formDefinition, data);
  const result = await saveDraftForm(db, user.id, draft, service, input);
  if (!result.ok) {
    const values = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v === false ? "" : String(v)]));
    return failure(result.errors, values);
  }
  redirect(wizardUrl(service.code, draft.id, 3));
}

export async function continueDocuments(_previous: StepState, data: FormData): Promise<StepState> {
  const { user, db, draft, service } = await loadOwnDraft(data);
  const uploaded = new Set((await listDraftFiles(db, draft.id)).map((f) => f.documentIndex));
  const errors: Record<string, string> = {};
  for (const index of requiredDocumentIndexes(service.documents, Boolean(draft.applicant?.onBehalfOf))) {
    if (!uploaded.has(index)) errors[`doc-${index}`] = submission.documents.missingRequired;
  }
  if (Object.keys(errors).length) return failure(errors, {});
  await markDraftStep(db, user.id, draft, 4);
  redirect(wizardUrl(service.code, draft.id, 4));
}

export async function removeFile(data: FormData): Promise<void> {
  const { user, db, draft, service } = await loadOwnDraft(data);
  const removed = await removeDraftFile(db, getStorage(), { userId: user.id, draftId: draft.id, fileId: text(data, "fileId") });
  redirect(wizardUrl(service.code, draft.id, 3, { "ket-qua": removed ? "removed" : "not_found" }));
}

export async function submitDraft(_previous: StepState, data: FormData): Promise<StepState> {
  const serviceCode = text(data, "serviceCode");
  const user = await requireUser(wizardUrl(serviceCode));
  if (data.get("declaration") !== "on") return failure({ declaration: submission.incomplete.declaration }, {});
  const result = await submitDossier(await getDb(), { userId: user.id, draftId: text(data, "draftId") });
  if (result.ok) redirect(confirmationUrl(result.dossier.serviceCode, result.dossier.code));
  if (result.reason === "not_found") return failure({ _: submission.draftNotFound }, {});
  if (result.reason === "forbidden") return failure({ _: filingRefusalMessage(result.refusal) }, {});
  return failure(Object.fromEntries(result.problems.map((p, i) => [`step-${p.step}-${i}`, p.message])), {});
}
