import { count, sql } from "drizzle-orm";
import type { Database, DatabaseOrTransaction } from "@/db/client";
import { fields, holidays, lifeEvents, units } from "@/db/schema";
import { HOLIDAYS_2023_2027 } from "@/lib/calendar/vietnam-holidays";
import { generateCatalog } from "@/lib/catalog/generate-catalog";
import { loadCatalogReferences, saveServices } from "@/lib/catalog/save-services";
import { serviceContentSchema } from "@/lib/catalog/service-schema";
import { UNITS } from "./administrative-units";
import { FIELDS } from "./fields";
import { LIFE_EVENTS } from "./life-events";
import { seedCatalogEnglish } from "./seed-catalog-english";
import { seedDivisions } from "./seed-divisions";

const SEED_LOCK = 4_700_002;

/**
 * Seeds the administrative structure (units and their divisions) and the sample catalog of 1,305
 * services. Idempotent: a database that already has units is left as it is (it only gets the divisions if
 * it has none), and concurrent starts seed once.
 */
export async function seedDatabase(db: Database): Promise<{ seeded: boolean; services: number }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    await seedHolidays(tx);
    const [existing] = await tx.select({ n: count() }).from(units);
    if ((existing?.n ?? 0) > 0) {
      // A database seeded before the divisions existed gets them on its next start.
      await seedDivisions(tx);
      await seedCatalogEnglish(tx);
      return { seeded: false, services: 0 };
    }

    const idByCode = new Map<string, number>();
    // Parents come before their children in UNITS.
    for (const unit of UNITS) {
      const parentId = unit.parentCode ? idByCode.get(unit.parentCode) : null;
      if (parentId === undefined) throw new Error(`Unit ${unit.code} comes before its parent ${unit.parentCode}`);
      const { parentCode: _p, ...rest } = unit;
      const [row] = await tx
        .insert(units)
        .values({ ...rest, parentId })
        .returning({ id: units.id });
      if (row) idByCode.set(unit.code, row.id);
    }
    await seedDivisions(tx);
    await tx.insert(fields).values(FIELDS);
    await tx.insert(lifeEvents).values(LIFE_EVENTS);

    const refs = await loadCatalogReferences(tx);
    const contents = generateCatalog().map((s) => serviceContentSchema.parse(s));
    const result = await saveServices(tx, contents, refs);
    await seedCatalogEnglish(tx);
    return { seeded: true, services: result.created };
  });
}

/** The statutory holidays 2023–2027, once: after that the table belongs to the officers who edit it. */
async function seedHolidays(tx: DatabaseOrTransaction): Promise<void> {
  const [existing] = await tx.select({ n: count() }).from(holidays);
  if ((existing?.n ?? 0) > 0) return;
  await tx.insert(holidays).values(HOLIDAYS_2023_2027.map((h) => ({ day: h.date, name: h.name })));
}
