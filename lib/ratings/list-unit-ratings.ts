import { desc, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossierRatings, dossiers } from "@/db/schema";

/** A unit's latest ratings with their dossier's code and service, newest first. */
export function listUnitRatings(db: DatabaseOrTransaction, unitId: number, limit = 50) {
  return db
    .select({ rating: dossierRatings, code: dossiers.code, serviceName: dossiers.serviceName })
    .from(dossierRatings)
    .innerJoin(dossiers, eq(dossiers.id, dossierRatings.dossierId))
    .where(eq(dossierRatings.unitId, unitId))
    .orderBy(desc(dossierRatings.createdAt))
    .limit(limit);
}
