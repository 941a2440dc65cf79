import { and, asc, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossierRatings, dossiers, files, units } from "@/db/schema";
import { citizenVisibleFile } from "./citizen-visible-files";
import { listDossierAccess } from "@/lib/officers/get-officer-dossier";
import { currentAppointmentColumn, newAppointmentOf } from "@/lib/workflow/current-appointment";
import { getDossierTimeline, type TimelineEntry } from "./dossier-timeline";
import type { DossierChannel, DossierStatus } from "@/lib/workflow/statuses";

export interface OwnDossierFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  purpose: string;
  documentIndex: number | null;
}

export interface OwnDossier {
  id: string;
  code: string;
  serviceCode: string;
  serviceName: string;
  unitName: string;
  status: DossierStatus;
  channel: DossierChannel;
  applicantName: string;
  applicantIdNumber: string;
  submittedAt: Date;
  receiptDeadline: Date;
  dueAt: Date;
  completedAt: Date | null;
  /** The date the latest apology (Mẫu 04) set; null when there was none. */
  newAppointment: Date | null;
  /** A partial service's result handed over at the counter, and when. */
  handoverRecordedAt: Date | null;
  /** Optimistic-locking version, sent back with the citizen's actions (withdraw, supplement). */
  version: number;
  withdrawalRequested: boolean;
  rated: boolean;
  /** Which units opened the dossier and when. */
  access: { unitName: string; at: Date }[];
  timeline: TimelineEntry[];
  files: OwnDossierFile[];
}

/** The user's own dossier with its timeline and files; null for an unknown code or someone else's dossier. */
export async function getOwnDossier(db: DatabaseOrTransaction, userId: string, code: string): Promise<OwnDossier | null> {
  const [row] = await db
    .select({
      id: dossiers.id,
      code: dossiers.code,
      serviceCode: dossiers.serviceCode,
      serviceName: dossiers.serviceName,
      unitName: units.name,
      status: dossiers.status,
      channel: dossiers.channel,
      applicantName: dossiers.applicantName,
      applicantIdNumber: dossiers.applicantIdNumber,
      submittedAt: dossiers.submittedAt,
      receiptDeadline: dossiers.receiptDeadline,
      dueAt: dossiers.dueAt,
      appointmentAt: currentAppointmentColumn(),
      completedAt: dossiers.completedAt,
      version: dossiers.version,
      withdrawalRequestedAt: dossiers.withdrawalRequestedAt,
      handoverRecordedAt: dossiers.handoverRecordedAt,
    })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .where(and(eq(dossiers.code, code.trim().toUpperCase()), eq(dossiers.userId, userId)))
    .limit(1);
  if (!row) return null;
  const [timeline, dossierFiles, access, ratings] = await Promise.all([
    getDossierTimeline(db, row.id),
    db
      .select({
        id: files.id,
        fileName: files.fileName,
        contentType: files.contentType,
        size: files.size,
        purpose: files.purpose,
        documentIndex: files.documentIndex,
      })
      .from(files)
      .innerJoin(dossiers, eq(dossiers.id, files.dossierId))
      .where(and(eq(files.dossierId, row.id), citizenVisibleFile))
      .orderBy(asc(files.documentIndex), asc(files.createdAt)),
    listDossierAccess(db, row.id),
    db.select({ dossierId: dossierRatings.dossierId }).from(dossierRatings).where(eq(dossierRatings.dossierId, row.id)).limit(1),
  ]);
  const { withdrawalRequestedAt, appointmentAt, ...rest } = row;
  return { ...rest, newAppointment: newAppointmentOf(row.dueAt, appointmentAt), withdrawalRequested: withdrawalRequestedAt !== null, rated: ratings.length > 0, access, timeline, files: dossierFiles };
}
