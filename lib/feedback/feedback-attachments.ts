import type { Readable } from "node:stream";
import { and, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { feedbackAttachments, feedbackItems, files } from "@/db/schema";
import type { FileStorage } from "@/lib/storage/file-storage";
import { sanitizeFileName, type UploadErrorCode } from "@/lib/storage/inspect-upload";
import { storeGuardedUpload } from "@/lib/storage/store-guarded-upload";
import { officerSeesItem, type FeedbackOfficer } from "./feedback-officer";

/** `files.purpose` of a feedback item's attachment (linked through feedback_attachments). */
export const FEEDBACK_ATTACHMENT_PURPOSE = "feedback-attachment";

export type StoredFeedbackAttachment = { ok: true; fileId: string } | { ok: false; error: UploadErrorCode; name: string };

/**
 * Streams one file sent with feedback into storage through the dossiers' upload guard (size limit, PDF,
 * JPEG or PNG by the first bytes) and writes its `files` row, not yet linked to an item: `submitFeedback`
 * links it in the statement that writes the item. Never linked (the sender gave up, a crash), it is
 * removed by `sweepUnlinkedFeedbackAttachments` after a day.
 */
export async function storeFeedbackAttachment(
  db: DatabaseOrTransaction,
  storage: Pick<FileStorage, "put" | "delete">,
  input: { originalName: string; body: Readable; maxBytes: number; ownerUserId: string | null },
): Promise<StoredFeedbackAttachment> {
  const upload = await storeGuardedUpload(storage, input.body, input.maxBytes);
  if (!upload.ok) return { ok: false, error: upload.error, name: input.originalName };
  try {
    const [row] = await db
      .insert(files)
      .values({
        ownerUserId: input.ownerUserId,
        purpose: FEEDBACK_ATTACHMENT_PURPOSE,
        originalName: input.originalName.normalize("NFC").slice(0, 255),
        fileName: sanitizeFileName(input.originalName, upload.contentType),
        contentType: upload.contentType,
        size: upload.stored.size,
        sha256: upload.stored.sha256,
        storageKey: upload.stored.key,
      })
      .returning({ id: files.id });
    return { ok: true, fileId: row!.id };
  } catch (error) {
    await storage.delete(upload.stored.key);
    throw error;
  }
}

/** Files stored for a send that did not happen (a refused file, a refused item): rows and bytes, at once. */
export async function discardFeedbackAttachments(
  db: DatabaseOrTransaction,
  storage: Pick<FileStorage, "delete">,
  fileIds: readonly string[],
): Promise<void> {
  if (fileIds.length === 0) return;
  const removed = await db
    .delete(files)
    .where(and(inArray(files.id, [...fileIds]), eq(files.purpose, FEEDBACK_ATTACHMENT_PURPOSE), notLinked()))
    .returning({ key: files.storageKey });
  for (const { key } of removed) await storage.delete(key);
}

const UNLINKED_MIN_AGE_MS = 24 * 3_600_000;

/**
 * Removes feedback attachments never linked to an item and older than a day (a send cut off between
 * storing the files and writing the item). Their bytes are left to the storage sweep, which removes
 * bytes no `files` row references (lib/storage/sweep-orphan-files.ts). Resolves with how many rows went.
 */
export async function sweepUnlinkedFeedbackAttachments(db: DatabaseOrTransaction, now: Date): Promise<number> {
  const removed = await db
    .delete(files)
    .where(
      and(
        eq(files.purpose, FEEDBACK_ATTACHMENT_PURPOSE),
        isNull(files.dossierId),
        isNull(files.draftId),
        lt(files.createdAt, new Date(now.getTime() - UNLINKED_MIN_AGE_MS)),
        notLinked(),
      ),
    )
    .returning({ id: files.id });
  return removed.length;
}

/** The file is not (yet) an attachment of any item. */
function notLinked() {
  return sql`not exists (select 1 from ${feedbackAttachments} where ${feedbackAttachments.fileId} = ${files.id})`;
}

/**
 * An attachment of an item the officer may see (the centre: every item; a unit: only items forwarded to it),
 * with what a download needs; null otherwise, so the route answers 404 without a hint.
 */
export async function getFeedbackAttachmentForOfficer(
  db: DatabaseOrTransaction,
  officer: Pick<FeedbackOfficer, "roles" | "unitId">,
  feedbackId: string,
  fileId: string,
): Promise<{ fileName: string; contentType: string; size: number; storageKey: string } | null> {
  const [row] = await db
    .select({
      assignedUnitId: feedbackItems.assignedUnitId,
      fileName: files.fileName,
      contentType: files.contentType,
      size: files.size,
      storageKey: files.storageKey,
    })
    .from(feedbackAttachments)
    .innerJoin(feedbackItems, eq(feedbackItems.id, feedbackAttachments.feedbackId))
    .innerJoin(files, eq(files.id, feedbackAttachments.fileId))
    .where(and(eq(feedbackAttachments.feedbackId, feedbackId), eq(feedbackAttachments.fileId, fileId)))
    .limit(1);
  if (!row || !officerSeesItem(officer, row)) return null;
  return { fileName: row.fileName, contentType: row.contentType, size: row.size, storageKey: row.storageKey };
}
