import { sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { rowsOf } from "@/db/rows-of";

type Row = { claimed: number };

/**
 * Claims `key` for `windowMs` (a sliding window, in the shared rate_limits table): true the first time,
 * false while an earlier claim is younger than the window. One conditional upsert, so of two identical
 * submissions arriving together exactly one wins, on any number of app instances. Call it inside the
 * transaction that writes the item: a rolled-back submission leaves no claim behind.
 */
export async function claimDuplicateWindow(db: DatabaseOrTransaction, key: string, windowMs: number, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const result = await db.execute(sql`
    insert into rate_limits (key, window_start, count, updated_at) values (${key}, 'epoch', 1, ${at}::timestamptz)
    on conflict (key, window_start) do update set count = rate_limits.count + 1, updated_at = excluded.updated_at
      where rate_limits.updated_at <= ${at}::timestamptz - make_interval(secs => ${windowMs / 1000})
    returning 1 as claimed`);
  return rowsOf<Row>(result).length > 0;
}
