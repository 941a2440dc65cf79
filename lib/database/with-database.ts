import { getDb, type Database } from "@/db/client";

/**
 * How a page or route handler calls a use case: `withDatabase(getOwnDossier, userId, code)` hands the
 * function the app's database as its first argument. The page names the lib function and its inputs and
 * never holds the client itself, so `app/` and `components/` import nothing from `db/` (eslint.config.mjs)
 * while the use cases keep taking `db` as a parameter (a test passes its own).
 */
export async function withDatabase<A extends unknown[], R>(operation: (db: Database, ...args: A) => R | Promise<R>, ...args: A): Promise<Awaited<R>> {
  return await operation(await getDb(), ...args);
}
