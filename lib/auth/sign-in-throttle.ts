import { and, gt, inArray, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { rateLimits } from "@/db/schema";

/**
 * Failed sign-ins (and wrong authenticator codes), counted in the database (rate_limits) per account and
 * per client address, so every app instance sees the same counts. One row per key (window_start fixed at
 * the epoch); a count whose last attempt is older than forgetAfterMs, or whose lock has run out, starts
 * again from one.
 *
 * Every attempt RESERVES its place first, in one conditional statement, before the password is checked;
 * a success gives its place back afterwards. So however many attempts run at once, at most `lockAfter`
 * wrong passwords are ever checked per key before the lock — read-check-write would let 100 parallel
 * guesses all pass a count read as 0.
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

export type Reservation =
  /** `failures`: recent failures before this attempt (worst key); `lockedUntil`: set when this attempt was the last one allowed. */
  { granted: true; failures: number; lockedUntil: Date | null } | { granted: false; lockedUntil: Date };

/**
 * Takes one attempt on every key, or none: a key that is locked refuses (and the places already taken on
 * the other keys are given back, since a refused attempt checks nothing). The attempt that reaches
 * `lockAfter` takes the last place and sets the lock for everyone after it.
 */
export async function reserveAttempt(db: DatabaseOrTransaction, keys: string[], now: Date = new Date()): Promise<Reservation> {
  // ISO strings with a cast: postgres.js does not serialise a Date inside a raw sql fragment.
  const at = sql`${now.toISOString()}::timestamptz`;
  const stale = sql`${new Date(now.getTime() - SIGN_IN_THROTTLE.forgetAfterMs).toISOString()}::timestamptz`;
  const lockUntil = sql`${new Date(now.getTime() + SIGN_IN_THROTTLE.lockMs).toISOString()}::timestamptz`;
  const startsAgain = sql`(case when ${rateLimits.lockedUntil} is not null then ${rateLimits.lockedUntil} <= ${at} else ${rateLimits.updatedAt} < ${stale} end)`;
  const nextCount = sql`(case when ${startsAgain} then 1 else ${rateLimits.count} + 1 end)`;
  const unique = [...new Set(keys)];
  const firstLocks = 1 >= SIGN_IN_THROTTLE.lockAfter ? new Date(now.getTime() + SIGN_IN_THROTTLE.lockMs) : null;
  const taken = await db
    .insert(rateLimits)
    .values(unique.map((key) => ({ key, windowStart: EPOCH, count: 1, updatedAt: now, lockedUntil: firstLocks })))
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: {
        count: nextCount,
        lockedUntil: sql`case when ${nextCount} >= ${SIGN_IN_THROTTLE.lockAfter} then ${lockUntil} else null end`,
        updatedAt: now,
      },
      // The reservation itself: refused (no row returned) while the key is locked.
      setWhere: sql`${startsAgain} or ${rateLimits.count} < ${SIGN_IN_THROTTLE.lockAfter}`,
    })
    .returning({ key: rateLimits.key, count: rateLimits.count, lockedUntil: rateLimits.lockedUntil });

  if (taken.length < unique.length) {
    const takenKeys = taken.map((row) => row.key);
    if (takenKeys.length > 0) await releaseAttempt(db, takenKeys, now);
    const refused = unique.filter((key) => !takenKeys.includes(key));
    const [lock] = await db
      .select({ until: sql<string>`max(${rateLimits.lockedUntil})` })
      .from(rateLimits)
      .where(and(inArray(rateLimits.key, refused), gt(rateLimits.lockedUntil, now)));
    return { granted: false, lockedUntil: lock?.until ? new Date(lock.until) : new Date(now.getTime() + SIGN_IN_THROTTLE.lockMs) };
  }
  let failures = 0;
  let lockedUntil: Date | null = null;
  for (const row of taken) {
    failures = Math.max(failures, row.count - 1);
    if (row.lockedUntil && (!lockedUntil || row.lockedUntil > lockedUntil)) lockedUntil = row.lockedUntil;
  }
  return { granted: true, failures, lockedUntil };
}

/**
 * A successful attempt gives back the place it reserved: the failures counted before stay, and so does a
 * lock that other attempts' failures reached (only this attempt's own place is returned).
 */
export async function releaseAttempt(db: DatabaseOrTransaction, keys: string[], now: Date = new Date()): Promise<void> {
  await db
    .update(rateLimits)
    .set({
      count: sql`greatest(${rateLimits.count} - 1, 0)`,
      lockedUntil: sql`case when ${rateLimits.count} - 1 >= ${SIGN_IN_THROTTLE.lockAfter} then ${rateLimits.lockedUntil} else null end`,
    })
    .where(
      and(
        inArray(rateLimits.key, [...new Set(keys)]),
        gt(rateLimits.count, 0),
        sql`${rateLimits.updatedAt} >= ${new Date(now.getTime() - SIGN_IN_THROTTLE.forgetAfterMs).toISOString()}::timestamptz`,
      ),
    );
}

/** Server-side delay before checking a password, growing with the recent failures. */
export function throttleDelayMs(failures: number): number {
  const over = failures - SIGN_IN_THROTTLE.freeFailures + 1;
  if (over <= 0) return 0;
  return Math.min(over * SIGN_IN_THROTTLE.delayStepMs, SIGN_IN_THROTTLE.maxDelayMs);
}

/** Forgets a key's failures and lock (a password reset proves the mailbox, so it lifts the account's lock). */
export async function clearFailures(db: DatabaseOrTransaction, key: string): Promise<void> {
  await db.delete(rateLimits).where(sql`${rateLimits.key} = ${key}`);
}
