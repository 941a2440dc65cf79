import { inArray } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { files } from "@/db/schema";
import type { FileStorage } from "./file-storage";

/**
 * Bytes younger than this are never swept: an upload stores its bytes first and writes the `files` row
 * after, so a young unreferenced object may be one whose row is being written right now.
 */
const ORPHAN_MIN_AGE_MS = 24 * 3_600_000;
const BATCH = 500;

export interface SweepResult {
  /** Complete objects that no `files` row references, removed. */
  orphans: number;
  /** Writes interrupted by a crash (temporary files), removed. */
  partial: number;
}

/**
 * Removes stored bytes that no database row points to and that are older than a day: objects left by a
 * crash between storing the bytes and writing (or after deleting) their row, and partial writes of
 * uploads cut off by a crash. `files.storage_key` is the only column that references stored bytes
 * (documents, draft files, supplementation files, results all live in `files`); a new table that keeps
 * storage keys must be added here.
 */
export async function sweepOrphanFiles(
  db: DatabaseOrTransaction,
  storage: Pick<FileStorage, "list" | "delete" | "removePartialWrites">,
  now: Date = new Date(),
): Promise<SweepResult> {
  const cutoff = new Date(now.getTime() - ORPHAN_MIN_AGE_MS);
  let orphans = 0;
  let batch: string[] = [];
  const sweepBatch = async () => {
    const referenced = await db.select({ key: files.storageKey }).from(files).where(inArray(files.storageKey, batch));
    const kept = new Set(referenced.map((r) => r.key));
    for (const key of batch) {
      if (kept.has(key)) continue;
      await storage.delete(key);
      orphans += 1;
    }
    batch = [];
  };
  for await (const object of storage.list()) {
    if (object.modifiedAt >= cutoff) continue;
    batch.push(object.key);
    if (batch.length >= BATCH) await sweepBatch();
  }
  if (batch.length > 0) await sweepBatch();
  const partial = await storage.removePartialWrites(cutoff);
  return { orphans, partial };
}
