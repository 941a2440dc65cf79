import type { DatabaseOrTransaction } from "@/db/client";
import type { ApplicantDetails } from "@/lib/dossiers/applicant-details";
import { buildFormSchema, type FormValues } from "@/lib/forms/build-form-schema";
import { submissionFieldMessages as m } from "@/lib/forms/build-form-schema";
import { fieldMessage } from "@/lib/forms/field-message";
import { applicantStepSchema, stepFromApplicant } from "./applicant-schema";
import { listDraftFiles, type Draft } from "./get-own-draft";
import type { SubmissionService } from "./get-submission-service";
import { requiredDocumentIndexes } from "./required-documents";
import { resolveReceivingUnit, type ReceivingUnit } from "./receiving-units";

export interface DraftProblem {
  step: 1 | 2 | 3;
  message: string;
}

export type DraftCheck =
  { ok: true; applicant: ApplicantDetails; unit: ReceivingUnit; formData: FormValues } | { ok: false; problems: DraftProblem[] };

/** Everything submission needs, checked again on the server: applicant, unit, form, required documents. */
export async function checkDraft(db: DatabaseOrTransaction, draft: Draft, service: SubmissionService): Promise<DraftCheck> {
  const problems: DraftProblem[] = [];
  const applicant = draft.applicant ? applicantStepSchema.safeParse(stepFromApplicant(draft.applicant)) : null;
  if (!applicant?.success) problems.push({ step: 1, message: "validation.submission.incompleteApplicant" });
  const unit = await resolveReceivingUnit(db, service, { id: draft.receivingUnitId });
  if (!unit) problems.push({ step: 1, message: m.unit });
  const form = buildFormSchema(service.formDefinition).safeParse(draft.formData);
  if (!form.success) problems.push({ step: 2, message: "validation.submission.incompleteForm" });
  const uploaded = new Set((await listDraftFiles(db, draft.id)).map((f) => f.documentIndex));
  const required = requiredDocumentIndexes(service.documents, Boolean(draft.applicant?.onBehalfOf));
  const missing = required.filter((index) => !uploaded.has(index)).map((index) => service.documents[index]?.name ?? "");
  if (missing.length) problems.push({ step: 3, message: fieldMessage("validation.submission.incompleteDocuments", { names: missing.join("; ") }) });
  if (problems.length || !draft.applicant || !unit || !form.success) return { ok: false, problems };
  return { ok: true, applicant: draft.applicant, unit, formData: form.data };
}
