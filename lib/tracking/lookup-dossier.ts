import { and, eq, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossiers, units } from "@/db/schema";
import { statusName } from "@/lib/messages/tracking";
import { currentAppointmentColumn, newAppointmentOf } from "@/lib/workflow/current-appointment";
import { getDossierTimeline } from "./dossier-timeline";
import type { LookupInput } from "./lookup-schema";

/** What the public lookup shows: status and timeline, no personal data (no names, notes or documents). */
export interface PublicDossierStatus {
  code: string;
  serviceName: string;
  unitName: string;
  status: number;
  statusName: string;
  submittedAt: string;
  dueAt: string;
  /** The date the latest apology (Mẫu 04) set, when there was one. */
  newAppointment: string | null;
  completedAt: string | null;
  timeline: { at: string; status: number | null; statusName: string | null }[];
}

/** Finds a dossier by code AND applicant ID number; null when either is wrong (no hint which). */
export async function lookupDossier(db: DatabaseOrTransaction, input: LookupInput): Promise<PublicDossierStatus | null> {
  const [row] = await db
    .select({
      id: dossiers.id,
      code: dossiers.code,
      serviceName: dossiers.serviceName,
      unitName: units.name,
      status: dossiers.status,
      submittedAt: dossiers.submittedAt,
      dueAt: dossiers.dueAt,
      appointmentAt: currentAppointmentColumn(),
      completedAt: dossiers.completedAt,
    })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .where(and(eq(dossiers.code, input.code), sql`upper(${dossiers.applicantIdNumber}) = ${input.idNumber}`))
    .limit(1);
  if (!row) return null;
  const timeline = await getDossierTimeline(db, row.id);
  const newAppointment = newAppointmentOf(row.dueAt, row.appointmentAt);
  return {
    code: row.code,
    serviceName: row.serviceName,
    unitName: row.unitName,
    status: row.status,
    statusName: statusName(row.status),
    submittedAt: row.submittedAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    newAppointment: newAppointment?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
    timeline: timeline
      .filter((entry) => entry.toStatus !== null)
      .map((entry) => ({
        at: entry.at.toISOString(),
        status: entry.toStatus,
        statusName: entry.toStatus === null ? null : statusName(entry.toStatus),
      })),
  };
}
