import path from "node:path";
import { loadConfig, type AppConfig } from "@/lib/config";
import type { DatabaseHandle } from "./client";

const migrationsFolder = path.resolve(process.cwd(), "db/migrations");
/** Any fixed number: several app instances starting together migrate one at a time. */
const MIGRATION_LOCK = 4_700_001;

/** Applies the committed drizzle-kit migrations; the same files serve PGlite and the Postgres server. */
export async function migrateDatabase(handle: DatabaseHandle, config: AppConfig = loadConfig()): Promise<void> {
  if (handle.kind === "embedded") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    // The handle's db was built by drizzle-orm/pglite, so this is the matching migrator.
    await migrate(handle.db as Parameters<typeof migrate>[0], { migrationsFolder });
    return;
  }
  if (!config.databaseUrl) throw new Error("migrateDatabase: a postgres handle needs DATABASE_URL");
  // One dedicated connection holds the session lock for the whole migration.
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const client = postgres(config.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migrate(drizzle({ client }), { migrationsFolder });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
