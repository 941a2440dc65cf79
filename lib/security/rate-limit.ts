import { and, isNull, lt, or, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { rateLimits } from "@/db/schema";

export interface RateLimitRule {
  /** Length of the fixed window. */
  windowMs: number;
  /** Requests allowed per window. */
  limit: number;
}

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  /** When the current window ends (for a Retry-After header). */
  retryAfterMs: number;
}

/**
 * Counts one request for `key` in a fixed window, in the database so every app instance shares the count.
 * One atomic upsert: concurrent requests never both see the same count.
 */
export async function consumeRateLimit(
  db: DatabaseOrTransaction,
  key: string,
  rule: RateLimitRule,
  now: Date = new Date(),
): Promise<RateLimitResult> {
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1, updatedAt: now })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1`, updatedAt: now },
    })
    .returning({ count: rateLimits.count });
  const count = row?.count ?? 1;
  return { allowed: count <= rule.limit, count, retryAfterMs: windowStart.getTime() + rule.windowMs - now.getTime() };
}

/** Removes windows unused for `olderThanMs`, except those still locking someone out (lib/jobs/prune-rate-limits.ts). */
export async function pruneRateLimits(db: DatabaseOrTransaction, olderThanMs: number, now: Date = new Date()): Promise<void> {
  await db
    .delete(rateLimits)
    .where(and(lt(rateLimits.updatedAt, new Date(now.getTime() - olderThanMs)), or(isNull(rateLimits.lockedUntil), lt(rateLimits.lockedUntil, now))));
}
