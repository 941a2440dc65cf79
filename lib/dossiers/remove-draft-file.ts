import { and, eq, isNull } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { files } from "@/db/schema";
import type { FileStorage } from "@/lib/storage/file-storage";
import { isUuid } from "@/lib/security/is-uuid";
import { getOwnDraft } from "./get-own-draft";

/** Removes a file from the owner's draft (row and stored bytes); false when there is no such file of theirs. */
export async function removeDraftFile(
  db: DatabaseOrTransaction,
  storage: FileStorage,
  input: { userId: string; draftId: string; fileId: string },
): Promise<boolean> {
  if (!isUuid(input.fileId)) return false;
  const draft = await getOwnDraft(db, input.userId, input.draftId);
  if (!draft) return false;
  const [removed] = await db
    .delete(files)
    .where(and(eq(files.id, input.fileId), eq(files.draftId, draft.id), eq(files.ownerUserId, input.userId), isNull(files.dossierId)))
    .returning({ storageKey: files.storageKey });
  if (!removed) return false;
  await storage.delete(removed.storageKey);
  return true;
}
