/** The name of the unique constraint a database error violated (postgres.js, PGlite, wrapped by drizzle), or null. */
export function uniqueViolation(error: unknown): string | null {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    if (typeof current !== "object") return null;
    const record = current as { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };
    if (record.code === "23505") {
      const name = record.constraint_name ?? record.constraint;
      return typeof name === "string" ? name : "";
    }
    current = record.cause;
  }
  return null;
}
