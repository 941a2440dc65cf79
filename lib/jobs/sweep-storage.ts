import type { Database } from "@/db/client";
import type { FileStorage } from "@/lib/storage/file-storage";
import { sweepUnlinkedFeedbackAttachments } from "@/lib/feedback/feedback-attachments";
import { sweepPendingSends } from "@/lib/feedback/feedback-pending-sends";
import { sweepOrphanFiles } from "@/lib/storage/sweep-orphan-files";
import { enqueueJob, type JobHandler } from "./job-queue";

export const SWEEP_STORAGE_JOB = "sweep-orphan-files";

/**
 * Queues one orphan sweep. Every instance calls this on its schedule; the dedupe key keeps a single sweep
 * pending however many instances ask, and the queue runs it on one of them.
 */
export async function scheduleStorageSweep(db: Database): Promise<void> {
  await enqueueJob(db, SWEEP_STORAGE_JOB, {}, { dedupeKey: SWEEP_STORAGE_JOB });
}

/**
 * Feedback attachments never linked to an item lose their rows first, so the same sweep (or the next one)
 * removes their bytes; refused sends kept for a retry go after their hour.
 */
export const sweepStorage: (db: Database, storage: FileStorage) => JobHandler = (db, storage) => async () => {
  const now = new Date();
  const unlinked = await sweepUnlinkedFeedbackAttachments(db, now);
  const pending = await sweepPendingSends(db, now);
  const { orphans, partial } = await sweepOrphanFiles(db, storage, now);
  if (unlinked + pending > 0) console.log(`Dọn phản ánh: xóa ${unlinked} tệp đính kèm không thuộc phản ánh nào, ${pending} lượt gửi dở quá hạn.`);
  if (orphans + partial > 0) console.log(`Dọn kho tệp: xóa ${orphans} tệp không còn hồ sơ nào dùng, ${partial} tệp tải lên dở.`);
};
