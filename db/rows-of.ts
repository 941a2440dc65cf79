/**
 * The rows of a raw `db.execute(sql…)` result: postgres.js returns the rows as an array, PGlite an object
 * with `rows`. One place for the difference between the two drivers (db/client.ts).
 */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
