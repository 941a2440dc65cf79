import { and, eq, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossierDrafts } from "@/db/schema";
import { buildFormSchema, fieldErrors, submissionFieldMessages, type FormValues } from "@/lib/forms/build-form-schema";
import { applicantFromStep, applicantStepSchema } from "./applicant-schema";
import type { Draft } from "./get-own-draft";
import type { SubmissionService } from "./get-submission-service";
import { parseBoundary, unitCodeSchema } from "@/lib/validation/boundary-schemas";
import { needsUnitChoice, resolveReceivingUnit } from "./receiving-units";

export type SaveResult = { ok: true } | { ok: false; errors: Record<string, string> };

async function touch(db: DatabaseOrTransaction, draft: Draft, userId: string, values: Partial<typeof dossierDrafts.$inferInsert>, reached: number) {
  await db
    .update(dossierDrafts)
    .set({ ...values, step: sql`greatest(${dossierDrafts.step}, ${reached})`, updatedAt: new Date() })
    .where(and(eq(dossierDrafts.id, draft.id), eq(dossierDrafts.userId, userId)));
}

/** Step 1: validates the applicant (and the receiving unit) and saves them on the draft. */
export async function saveDraftApplicant(
  db: DatabaseOrTransaction,
  userId: string,
  draft: Draft,
  service: SubmissionService,
  input: Record<string, unknown>,
): Promise<SaveResult> {
  const parsed = applicantStepSchema.safeParse(input);
  const errors = parsed.success ? {} : fieldErrors(parsed.error);
  let unitId: number | null = service.agency.id;
  if (needsUnitChoice(service)) {
    const code = parseBoundary(unitCodeSchema, input.receivingUnitCode as string | undefined);
    const unit = code ? await resolveReceivingUnit(db, service, { code }) : null;
    if (!unit) errors.receivingUnitCode = submissionFieldMessages.unit;
    unitId = unit?.id ?? null;
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  await touch(db, draft, userId, { applicant: applicantFromStep(parsed.data), receivingUnitId: unitId }, 2);
  return { ok: true };
}

/** Step 2: validates the service's form with the schema built from its definition and saves it. */
export async function saveDraftForm(
  db: DatabaseOrTransaction,
  userId: string,
  draft: Draft,
  service: SubmissionService,
  input: Record<string, unknown>,
): Promise<SaveResult> {
  const parsed = buildFormSchema(service.formDefinition).safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const formData: FormValues = parsed.data;
  await touch(db, draft, userId, { formData }, 3);
  return { ok: true };
}

/** Step 3 has nothing to validate on "continue" (files are saved as they are uploaded); it records progress. */
export async function markDraftStep(db: DatabaseOrTransaction, userId: string, draft: Draft, reached: number): Promise<void> {
  await touch(db, draft, userId, {}, reached);
}
