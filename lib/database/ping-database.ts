import { sql } from "drizzle-orm";
import { getDatabase, type DatabaseKind } from "@/db/client";

/** Opens the app's database if need be and runs `select 1`; rejects when either takes longer than `timeoutMs`. */
export async function pingDatabase(timeoutMs: number): Promise<DatabaseKind> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const handle = await Promise.race([getDatabase(), timeout]);
    await Promise.race([handle.db.execute(sql`select 1`), timeout]);
    return handle.kind;
  } finally {
    clearTimeout(timer);
  }
}
