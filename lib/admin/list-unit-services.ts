import { asc, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { services } from "@/db/schema";

/** The services a unit publishes (its administrator may edit them), by name. */
export function listUnitServices(db: DatabaseOrTransaction, unitId: number) {
  return db
    .select({ code: services.code, name: services.name, version: services.version })
    .from(services)
    .where(eq(services.agencyId, unitId))
    .orderBy(asc(services.name));
}
