import { getDb } from "@/db/client";
import { deliverOutbox } from "@/lib/mail/deliver-outbox";
import { createSmtpTransport } from "@/lib/mail/smtp-transport";
import { purgeStaleDrafts } from "./purge-stale-drafts";
import { getStorage } from "@/lib/storage/get-storage";

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

/**
 * Background work of the server process (started from instrumentation.ts, Node runtime only): purge
 * drafts untouched for 30 days (on start, then hourly) and, when SMTP_URL is set, deliver the email
 * outbox (every MAIL_POLL_MS, default 10 s). Without SMTP_URL messages stay in the outbox.
 */
export function startBackgroundJobs(): void {
  if (globalForJobs.portalJobsStarted) return;
  globalForJobs.portalJobsStarted = true;
  const storage = getStorage();
  every("purge-stale-drafts", HOUR, async () => {
    const purged = await purgeStaleDrafts(await getDb(), storage);
    if (purged > 0) console.log(`Đã xóa ${purged} hồ sơ đang soạn quá 30 ngày.`);
  });
  const transport = createSmtpTransport();
  if (transport) {
    const poll = Number(process.env.MAIL_POLL_MS);
    every("deliver-outbox", Number.isInteger(poll) && poll >= 1000 ? poll : 10_000, async () => deliverOutbox(await getDb(), transport));
  }
}
