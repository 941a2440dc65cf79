import { and, asc, desc, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossierDrafts, files } from "@/db/schema";
import { isUuid } from "@/lib/security/is-uuid";

export type Draft = typeof dossierDrafts.$inferSelect;

export interface DraftFile {
  id: string;
  documentIndex: number | null;
  fileName: string;
  contentType: string;
  size: number;
  createdAt: Date;
}

/** The user's own draft, or null (also for another user's draft id or a malformed id). */
export async function getOwnDraft(db: DatabaseOrTransaction, userId: string, draftId: string | null | undefined): Promise<Draft | null> {
  if (!isUuid(draftId)) return null;
  const [draft] = await db
    .select()
    .from(dossierDrafts)
    .where(and(eq(dossierDrafts.id, draftId), eq(dossierDrafts.userId, userId)))
    .limit(1);
  return draft ?? null;
}

export async function listDraftFiles(db: DatabaseOrTransaction, draftId: string): Promise<DraftFile[]> {
  return db
    .select({
      id: files.id,
      documentIndex: files.documentIndex,
      fileName: files.fileName,
      contentType: files.contentType,
      size: files.size,
      createdAt: files.createdAt,
    })
    .from(files)
    .where(eq(files.draftId, draftId))
    .orderBy(asc(files.createdAt));
}

/** The user's unfinished drafts of one service, newest first (to resume on the wizard's start page). */
export async function listOwnDraftsOfService(db: DatabaseOrTransaction, userId: string, serviceId: number) {
  return db
    .select({ id: dossierDrafts.id, step: dossierDrafts.step, updatedAt: dossierDrafts.updatedAt })
    .from(dossierDrafts)
    .where(and(eq(dossierDrafts.userId, userId), eq(dossierDrafts.serviceId, serviceId)))
    .orderBy(desc(dossierDrafts.updatedAt))
    .limit(5);
}
