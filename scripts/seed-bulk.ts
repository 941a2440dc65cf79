import { sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed/seed-database";
import { seedBulkDossiers } from "@/db/seed/bulk-dossiers";
import { exitOnInvalidConfig, loadConfig } from "@/lib/config";
import { DEFAULT_LOCALE, intlTag } from "@/lib/i18n/locales";

/** `npm run seed:bulk -- N`: adds N realistic dossiers (for the officer-queue bench). */
const count = Number(process.argv[2] ?? 1_000_000);
if (!Number.isInteger(count) || count < 1 || count > 20_000_000) {
  console.error("Cách dùng: npm run seed:bulk -- <số hồ sơ, 1–20 000 000>");
  process.exit(2);
}
exitOnInvalidConfig();
const config = loadConfig();
const handle = await openDatabase(config);
try {
  await migrateDatabase(handle, config);
  await seedDatabase(handle.db);
  const started = performance.now();
  await seedBulkDossiers(handle.db, count);
  // What autovacuum does after a bulk insert: statistics, and the visibility map that index-only scans need.
  await handle.db.execute(sql`vacuum analyze dossiers`);
  console.log(`Đã thêm ${count.toLocaleString(intlTag(DEFAULT_LOCALE))} hồ sơ trong ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await handle.close();
}
