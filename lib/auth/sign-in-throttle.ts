import { and, eq, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { rateLimits } from "@/db/schema";

/**
 * Failed sign-ins per account and per client address, in the database so every app instance shares
 * them: from the 4th failure each attempt waits longer (up to 4 s), from the 10th the key is locked
 * for 15 minutes. A successful sign-in clears the account's count.
 */
export const THROTTLE = { windowMs: 15 * 60_000, slowAfter: 3, lockAfter: 10, lockMs: 15 * 60_000, maxDelayMs: 4_000 } as const;
// One row per key: the window start is fixed, the count and lock move.
const EPOCH = new Date(0);

export function throttleKeys(accountKey: string | null, ip: string): string[] {
  return [...(accountKey ? [`signin:account:${accountKey}`] : []), `signin:ip:${ip || "unknown"}`];
}

export interface ThrottleState {
  lockedUntil: Date | null;
  delayMs: number;
}

export async function readThrottle(db: DatabaseOrTransaction, keys: string[], now: Date = new Date()): Promise<ThrottleState> {
  let lockedUntil: Date | null = null;
  let failures = 0;
  for (const key of keys) {
    const [row] = await db.select().from(rateLimits).where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, EPOCH)));
    if (!row) continue;
    const fresh = now.getTime() - row.updatedAt.getTime() < THROTTLE.windowMs;
    if (row.lockedUntil && row.lockedUntil > now && (!lockedUntil || row.lockedUntil > lockedUntil)) lockedUntil = row.lockedUntil;
    if (fresh) failures = Math.max(failures, row.count);
  }
  const delayMs = failures > THROTTLE.slowAfter ? Math.min(THROTTLE.maxDelayMs, (failures - THROTTLE.slowAfter) * 500) : 0;
  return { lockedUntil, delayMs };
}

export async function recordFailure(db: DatabaseOrTransaction, keys: string[], now: Date = new Date()): Promise<void> {
  const staleBefore = new Date(now.getTime() - THROTTLE.windowMs);
  for (const key of keys) {
    await db
      .insert(rateLimits)
      .values({ key, windowStart: EPOCH, count: 1, updatedAt: now })
      .onConflictDoUpdate({
        target: [rateLimits.key, rateLimits.windowStart],
        set: {
          // A quiet quarter of an hour starts the count again.
          count: sql`case when ${rateLimits.updatedAt} < ${staleBefore} then 1 else ${rateLimits.count} + 1 end`,
          lockedUntil: sql`case when ${rateLimits.updatedAt} >= ${staleBefore} and ${rateLimits.count} + 1 >= ${THROTTLE.lockAfter}
                           then ${new Date(now.getTime() + THROTTLE.lockMs)}::timestamptz else ${rateLimits.lockedUntil} end`,
          updatedAt: now,
        },
      });
  }
}

export async function clearFailures(db: DatabaseOrTransaction, key: string): Promise<void> {
  await db.delete(rateLimits).where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, EPOCH)));
}
