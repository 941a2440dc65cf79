import { and, asc, eq, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossierRatings, dossiers, files, serviceVersions, units } from "@/db/schema";
import { citizenVisibleFile } from "./citizen-visible-files";
import { listDossierAccess } from "@/lib/officers/get-officer-dossier";
import { currentAppointmentColumn, newAppointmentOf } from "@/lib/workflow/current-appointment";
import { dossierClosure, type DossierClosure } from "./dossier-closure";
import { getPublicTimeline, type TimelineEntry } from "./dossier-timeline";
import { STATUS, type DossierChannel, type DossierStatus } from "@/lib/workflow/statuses";

export interface OwnDossierFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  purpose: string;
  documentIndex: number | null;
}

/** The result document of a processed dossier (status 9 or 10), as the applicant reads it. */
export interface DossierResult {
  number: string;
  signer: string;
  /** yyyy-mm-dd */
  signedOn: string;
  /** The unit that settled the dossier and issues the result. */
  issuer: string;
  /** The signed file, once the result is returned (status 10); null before, or when there is none. */
  file: OwnDossierFile | null;
}

export interface OwnDossier {
  id: string;
  code: string;
  serviceCode: string;
  serviceName: string;
  unitName: string;
  unitAddress: string;
  /** Full-process service (toàn trình): the result is electronic; otherwise it is collected in person. */
  fullyOnline: boolean;
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
  /** What the applicant handed in (documents and supplementation), never the result. */
  files: OwnDossierFile[];
  result: DossierResult | null;
  /** Refused, stopped or withdrawn: what happened, when and why. */
  closure: DossierClosure | null;
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
      unitAddress: units.address,
      mode: sql<string>`${serviceVersions.content}->>'mode'`,
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
      resultNumber: dossiers.resultNumber,
      resultSigner: dossiers.resultSigner,
      resultSignedOn: dossiers.resultSignedOn,
      resultFileId: dossiers.resultFileId,
    })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .innerJoin(serviceVersions, and(eq(serviceVersions.serviceId, dossiers.serviceId), eq(serviceVersions.version, dossiers.serviceVersion)))
    .where(and(eq(dossiers.code, code.trim().toUpperCase()), eq(dossiers.userId, userId)))
    .limit(1);
  if (!row) return null;
  const [timeline, dossierFiles, access, ratings] = await Promise.all([
    getPublicTimeline(db, row.id),
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
  const { withdrawalRequestedAt, appointmentAt, mode, resultNumber, resultSigner, resultSignedOn, resultFileId, ...rest } = row;
  const hasResult = (row.status === STATUS.PROCESSED || row.status === STATUS.RETURNED) && resultNumber && resultSigner && resultSignedOn;
  return {
    ...rest,
    fullyOnline: mode === "toan-trinh",
    newAppointment: newAppointmentOf(row.dueAt, appointmentAt),
    withdrawalRequested: withdrawalRequestedAt !== null,
    rated: ratings.length > 0,
    access,
    timeline,
    files: dossierFiles.filter((file) => file.id !== resultFileId),
    result: hasResult
      ? {
          number: resultNumber,
          signer: resultSigner,
          signedOn: resultSignedOn,
          issuer: row.unitName,
          file: dossierFiles.find((file) => file.id === resultFileId) ?? null,
        }
      : null,
    closure: dossierClosure(row.status, timeline),
  };
}
