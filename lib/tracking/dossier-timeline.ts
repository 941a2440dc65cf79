import { and, asc, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossierHistory } from "@/db/schema";
import { noteForApplicant } from "@/lib/workflow/history-visibility";

export interface TimelineEntry {
  at: Date;
  action: string;
  fromStatus: number | null;
  toStatus: number | null;
  actorKind: string;
  actorName: string;
  /** Only a note written for the applicant (a reason, a request, their own words); otherwise empty. */
  note: string;
}

/**
 * The public steps of a dossier, oldest first: what its applicant and the public lookup may see. Internal
 * entries (proposals, approvals, send-backs, re-assignments) stay in the officers' history.
 */
export async function getPublicTimeline(db: DatabaseOrTransaction, dossierId: string): Promise<TimelineEntry[]> {
  const rows = await db
    .select({
      at: dossierHistory.at,
      action: dossierHistory.action,
      fromStatus: dossierHistory.fromStatus,
      toStatus: dossierHistory.toStatus,
      actorKind: dossierHistory.actorKind,
      actorName: dossierHistory.actorName,
      note: dossierHistory.note,
    })
    .from(dossierHistory)
    .where(and(eq(dossierHistory.dossierId, dossierId), eq(dossierHistory.visibility, "public")))
    .orderBy(asc(dossierHistory.at), asc(dossierHistory.id));
  return rows.map((row) => ({ ...row, note: noteForApplicant(row.action, row.note) }));
}
