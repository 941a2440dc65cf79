import { and, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossiers, services, units } from "@/db/schema";
import type { Mode } from "@/lib/catalog/service-schema";

/** What the confirmation page, the API and the email say about a dossier just submitted. */
export interface SubmittedDossier {
  id: string;
  code: string;
  status: number;
  serviceCode: string;
  serviceName: string;
  mode: Mode;
  unit: { code: string; name: string };
  applicantName: string;
  applicantEmail: string;
  submittedAt: Date;
  receiptDeadline: Date;
  dueAt: Date;
}

/** The user's own dossier by code, source draft or id; null for another user's (never tell them apart). */
export async function findSubmittedDossier(
  db: DatabaseOrTransaction,
  userId: string,
  by: { code: string } | { sourceDraftId: string },
): Promise<SubmittedDossier | null> {
  const [row] = await db
    .select({ dossier: dossiers, mode: services.mode, unitCode: units.code, unitName: units.name })
    .from(dossiers)
    .innerJoin(services, eq(services.id, dossiers.serviceId))
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .where(and("code" in by ? eq(dossiers.code, by.code) : eq(dossiers.sourceDraftId, by.sourceDraftId), eq(dossiers.userId, userId)))
    .limit(1);
  if (!row) return null;
  const d = row.dossier;
  return {
    id: d.id,
    code: d.code,
    status: d.status,
    serviceCode: d.serviceCode,
    serviceName: d.serviceName,
    mode: row.mode,
    unit: { code: row.unitCode, name: row.unitName },
    applicantName: d.applicantName,
    applicantEmail: d.applicant.email,
    submittedAt: d.submittedAt,
    receiptDeadline: d.receiptDeadline,
    dueAt: d.dueAt,
  };
}
