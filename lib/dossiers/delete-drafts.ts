import { and, inArray, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossierDrafts, files } from "@/db/schema";
import type { StoredFiles } from "@/lib/storage/stored-files";

/**
 * Deletes drafts and the files uploaded to them (rows in one transaction, then the stored bytes).
 * Files already attached to a dossier are never touched. Returns how many drafts were deleted.
 */
export async function deleteDrafts(db: Database, storage: Pick<StoredFiles, "delete">, draftIds: string[]): Promise<number> {
  if (draftIds.length === 0) return 0;
  const { deleted, keys } = await db.transaction(async (tx) => {
    const removedFiles = await tx
      .delete(files)
      .where(and(inArray(files.draftId, draftIds), isNull(files.dossierId)))
      .returning({ storageKey: files.storageKey });
    const removedDrafts = await tx.delete(dossierDrafts).where(inArray(dossierDrafts.id, draftIds)).returning({ id: dossierDrafts.id });
    return { deleted: removedDrafts.length, keys: removedFiles.map((f) => f.storageKey) };
  });
  // After the commit: a crash here leaves orphan bytes (harmless), never a row pointing at nothing.
  for (const key of keys) {
    try {
      await storage.delete(key);
    } catch (error) {
      console.error("Could not delete stored file", key, error);
    }
  }
  return deleted;
}
