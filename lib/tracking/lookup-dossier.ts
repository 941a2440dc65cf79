import { and, eq, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossiers, units } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { statusName } from "./status-names";
import { STATUS } from "@/lib/workflow/statuses";
import { dossierClosure, type ClosureKind } from "./dossier-closure";
import { currentAppointmentColumn, newAppointmentOf } from "@/lib/workflow/current-appointment";
import { getPublicTimeline } from "./dossier-timeline";
import type { LookupInput } from "./lookup-schema";

/**
 * What the public lookup shows: status, the result's facts, how a closed dossier ended, and the public
 * steps in plain words — no personal data (no names, notes, reasons or documents).
 */
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
  /** Status 9/10: the result document's number, signer, signing date (yyyy-mm-dd) and issuing unit. */
  result: { number: string; signer: string; signedOn: string; issuer: string } | null;
  /** Refused, stopped or withdrawn, and when (the reason goes to the applicant only). */
  closure: { kind: ClosureKind; at: string } | null;
  timeline: { at: string; action: string; label: string; status: number | null; statusName: string | null }[];
}

/**
 * Finds a dossier by code AND applicant ID number; null when either is wrong (no hint which). The names
 * (status, steps) are in `locale`: the API's one address answers in Vietnamese.
 */
export async function lookupDossier(db: DatabaseOrTransaction, input: LookupInput, locale: Locale = "vi"): Promise<PublicDossierStatus | null> {
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
      resultNumber: dossiers.resultNumber,
      resultSigner: dossiers.resultSigner,
      resultSignedOn: dossiers.resultSignedOn,
    })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .where(and(eq(dossiers.code, input.code), sql`upper(${dossiers.applicantIdNumber}) = ${input.idNumber}`))
    .limit(1);
  if (!row) return null;
  const timeline = await getPublicTimeline(db, row.id);
  const newAppointment = newAppointmentOf(row.dueAt, row.appointmentAt);
  const finished = row.status === STATUS.PROCESSED || row.status === STATUS.RETURNED;
  const closure = dossierClosure(row.status, timeline);
  const t = translatorFor(locale, "tracking");
  return {
    code: row.code,
    serviceName: row.serviceName,
    unitName: row.unitName,
    status: row.status,
    statusName: statusName(row.status, locale),
    submittedAt: row.submittedAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    newAppointment: newAppointment?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
    result:
      finished && row.resultNumber && row.resultSigner && row.resultSignedOn
        ? { number: row.resultNumber, signer: row.resultSigner, signedOn: row.resultSignedOn, issuer: row.unitName }
        : null,
    closure: closure ? { kind: closure.kind, at: closure.at.toISOString() } : null,
    timeline: timeline
      .filter((entry) => entry.toStatus !== null)
      .map((entry) => ({
        at: entry.at.toISOString(),
        action: entry.action,
        label: t.has(`detail.timelineActions.${entry.action}` as never)
          ? t(`detail.timelineActions.${entry.action}` as never)
          : statusName(entry.toStatus ?? 0, locale),
        status: entry.toStatus,
        statusName: entry.toStatus === null ? null : statusName(entry.toStatus, locale),
      })),
  };
}
