import type { DatabaseOrTransaction } from "./client";

const byHandle = new WeakMap<object, Map<string, unknown>>();

/**
 * A query built once per database handle (or transaction) and reused. Drizzle builds the SQL text of a
 * query on every call: about a millisecond of CPU for a select of two wide tables, more than the round
 * trip itself. Hot queries (the session check of every signed-in request, the submission lookups) are
 * therefore prepared once with `sql.placeholder` parameters. Timestamps go in as ISO strings.
 */
export function prepareOnce<T>(db: DatabaseOrTransaction, name: string, build: (db: DatabaseOrTransaction) => T): T {
  let queries = byHandle.get(db);
  if (!queries) {
    queries = new Map();
    byHandle.set(db, queries);
  }
  let query = queries.get(name) as T | undefined;
  if (query === undefined) {
    query = build(db);
    queries.set(name, query);
  }
  return query;
}
