import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossierDrafts } from "@/db/schema";
import { deleteDrafts } from "./delete-drafts";
import { isUuid } from "@/lib/validation/boundary-schemas";
import type { StoredFiles } from "@/lib/storage/stored-files";

/** Deletes the user's own draft and its files; false for someone else's draft, an unknown or a malformed id. */
export async function deleteOwnDraft(
  db: Database,
  storage: Pick<StoredFiles, "delete">,
  input: { userId: string; draftId: string },
): Promise<boolean> {
  if (!isUuid(input.draftId)) return false;
  const [own] = await db
    .select({ id: dossierDrafts.id })
    .from(dossierDrafts)
    .where(and(eq(dossierDrafts.id, input.draftId), eq(dossierDrafts.userId, input.userId)))
    .limit(1);
  if (!own) return false;
  return (await deleteDrafts(db, storage, [own.id])) === 1;
}
