import { and, asc, eq, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossierHistory, dossiers } from "@/db/schema";

/**
 * The appointment a dossier is held to now (docs/domain.md#overdue): the legal due date, until an apology (Mẫu 04)
 * sets a new one. The new date lives in the apology's history entry; `dossiers.due_at` keeps the legal
 * due date, which the statistics measure against. A late period ends when a new appointment is set, so
 * a second apology (and a second overdue reminder) waits until that date has passed too.
 */

export interface Apology {
  at: Date;
  newAppointment: Date | null;
}

/** The latest apology's new date, or the due date when there is none. */
export function currentAppointment(dueAt: Date, apologies: readonly Apology[]): Date {
  for (let i = apologies.length - 1; i >= 0; i--) {
    const date = apologies[i]!.newAppointment;
    if (date) return date;
  }
  return dueAt;
}

/** A dossier's apologies, oldest first, from its history entries. */
export function apologiesFromHistory(history: readonly { action: string; at: Date; data: Record<string, unknown> }[]): Apology[] {
  return history
    .filter((h) => h.action === "record-apology")
    .map((h) => ({ at: h.at, newAppointment: typeof h.data.newAppointment === "string" ? new Date(h.data.newAppointment) : null }));
}

export async function listApologies(db: DatabaseOrTransaction, dossierId: string): Promise<Apology[]> {
  const rows = await db
    .select({ action: dossierHistory.action, at: dossierHistory.at, data: dossierHistory.data })
    .from(dossierHistory)
    .where(and(eq(dossierHistory.dossierId, dossierId), eq(dossierHistory.action, "record-apology")))
    .orderBy(asc(dossierHistory.id));
  return apologiesFromHistory(rows);
}

/** `currentAppointment` in SQL, for the dossier of the outer query (the overdue scan, the citizen's pages). */
export const currentAppointmentSql = sql`coalesce((
  select (h.data->>'newAppointment')::timestamptz from ${dossierHistory} h
  where h.dossier_id = ${dossiers.id} and h.action = 'record-apology' and h.data ? 'newAppointment'
  order by h.id desc limit 1
), ${dossiers.dueAt})`;

/** `currentAppointmentSql` as a selected column, read as a Date like `dossiers.due_at`. */
export const currentAppointmentColumn = () => currentAppointmentSql.mapWith(dossiers.dueAt);

/** The new appointment an apology set, or null while the dossier is held to its due date. */
export function newAppointmentOf(dueAt: Date, appointmentAt: Date): Date | null {
  return appointmentAt.getTime() === dueAt.getTime() ? null : appointmentAt;
}
