import { and, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossiers, files } from "@/db/schema";
import { citizenVisibleFile } from "./citizen-visible-files";
import { isUuid } from "@/lib/security/is-uuid";

export interface DownloadableFile {
  fileName: string;
  contentType: string;
  size: number;
  storageKey: string;
}

/** A file of the user's own dossier `code`; null for any other combination (someone else's, wrong code, bad id). */
export async function getOwnDossierFile(
  db: DatabaseOrTransaction,
  input: { userId: string; code: string; fileId: string },
): Promise<DownloadableFile | null> {
  if (!isUuid(input.fileId)) return null;
  const [row] = await db
    .select({ fileName: files.fileName, contentType: files.contentType, size: files.size, storageKey: files.storageKey })
    .from(files)
    .innerJoin(dossiers, eq(dossiers.id, files.dossierId))
    .where(and(eq(files.id, input.fileId), eq(dossiers.code, input.code.trim().toUpperCase()), eq(dossiers.userId, input.userId), citizenVisibleFile))
    .limit(1);
  return row ?? null;
}
