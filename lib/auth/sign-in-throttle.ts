import { inArray, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { rateLimits } from "@/db/schema";

/**
 * Failed sign-ins, counted in the database (rate_limits) per account and per client address, so every
 * app instance sees the same counts. One row per key (window_start fixed at the epoch); a count older
 * than FORGET_AFTER_MS starts again from one.
 */
export const SIGN_IN_THROTTLE = {
  /** Failures allowed before each further attempt is slowed. */
  freeFailures: 3,
  /** Delay added per failure beyond the free ones, and its ceiling. */
  delayStepMs: 500,
  maxDelayMs: 5000,
  /** Failures that lock the account or the address. */
  lockAfter: 10,
  lockMs: 15 * 60 * 1000,
  forgetAfterMs: 15 * 60 * 1000,
} as const;

const EPOCH = new Date(0);

export function accountKey(userId: string): string {
  return `signin:account:${userId}`;
}

export function addressKey(address: string): string {
  return `signin:address:${address}`;
}

export interface ThrottleState {
  /** Recent failures of the worst key. */
  failures: number;
  lockedUntil: Date | null;
}

/** The combined state of the given keys: the highest recent count and the latest lock still running. */
export async function readThrottle(db: DatabaseOrTransaction, keys: string[], now: Date = new Date()): Promise<ThrottleState> {
  const rows = await db.select().from(rateLimits).where(inArray(rateLimits.key, keys));
  let failures = 0;
  let lockedUntil: Date | null = null;
  for (const row of rows) {
    if (row.lockedUntil && row.lockedUntil > now && (!lockedUntil || row.lockedUntil > lockedUntil)) lockedUntil = row.lockedUntil;
    const recent = now.getTime() - row.updatedAt.getTime() < SIGN_IN_THROTTLE.forgetAfterMs;
    if (recent) failures = Math.max(failures, row.count);
  }
  return { failures, lockedUntil };
}

/** Server-side delay before checking a password, growing with the recent failures. */
export function throttleDelayMs(failures: number): number {
  const over = failures - SIGN_IN_THROTTLE.freeFailures + 1;
  if (over <= 0) return 0;
  return Math.min(over * SIGN_IN_THROTTLE.delayStepMs, SIGN_IN_THROTTLE.maxDelayMs);
}

/** Counts one failure for each key, atomically; the LOCK_AFTER-th failure locks the key for LOCK_MS. */
export async function recordFailure(db: DatabaseOrTransaction, keys: string[], now: Date = new Date()): Promise<ThrottleState> {
  // ISO strings with a cast: postgres.js does not serialise a Date inside a raw sql fragment.
  const stale = new Date(now.getTime() - SIGN_IN_THROTTLE.forgetAfterMs).toISOString();
  const lockUntil = new Date(now.getTime() + SIGN_IN_THROTTLE.lockMs).toISOString();
  const nextCount = sql`case when ${rateLimits.updatedAt} < ${stale}::timestamptz then 1 else ${rateLimits.count} + 1 end`;
  let state: ThrottleState = { failures: 0, lockedUntil: null };
  for (const key of keys) {
    const [row] = await db
      .insert(rateLimits)
      .values({ key, windowStart: EPOCH, count: 1, updatedAt: now })
      .onConflictDoUpdate({
        target: [rateLimits.key, rateLimits.windowStart],
        set: {
          count: nextCount,
          lockedUntil: sql`case when ${nextCount} >= ${SIGN_IN_THROTTLE.lockAfter} then ${lockUntil}::timestamptz else ${rateLimits.lockedUntil} end`,
          updatedAt: now,
        },
      })
      .returning({ count: rateLimits.count, lockedUntil: rateLimits.lockedUntil });
    if (!row) continue;
    const lockedUntil = row.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
    state = {
      failures: Math.max(state.failures, row.count),
      lockedUntil: lockedUntil && (!state.lockedUntil || lockedUntil > state.lockedUntil) ? lockedUntil : state.lockedUntil,
    };
  }
  return state;
}

/** A successful sign-in clears the account's count (not the address's: one good account must not reset it). */
export async function clearFailures(db: DatabaseOrTransaction, key: string): Promise<void> {
  await db.delete(rateLimits).where(sql`${rateLimits.key} = ${key}`);
}
