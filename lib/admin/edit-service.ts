import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { inputString } from "@/lib/validation/boundary-schemas";
import type { Database, DatabaseOrTransaction } from "@/db/client";
import { services, serviceVersions } from "@/db/schema";
import { loadCatalogReferences, saveServices } from "@/lib/catalog/save-services";
import { serviceContentSchema, type ServiceContent } from "@/lib/catalog/service-schema";
import { WorkflowError } from "@/lib/workflow/workflow-error";

/** What a unit admin may change on a service of their agency (the rest comes from the national catalog). */
export const serviceEditSchema = z.object({
  timeLimitText: inputString().trim().min(2, "validation.officer.timeLimitRequired").max(500),
  conditions: inputString().trim().min(2, "validation.officer.conditionsRequired").max(5000),
  receivingAddress: inputString().trim().min(2, "validation.officer.receivingAddressRequired").max(1000),
  result: inputString().trim().min(2, "validation.officer.resultRequired").max(1000),
  feeLegalBasis: inputString().trim().min(2, "validation.officer.feeLegalBasisRequired").max(2000),
});
export type ServiceEdit = z.infer<typeof serviceEditSchema>;

export async function getEditableService(
  db: DatabaseOrTransaction,
  code: string,
  agencyUnitId: number,
): Promise<{ content: ServiceContent; version: number } | null> {
  const [row] = await db
    .select({ content: serviceVersions.content, version: serviceVersions.version })
    .from(services)
    .innerJoin(serviceVersions, and(eq(serviceVersions.serviceId, services.id), eq(serviceVersions.version, services.version)))
    .where(and(eq(services.code, code), eq(services.agencyId, agencyUnitId)))
    .orderBy(desc(serviceVersions.version))
    .limit(1);
  return row ?? null;
}

/**
 * Saves an admin's edit as a new version of the service (open dossiers keep the version they were
 * filed under). The caller invalidates the cached catalog pages.
 */
export async function editService(
  db: Database,
  code: string,
  agencyUnitId: number,
  edit: ServiceEdit,
): Promise<{ version: number; changed: boolean }> {
  return db.transaction(async (tx) => {
    const current = await getEditableService(tx, code, agencyUnitId);
    if (!current) throw new WorkflowError("not-found", { key: "serviceNotInUnit" });
    const next = serviceContentSchema.parse({ ...current.content, ...edit });
    const result = await saveServices(tx, [next], await loadCatalogReferences(tx));
    return { version: current.version + result.updated, changed: result.updated > 0 };
  });
}
