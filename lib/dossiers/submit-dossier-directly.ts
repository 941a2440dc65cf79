import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { inputString } from "@/lib/validation/boundary-schemas";
import type { Database, DatabaseOrTransaction } from "@/db/client";
import { dossierDrafts, dossiers } from "@/db/schema";
import { buildFormSchema, fieldErrors, submissionFieldMessages as m } from "@/lib/forms/build-form-schema";
import { applicantFromStep, applicantStepSchema, stepFromApplicant } from "./applicant-schema";
import { applicantFromAccount } from "./create-draft";
import { checkFilingRights, type FilingRefusal } from "./filing-rights";
import { getSubmissionService } from "./get-submission-service";
import { insertDossier } from "./insert-dossier";
import { resolveReceivingUnit } from "./receiving-units";
import { findSubmittedDossier, type SubmittedDossier } from "./submitted-dossier";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";

/**
 * One-shot submission for integrators (POST /api/v1/dossiers): no draft, no uploads. The documents the
 * service requires are recorded as not handed in (history data `missingDocuments`); the receiving unit
 * asks for them at receipt. The Idempotency-Key is stored as source_draft_id, so a retry returns the
 * same dossier.
 */

const personSchema = z.object({
  fullName: inputString().optional(),
  idNumber: inputString().optional(),
  dateOfBirth: inputString().optional(),
  phone: inputString().optional(),
  email: inputString().optional(),
  address: inputString().optional(),
  relationship: inputString().optional(),
});

const directSubmissionSchema = z.object({
  serviceCode: inputString().trim().min(1, m.required).max(60),
  receivingUnitCode: inputString().trim().max(20).optional(),
  applicant: personSchema.extend({ onBehalfOf: personSchema.nullable().optional() }).optional(),
  formData: z.record(inputString(), z.unknown()).default({}),
  /** The applicant's language (docs/i18n.md): their mail and receipt slip. Vietnamese unless "en". */
  locale: z.enum(LOCALES, { error: "validation.submission.locale" }).default(DEFAULT_LOCALE),
});

export type DirectSubmitResult =
  | { ok: true; created: boolean; dossier: SubmittedDossier }
  | { ok: false; reason: "invalid"; errors: Record<string, string> }
  | { ok: false; reason: "forbidden"; refusal: FilingRefusal }
  | { ok: false; reason: "idempotency_conflict" };

const BEHALF_NAMES: Record<string, string> = {
  behalfFullName: "onBehalfOf.fullName",
  behalfIdNumber: "onBehalfOf.idNumber",
  behalfDateOfBirth: "onBehalfOf.dateOfBirth",
  behalfPhone: "onBehalfOf.phone",
  behalfAddress: "onBehalfOf.address",
  behalfRelationship: "onBehalfOf.relationship",
};

/**
 * `idempotencyKey`: the client's Idempotency-Key. Without one the dossier gets a fresh key of its own,
 * which no earlier request can have used, so the lock and the look-up for an earlier dossier are skipped.
 */
export async function submitDossierDirectly(
  db: Database,
  input: { userId: string; idempotencyKey?: string; body: unknown; now?: Date },
): Promise<DirectSubmitResult> {
  const { userId } = input;
  const idempotencyKey = input.idempotencyKey ?? randomUUID();
  const keyFromClient = input.idempotencyKey !== undefined;
  const parsed = directSubmissionSchema.safeParse(input.body);
  if (!parsed.success) return { ok: false, reason: "invalid", errors: fieldErrors(parsed.error) };
  const body = parsed.data;
  // A retry must not be refused because the catalog or the profile changed since the first attempt.
  const refuse = async (errors: Record<string, string>): Promise<DirectSubmitResult> => {
    const earlier = keyFromClient ? await findSubmittedDossier(db, userId, { sourceDraftId: idempotencyKey }) : null;
    return earlier ? { ok: true, created: false, dossier: earlier } : { ok: false, reason: "invalid", errors };
  };

  const service = await getSubmissionService(db, { code: body.serviceCode });
  if (!service) return refuse({ serviceCode: "validation.submission.unknownService" });
  const refusal = await checkFilingRights(db, userId, service.audience);
  if (refusal) return { ok: false, reason: "forbidden", refusal };
  const errors: Record<string, string> = {};
  const unit = await resolveReceivingUnit(db, service, { code: body.receivingUnitCode ?? "" });
  if (!unit) errors.receivingUnitCode = m.unit;
  const given = body.applicant
    ? { ...body.applicant, onBehalfOf: body.applicant.onBehalfOf ? { relationship: "", ...body.applicant.onBehalfOf } : null }
    : await applicantFromAccount(db, userId);
  const applicant = applicantStepSchema.safeParse(stepFromApplicant(given as Parameters<typeof stepFromApplicant>[0]));
  if (!applicant.success) {
    for (const [name, message] of Object.entries(fieldErrors(applicant.error))) errors[`applicant.${BEHALF_NAMES[name] ?? name}`] = message;
  }
  const form = buildFormSchema(service.formDefinition).safeParse(body.formData);
  if (!form.success) for (const [name, message] of Object.entries(fieldErrors(form.error))) errors[`formData.${name}`] = message;
  if (!unit || !applicant.success || !form.success) return refuse(errors);

  const missingDocuments = service.documents.flatMap((d, index) => (d.required ? [index] : []));
  const write = async (tx: DatabaseOrTransaction): Promise<DirectSubmitResult> => {
    const dossier = await insertDossier(tx, {
      userId,
      sourceDraftId: idempotencyKey,
      service,
      unit,
      applicant: applicantFromStep(applicant.data),
      formData: form.data,
      missingDocuments,
      now: input.now ?? workflowNow(),
      locale: body.locale,
    });
    return { ok: true, created: true, dossier };
  };
  // insertDossier is one statement, atomic on its own: with a fresh key there is nothing else to do.
  if (!keyFromClient) return write(db);
  return db.transaction(async (tx): Promise<DirectSubmitResult> => {
    // Same key at the same time (two retries racing): the second waits here, then finds the first.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${idempotencyKey}, 0))`);
    const [used] = await tx
      .select({
        dossierUserId: sql<string | null>`(select ${dossiers.userId} from ${dossiers} where ${dossiers.sourceDraftId} = ${idempotencyKey})`,
        isDraft: sql<boolean>`exists (select 1 from ${dossierDrafts} where ${dossierDrafts.id} = ${idempotencyKey})`,
      })
      .from(sql`(select 1) as one`);
    if (used?.dossierUserId) {
      const mine = used.dossierUserId === userId ? await findSubmittedDossier(tx, userId, { sourceDraftId: idempotencyKey }) : null;
      return mine ? { ok: true, created: false, dossier: mine } : { ok: false, reason: "idempotency_conflict" };
    }
    if (used?.isDraft) return { ok: false, reason: "idempotency_conflict" };
    return write(tx);
  });
}
