import { asc, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossierHistory } from "@/db/schema";

export interface TimelineEntry {
  at: Date;
  action: string;
  fromStatus: number | null;
  toStatus: number | null;
  actorKind: string;
  actorName: string;
  note: string;
}

/** Every history entry of a dossier, oldest first (the table is append-only, so this is the full record). */
export async function getDossierTimeline(db: DatabaseOrTransaction, dossierId: string): Promise<TimelineEntry[]> {
  return db
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
    .where(eq(dossierHistory.dossierId, dossierId))
    .orderBy(asc(dossierHistory.at), asc(dossierHistory.id));
}
