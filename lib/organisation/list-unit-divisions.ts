import { and, asc, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { divisions } from "@/db/schema";

export interface UnitDivision {
  id: number;
  name: string;
}

/** A unit's divisions in their order: what a unit admin may place an officer in. */
export async function listUnitDivisions(db: DatabaseOrTransaction, unitId: number): Promise<UnitDivision[]> {
  return db
    .select({ id: divisions.id, name: divisions.name })
    .from(divisions)
    .where(eq(divisions.unitId, unitId))
    .orderBy(asc(divisions.sortOrder), asc(divisions.name));
}

/** The division's name if it is one of the unit's, else null (the database refuses that case too: users_division_unit_fk). */
export async function divisionNameInUnit(db: DatabaseOrTransaction, divisionId: number, unitId: number): Promise<string | null> {
  const [row] = await db
    .select({ name: divisions.name })
    .from(divisions)
    .where(and(eq(divisions.id, divisionId), eq(divisions.unitId, unitId)));
  return row?.name ?? null;
}
