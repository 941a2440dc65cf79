import { and, asc, eq, inArray, isNull, lt, lte } from "drizzle-orm";
import type { Database } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { mailFrom, type MailTransport } from "./smtp-transport";

const MAX_ATTEMPTS = 8;
/** A claimed message is not picked up by another worker for this long (if this one dies mid-send). */
const CLAIM_LEASE_MS = 5 * 60_000;

/** 1 min, 2, 4 … capped at 1 hour: the wait before attempt n+1 after n failures. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export interface DeliveryReport {
  sent: number;
  failed: number;
}

/**
 * Sends due messages of the outbox. Each batch is claimed with FOR UPDATE SKIP LOCKED and a lease, so
 * several app instances never send the same message twice at once; a success sets sent_at, a failure
 * counts the attempt, keeps the error and schedules a retry with exponential backoff (at most 8 attempts).
 */
export async function deliverOutbox(
  db: Database,
  transport: MailTransport,
  options: { batchSize?: number; now?: () => Date } = {},
): Promise<DeliveryReport> {
  const now = options.now ?? (() => new Date());
  const claimedAt = now();
  const due = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(and(isNull(emailOutbox.sentAt), lte(emailOutbox.nextAttemptAt, claimedAt), lt(emailOutbox.attempts, MAX_ATTEMPTS)))
    .orderBy(asc(emailOutbox.id))
    .limit(options.batchSize ?? 20)
    .for("update", { skipLocked: true });
  const claimed = await db
    .update(emailOutbox)
    .set({ nextAttemptAt: new Date(claimedAt.getTime() + CLAIM_LEASE_MS) })
    .where(inArray(emailOutbox.id, due))
    .returning();
  const report: DeliveryReport = { sent: 0, failed: 0 };
  for (const message of claimed.sort((a, b) => a.id - b.id)) {
    try {
      await transport.sendMail({
        from: mailFrom(),
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody,
        ...(message.htmlBody ? { html: message.htmlBody } : {}),
      });
      await db
        .update(emailOutbox)
        .set({ sentAt: now(), attempts: message.attempts + 1, lastError: null })
        .where(eq(emailOutbox.id, message.id));
      report.sent += 1;
    } catch (error) {
      const attempts = message.attempts + 1;
      await db
        .update(emailOutbox)
        .set({
          attempts,
          lastError: error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500),
          nextAttemptAt: new Date(now().getTime() + retryDelayMs(attempts)),
        })
        .where(eq(emailOutbox.id, message.id));
      report.failed += 1;
    }
  }
  return report;
}
