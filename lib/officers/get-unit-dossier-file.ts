import { and, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossiers, files } from "@/db/schema";

/** A file of a dossier of the officer's own unit, or null (another unit's file is not found). */
export async function getUnitDossierFile(db: DatabaseOrTransaction, request: { code: string; fileId: string; unitId: number }) {
  const [row] = await db
    .select({ file: files })
    .from(files)
    .innerJoin(dossiers, eq(dossiers.id, files.dossierId))
    .where(and(eq(files.id, request.fileId), eq(dossiers.code, request.code), eq(dossiers.unitId, request.unitId)));
  return row?.file ?? null;
}
