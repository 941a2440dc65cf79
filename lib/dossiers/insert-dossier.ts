import { and, eq, isNull } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossierHistory, dossiers, files, type ApplicantDetails } from "@/db/schema";
import { computeDueDate, receiptDeadline } from "@/lib/calendar";
import { loadCalendar } from "@/lib/calendar/holiday-store";
import type { FormValues } from "@/lib/forms/build-form-schema";
import { submission } from "@/lib/messages/submission";
import { allocateDossierCode } from "./allocate-dossier-code";
import type { SubmissionService } from "./get-submission-service";
import { notifySubmission } from "./notify-submission";
import type { ReceivingUnit } from "./receiving-units";
import type { SubmittedDossier } from "./submitted-dossier";

export const DOSSIER_STATUS_NEW = 1;
export const DOSSIER_STATUS_RECEIVED = 2;
export const CHANNEL_ONLINE = 2;

export interface NewDossier {
  /** The owner's account; null for a counter dossier of someone without an account. */
  userId: string | null;
  /** The draft id, or the API's Idempotency-Key: one dossier per value. */
  sourceDraftId: string;
  /** Attach the files uploaded to this draft. */
  draftId?: string;
  service: SubmissionService;
  unit: ReceivingUnit;
  applicant: ApplicantDetails;
  formData: FormValues;
  /** Indexes of required documents not handed in (API submissions only). */
  missingDocuments?: number[];
  /** 2 online (default); 1 at the counter or 3 by post, registered by a reception officer. */
  channel?: 1 | 2 | 3;
  /** Counter intake: the reception officer receives it at once (status 2, the clock starts). */
  receivedBy?: { id: string; name: string };
  now: Date;
}

/**
 * Writes a submitted dossier inside the caller's transaction: code, dossier row (status 1, channel 2,
 * service version, deadlines from the working-hours clock), its files, the first history entry, the
 * confirmation email (outbox) and the in-app notification. The code is taken last-but-one so the
 * counter row is locked as briefly as possible.
 */
export async function insertDossier(tx: DatabaseOrTransaction, input: NewDossier): Promise<SubmittedDossier> {
  const { service, unit, applicant, now } = input;
  const calendar = await loadCalendar(tx);
  const deadline = receiptDeadline(now, calendar);
  const dueAt = computeDueDate({
    receivedAt: now,
    timeLimit: { value: service.timeLimitValue, unit: service.timeLimitUnit },
    calendar,
  });
  const code = await allocateDossierCode(tx, unit.code, now);
  const channel = input.channel ?? CHANNEL_ONLINE;
  const status = input.receivedBy ? DOSSIER_STATUS_RECEIVED : DOSSIER_STATUS_NEW;
  const [row] = await tx
    .insert(dossiers)
    .values({
      code,
      userId: input.userId,
      sourceDraftId: input.sourceDraftId,
      serviceId: service.id,
      serviceVersion: service.version,
      serviceCode: service.code,
      serviceName: service.name,
      unitId: unit.id,
      status,
      channel,
      receivedAt: input.receivedBy ? now : null,
      applicant,
      applicantName: applicant.fullName,
      applicantIdNumber: applicant.idNumber,
      formData: input.formData,
      submittedAt: now,
      receiptDeadline: deadline,
      dueAt,
    })
    .returning({ id: dossiers.id });
  if (!row) throw new Error("dossiers insert returned no row");
  if (input.draftId && input.userId) {
    await tx
      .update(files)
      .set({ dossierId: row.id })
      .where(and(eq(files.draftId, input.draftId), eq(files.ownerUserId, input.userId), isNull(files.dossierId)));
  }
  await tx.insert(dossierHistory).values({
    dossierId: row.id,
    at: now,
    actorUserId: input.receivedBy?.id ?? input.userId,
    actorKind: input.receivedBy ? "officer" : "citizen",
    actorName: input.receivedBy?.name ?? applicant.fullName,
    action: input.receivedBy ? "register-counter" : "submit",
    fromStatus: null,
    toStatus: status,
    note: input.receivedBy ? submission.history.counter(channel) : submission.history.submit,
    data: input.missingDocuments?.length ? { channel, missingDocuments: input.missingDocuments } : { channel },
  });
  const dossier: SubmittedDossier = {
    id: row.id,
    code,
    status,
    serviceCode: service.code,
    serviceName: service.name,
    mode: service.mode,
    unit: { code: unit.code, name: unit.name },
    applicantName: applicant.fullName,
    applicantEmail: applicant.email,
    submittedAt: now,
    receiptDeadline: deadline,
    dueAt,
  };
  await notifySubmission(tx, input.userId, dossier);
  return dossier;
}
