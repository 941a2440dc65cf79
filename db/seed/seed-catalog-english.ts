import { sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { services } from "@/db/schema";
import { CATALOG_ENGLISH } from "./catalog-english";

/**
 * Writes the English names and summaries of db/seed/catalog-english.ts onto the services of those codes,
 * in one statement, touching only rows whose English differs (their updated_at moves, so the search index
 * notices). Runs on every start, so a database seeded before the English existed gets it too.
 */
export async function seedCatalogEnglish(tx: DatabaseOrTransaction): Promise<void> {
  const values = sql.join(
    Object.entries(CATALOG_ENGLISH).map(([code, e]) => sql`(${code}, ${e.nameEn}, ${e.summaryEn})`),
    sql`, `,
  );
  await tx.execute(sql`
    update ${services} set name_en = v.name_en, summary_en = v.summary_en, updated_at = now()
    from (values ${values}) as v(code, name_en, summary_en)
    where ${services.code} = v.code
      and (${services.nameEn} is distinct from v.name_en or ${services.summaryEn} is distinct from v.summary_en)`);
}
