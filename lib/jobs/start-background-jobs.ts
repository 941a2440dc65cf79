import { getDb, type Database } from "@/db/client";
import { serverEnv } from "@/lib/config";
import { deliverOutbox } from "@/lib/mail/deliver-outbox";
import { createSmtpTransport } from "@/lib/mail/smtp-transport";
import { purgeStaleDrafts } from "@/lib/dossiers/purge-stale-drafts";
import type { FileStorage } from "@/lib/storage/file-storage";
import { getStorage } from "@/lib/storage/get-storage";
import { runJobBatch, type JobHandler } from "@/lib/jobs/job-queue";
import { PRUNE_RATE_LIMITS_JOB, pruneRateLimitsJob, schedulePruneRateLimits } from "@/lib/jobs/prune-rate-limits";
import { remindOverdue, scanOverdue } from "@/lib/jobs/scan-overdue";
import { scheduleStorageSweep, sweepStorage, SWEEP_STORAGE_JOB } from "@/lib/jobs/sweep-storage";
import {
  escalateFeedback,
  FEEDBACK_ESCALATION_JOB,
  FEEDBACK_REMINDER_JOB,
  remindFeedback,
  scanFeedbackDeadlines,
} from "@/lib/feedback/feedback-deadline-jobs";

const HOUR = 3_600_000;
const globalForJobs = globalThis as unknown as { portalJobsStarted?: boolean };

/** Runs `job` now and then every `intervalMs`, never two runs at once; errors are logged, never thrown. */
function every(name: string, intervalMs: number, job: () => Promise<unknown>) {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await job();
    } catch (error) {
      console.error(`Background job ${name} failed`, error);
    } finally {
      running = false;
    }
  };
  void run();
  setInterval(() => void run(), intervalMs).unref();
}

/** What the job queue runs, by job kind. */
export function backgroundJobHandlers(db: Database, storage: FileStorage): Record<string, JobHandler> {
  return {
    "overdue-reminder": remindOverdue(db),
    [SWEEP_STORAGE_JOB]: sweepStorage(db, storage),
    [PRUNE_RATE_LIMITS_JOB]: pruneRateLimitsJob(db),
    [FEEDBACK_REMINDER_JOB]: remindFeedback(db),
    [FEEDBACK_ESCALATION_JOB]: escalateFeedback(db),
  };
}

/**
 * Background work of the server process (started from instrumentation.ts, Node runtime only): purge
 * drafts untouched for 30 days (on start, then hourly) and, when SMTP_URL is set, deliver the email
 * outbox (every MAIL_POLL_MS, default 10 s); without SMTP_URL messages stay in the outbox. Every 10 minutes
 * the overdue scan queues reminders, which the job queue runs (with retries) every 15 s. Every hour the
 * orphan sweep of the file store is queued (bytes no row references, partial writes of crashed uploads),
 * and so is the pruning of rate-limit windows nobody reads any more.
 */
export function startBackgroundJobs(): void {
  if (globalForJobs.portalJobsStarted) return;
  globalForJobs.portalJobsStarted = true;
  const storage = getStorage();
  every("purge-stale-drafts", HOUR, async () => {
    const purged = await purgeStaleDrafts(await getDb(), storage);
    if (purged > 0) console.log(`Đã xóa ${purged} hồ sơ đang soạn quá 30 ngày.`);
  });
  // The overdue scan queues one reminder per late dossier; the queue (SKIP LOCKED) is shared by every instance.
  every("scan-overdue", 10 * 60_000, async () => scanOverdue(await getDb()));
  // Forwarded feedback: a reminder before its deadline, an escalation to the unit's leaders after it.
  every("scan-feedback-deadlines", 10 * 60_000, async () => scanFeedbackDeadlines(await getDb()));
  every("schedule-storage-sweep", HOUR, async () => scheduleStorageSweep(await getDb()));
  every("schedule-rate-limit-pruning", HOUR, async () => schedulePruneRateLimits(await getDb()));
  every("job-queue", 15_000, async () => {
    const db = await getDb();
    await runJobBatch(db, backgroundJobHandlers(db, storage));
  });
  const transport = createSmtpTransport();
  if (transport) {
    every("deliver-outbox", serverEnv().MAIL_POLL_MS, async () => deliverOutbox(await getDb(), transport));
  }
}
