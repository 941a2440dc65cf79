import { count, inArray } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { divisions, units } from "@/db/schema";
import { DIVISIONS } from "./divisions";

/**
 * The 2023 divisions (db/seed/divisions.ts), once: a database whose divisions table has rows is left as it
 * is (after the seed the table belongs to the administrators). Divisions of units the database does not
 * have (a trimmed seed) are skipped.
 */
export async function seedDivisions(db: DatabaseOrTransaction): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(divisions);
  if ((existing?.n ?? 0) > 0) return 0;
  const codes = [...new Set(DIVISIONS.map((d) => d.unitCode))];
  const rows = await db.select({ id: units.id, code: units.code }).from(units).where(inArray(units.code, codes));
  const idByCode = new Map(rows.map((r) => [r.code, r.id]));
  const values = DIVISIONS.flatMap(({ unitCode, ...d }) => {
    const unitId = idByCode.get(unitCode);
    return unitId === undefined ? [] : [{ ...d, unitId }];
  });
  if (values.length === 0) return 0;
  await db.insert(divisions).values(values);
  return values.length;
}
