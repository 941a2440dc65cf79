import type { Database } from "@/db/client";
import type { FileStorage } from "@/lib/storage/file-storage";
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

export const sweepStorage: (db: Database, storage: FileStorage) => JobHandler = (db, storage) => async () => {
  const { orphans, partial } = await sweepOrphanFiles(db, storage);
  if (orphans + partial > 0) console.log(`Dọn kho tệp: xóa ${orphans} tệp không còn hồ sơ nào dùng, ${partial} tệp tải lên dở.`);
};
