import { sql } from "drizzle-orm";
import { seedBulkDossiers } from "@/db/seed/bulk-dossiers";
import { DEFAULT_LOCALE, intlTag } from "@/lib/i18n/locales";
import { secondsSince, withSeededDatabase } from "./with-seeded-database";

/** `npm run seed:bulk -- N`: adds N realistic dossiers (for the officer-queue bench). */
const count = Number(process.argv[2] ?? 1_000_000);
if (!Number.isInteger(count) || count < 1 || count > 20_000_000) {
  console.error("Cách dùng: npm run seed:bulk -- <số hồ sơ, 1–20 000 000>");
  process.exit(2);
}
await withSeededDatabase(async (db) => {
  const started = performance.now();
  await seedBulkDossiers(db, count);
  // What autovacuum does after a bulk insert: statistics, and the visibility map that index-only scans need.
  await db.execute(sql`vacuum analyze dossiers`);
  console.log(`Đã thêm ${count.toLocaleString(intlTag(DEFAULT_LOCALE))} hồ sơ trong ${secondsSince(started)} s.`);
});
