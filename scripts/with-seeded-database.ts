import { openDatabase, type Database } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed/seed-database";
import { exitOnInvalidConfig, loadConfig } from "@/lib/config";

/** For the seeding scripts: migrates and seeds the configured database, runs `fill` on it, then closes it. */
export async function withSeededDatabase(fill: (db: Database) => Promise<void>): Promise<void> {
  exitOnInvalidConfig();
  const config = loadConfig();
  const handle = await openDatabase(config);
  try {
    await migrateDatabase(handle, config);
    await seedDatabase(handle.db);
    await fill(handle.db);
  } finally {
    await handle.close();
  }
}

/** The seconds since `started` (a performance.now() reading), to a tenth, for the scripts' messages. */
export function secondsSince(started: number): string {
  return ((performance.now() - started) / 1000).toFixed(1);
}
