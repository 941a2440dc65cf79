import { afterAll, beforeAll } from "vitest";
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed/seed-database";
import { loadConfig } from "@/lib/config";

export interface TestDatabase {
  handle: DatabaseHandle;
  drop(): Promise<void>;
}

/** An empty database of its own on the Postgres server of `serverUrl`: its address, and how to drop it. */
export async function createServerDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `portal_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * A database of its own for one test file, built by the committed migrations and seeded: on the Postgres
 * server of DATABASE_URL (a fresh database, dropped afterwards) or, without it, an in-memory PGlite.
 */
export async function createTestDatabase(options: { seed?: boolean } = {}): Promise<TestDatabase> {
  const config = loadConfig();
  let handle: DatabaseHandle;
  let drop = async () => {};
  if (config.databaseUrl) {
    const server = await createServerDatabase(config.databaseUrl);
    const testConfig = { ...config, databaseUrl: server.url, poolSize: 4 };
    handle = await openDatabase(testConfig);
    await migrateDatabase(handle, testConfig);
    drop = async () => {
      await handle.close();
      await server.drop();
    };
  } else {
    handle = await openDatabase(config, { inMemory: true });
    await migrateDatabase(handle, config);
    drop = () => handle.close();
  }
  if (options.seed !== false) await seedDatabase(handle.db);
  return { handle, drop };
}

/**
 * A test file's database: created (and seeded unless `seed: false`) before the file's tests, dropped
 * after them. `ready` receives the handle once it is open, e.g. `setupTestDatabase((h) => (db = h.db))`.
 */
export function setupTestDatabase(ready: (handle: DatabaseHandle) => unknown | Promise<unknown>, options: { seed?: boolean } = {}) {
  let testDb: TestDatabase | undefined;
  beforeAll(async () => {
    testDb = await createTestDatabase(options);
    await ready(testDb.handle);
  });
  afterAll(async () => {
    await testDb?.drop();
  });
}

const appDatabase = globalThis as unknown as { portalDatabase?: Promise<DatabaseHandle> };

/**
 * setupTestDatabase, and while the file runs the app's own handle (getDb(), which route handlers, actions
 * and withDatabase use) is this test database, so a test can call a route handler directly.
 */
export function setupAppTestDatabase(ready: (handle: DatabaseHandle) => unknown | Promise<unknown>, options: { seed?: boolean } = {}) {
  setupTestDatabase(async (handle) => {
    appDatabase.portalDatabase = Promise.resolve(handle);
    await ready(handle);
  }, options);
  afterAll(() => {
    appDatabase.portalDatabase = undefined;
  });
}
