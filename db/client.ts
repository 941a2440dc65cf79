import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { loadConfig, type AppConfig } from "@/lib/config";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A query function takes the database or a transaction, so use cases can compose them in one transaction. */
export type DatabaseOrTransaction = Parameters<Parameters<Database["transaction"]>[0]>[0] | Database;

export type DatabaseKind = "embedded" | "postgres";

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** For tests: an in-memory embedded database instead of the data folder. */
  inMemory?: boolean;
}

/** Opens the configured database: a Postgres server when DATABASE_URL is set, else embedded PGlite. */
export async function openDatabase(config: AppConfig = loadConfig(), options: OpenOptions = {}): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(config.databaseUrl, { max: config.poolSize, onnotice: () => {} });
    return { db: drizzle({ client, schema }), kind: "postgres", close: () => client.end({ timeout: 5 }) };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  // A fresh clone has no .data/ yet; PGlite creates only the last folder of the path.
  if (!options.inMemory) await mkdir(path.dirname(config.pgliteDir), { recursive: true });
  const client = await PGlite.create(options.inMemory ? undefined : config.pgliteDir, {
    extensions: { unaccent, pg_trgm },
  });
  return { db: drizzle({ client, schema }), kind: "embedded", close: () => client.close() };
}

const globalForDb = globalThis as unknown as { portalDatabase?: Promise<DatabaseHandle> };

/** The app's one database handle, opened on first use (never at build time). */
export function getDatabase(): Promise<DatabaseHandle> {
  globalForDb.portalDatabase ??= openDatabase().catch((error: unknown) => {
    globalForDb.portalDatabase = undefined;
    throw error;
  });
  return globalForDb.portalDatabase;
}

export async function getDb(): Promise<Database> {
  return (await getDatabase()).db;
}
