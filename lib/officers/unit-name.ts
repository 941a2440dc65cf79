import { eq, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { prepareOnce } from "@/db/prepared";
import { units } from "@/db/schema";

const names = new Map<number, { name: string; until: number }>();
const NAME_MS = 60_000;

/**
 * A unit's name for the officer area's header, read at most once a minute per unit: it shows on every
 * officer page, and units are renamed rarely (the header may show the old name for up to a minute).
 */
export async function getUnitName(db: DatabaseOrTransaction, unitId: number, now = Date.now()): Promise<string> {
  const known = names.get(unitId);
  if (known && known.until > now) return known.name;
  const [row] = await prepareOnce(db, "unit_name", (d) =>
    d
      .select({ name: units.name })
      .from(units)
      .where(eq(units.id, sql.placeholder("unitId")))
      .prepare("unit_name"),
  ).execute({ unitId });
  const name = row?.name ?? "";
  names.set(unitId, { name, until: now + NAME_MS });
  return name;
}
