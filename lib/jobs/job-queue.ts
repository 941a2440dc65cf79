import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Database, DatabaseOrTransaction } from "@/db/client";
import { jobs } from "@/db/schema";

export type Job = typeof jobs.$inferSelect;

export interface EnqueueOptions {
  runAt?: Date;
  /** While a job with this key is pending, enqueueing it again does nothing. */
  dedupeKey?: string;
  maxAttempts?: number;
}

export async function enqueueJob(
  db: DatabaseOrTransaction,
  kind: string,
  payload: Record<string, unknown> = {},
  options: EnqueueOptions = {},
): Promise<void> {
  await db
    .insert(jobs)
    .values({ kind, payload, runAt: options.runAt ?? new Date(), dedupeKey: options.dedupeKey ?? null, maxAttempts: options.maxAttempts ?? 5 })
    .onConflictDoNothing({ target: jobs.dedupeKey, where: sql`${jobs.doneAt} is null` });
}

/**
 * Takes up to `limit` due jobs for this worker. SKIP LOCKED lets several app instances claim jobs at
 * once without taking the same one; the lease (`lockMs`) frees the job again if its worker dies.
 */
export async function claimJobs(db: Database, options: { limit: number; lockMs: number; now?: Date }): Promise<Job[]> {
  const now = options.now ?? new Date();
  const lockedUntil = new Date(now.getTime() + options.lockMs);
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(isNull(jobs.doneAt), lte(jobs.runAt, now), or(isNull(jobs.lockedUntil), lt(jobs.lockedUntil, now))))
      .orderBy(asc(jobs.runAt), asc(jobs.id))
      .limit(options.limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(jobs)
      .set({ lockedUntil, attempts: sql`${jobs.attempts} + 1` })
      .where(
        inArray(
          jobs.id,
          due.map((d) => d.id),
        ),
      )
      .returning()
      .then((rows) => rows.sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id - b.id));
  });
}

async function completeJob(db: DatabaseOrTransaction, id: number, now: Date = new Date()): Promise<void> {
  await db
    .update(jobs)
    .set({ doneAt: now, lockedUntil: null, lastError: null })
    .where(and(eq(jobs.id, id), isNull(jobs.doneAt)));
}

/** Retries later with exponential backoff (30 s, 1 min, 2 min …); gives up after maxAttempts. */
async function failJob(db: DatabaseOrTransaction, job: Job, error: unknown, now: Date = new Date()): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  const givingUp = job.attempts >= job.maxAttempts;
  await db
    .update(jobs)
    .set({
      lastError: message.slice(0, 2000),
      lockedUntil: null,
      runAt: givingUp ? job.runAt : new Date(now.getTime() + 30_000 * 2 ** Math.max(0, job.attempts - 1)),
      doneAt: givingUp ? now : null,
    })
    .where(eq(jobs.id, job.id));
}

export type JobHandler = (job: Job) => Promise<void>;

/** Runs one batch: claims due jobs and runs each with its handler. Returns how many ran. */
export async function runJobBatch(
  db: Database,
  handlers: Record<string, JobHandler>,
  options: { limit?: number; lockMs?: number; now?: Date } = {},
): Promise<number> {
  const claimed = await claimJobs(db, { limit: options.limit ?? 10, lockMs: options.lockMs ?? 60_000, now: options.now });
  for (const job of claimed) {
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`No handler for job kind "${job.kind}"`);
      await handler(job);
      await completeJob(db, job.id);
    } catch (error) {
      await failJob(db, job, error, options.now);
    }
  }
  return claimed.length;
}
