import type { Database } from "@/db/client";
import { pruneRateLimits } from "@/lib/security/rate-limit";
import { enqueueJob, type JobHandler } from "./job-queue";

export const PRUNE_RATE_LIMITS_JOB = "prune-rate-limits";

/**
 * How long a rate-limit window is kept after its last use. The longest window any rule reads is an hour
 * (password-reset and verification emails), sign-in counts are forgotten after 15 minutes, and a row
 * whose lock still runs is kept whatever its age, so a day leaves every live count alone.
 */
export const RATE_LIMIT_RETENTION_MS = 24 * 3_600_000;

/**
 * Queues one pruning of the rate_limits table, which otherwise only grows (a row per key and window).
 * Every instance calls this on its schedule; the dedupe key keeps a single pruning pending.
 */
export async function schedulePruneRateLimits(db: Database): Promise<void> {
  await enqueueJob(db, PRUNE_RATE_LIMITS_JOB, {}, { dedupeKey: PRUNE_RATE_LIMITS_JOB });
}

export const pruneRateLimitsJob: (db: Database) => JobHandler = (db) => async () => {
  await pruneRateLimits(db, RATE_LIMIT_RETENTION_MS);
};
