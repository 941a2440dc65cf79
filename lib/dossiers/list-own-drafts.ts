import { desc, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossierDrafts, services } from "@/db/schema";

export interface OwnDraftRow {
  id: string;
  serviceCode: string;
  serviceName: string;
  step: number;
  updatedAt: Date;
}

/** The user's unfinished submissions, most recently touched first. */
export async function listOwnDrafts(db: DatabaseOrTransaction, userId: string): Promise<OwnDraftRow[]> {
  return db
    .select({
      id: dossierDrafts.id,
      serviceCode: services.code,
      serviceName: services.name,
      step: dossierDrafts.step,
      updatedAt: dossierDrafts.updatedAt,
    })
    .from(dossierDrafts)
    .innerJoin(services, eq(services.id, dossierDrafts.serviceId))
    .where(eq(dossierDrafts.userId, userId))
    .orderBy(desc(dossierDrafts.updatedAt));
}
