import { asc, inArray } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { fields, units } from "@/db/schema";

/** Units an item can concern or be forwarded to: the provincial agencies and the district-level units. */
export function listFeedbackUnits(db: DatabaseOrTransaction): Promise<{ id: number; name: string; kind: string }[]> {
  return db
    .select({ id: units.id, name: units.name, kind: units.kind })
    .from(units)
    .where(inArray(units.kind, ["agency", "district"]))
    .orderBy(asc(units.code));
}

export function listFeedbackFields(db: DatabaseOrTransaction): Promise<{ id: number; name: string }[]> {
  return db.select({ id: fields.id, name: fields.name }).from(fields).orderBy(asc(fields.name));
}
