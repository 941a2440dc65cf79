import { and, asc, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossiers, files, units } from "@/db/schema";
import { getDossierTimeline, type TimelineEntry } from "./dossier-timeline";

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
  status: number;
  channel: number;
  applicantName: string;
  submittedAt: Date;
  receiptDeadline: Date;
  dueAt: Date;
  completedAt: Date | null;
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
      submittedAt: dossiers.submittedAt,
      receiptDeadline: dossiers.receiptDeadline,
      dueAt: dossiers.dueAt,
      completedAt: dossiers.completedAt,
    })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .where(and(eq(dossiers.code, code.trim().toUpperCase()), eq(dossiers.userId, userId)))
    .limit(1);
  if (!row) return null;
  const [timeline, dossierFiles] = await Promise.all([
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
      .where(eq(files.dossierId, row.id))
      .orderBy(asc(files.documentIndex), asc(files.createdAt)),
  ]);
  return { ...row, timeline, files: dossierFiles };
}
