import { unstable_cache } from "next/cache";
import { asc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { fields, units } from "@/db/schema";
import { getCatalogOverview, listUnitsWithCounts } from "./catalog-overview";

/** Cache tag of everything derived from the catalog; revalidateTag(CATALOG_TAG) after a catalog change. */
export const CATALOG_TAG = "catalog";
/** Cached catalog data is refreshed at least this often (seconds), e.g. after a command-line import. */
export const CATALOG_REVALIDATE_SECONDS = 300;

const cacheOptions = { tags: [CATALOG_TAG], revalidate: CATALOG_REVALIDATE_SECONDS };

export interface FilterOptions {
  agencies: { code: string; name: string; kind: string }[];
  fields: { code: string; name: string }[];
}

export const getFilterOptions = unstable_cache(
  async (): Promise<FilterOptions> => {
    const db = await getDb();
    const [unitRows, fieldRows] = await Promise.all([
      db.select({ code: units.code, name: units.name, kind: units.kind }).from(units).orderBy(asc(units.code)),
      db.select({ code: fields.code, name: fields.name }).from(fields).orderBy(asc(fields.name)),
    ]);
    return { agencies: unitRows.filter((u) => u.kind !== "province"), fields: fieldRows };
  },
  ["catalog-filter-options"],
  cacheOptions,
);

export const getCachedOverview = unstable_cache(async () => getCatalogOverview(await getDb()), ["catalog-overview"], cacheOptions);

export const getCachedUnits = unstable_cache(async () => listUnitsWithCounts(await getDb()), ["catalog-units"], cacheOptions);
