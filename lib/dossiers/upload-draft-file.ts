import { and, count, eq, isNull } from "drizzle-orm";
import type { Readable } from "node:stream";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossierDrafts, files } from "@/db/schema";
import type { FileStorage } from "@/lib/storage/file-storage";
import { sanitizeFileName, type UploadErrorCode } from "@/lib/storage/inspect-upload";
import { storeGuardedUpload } from "@/lib/storage/store-guarded-upload";
import { getOwnDraft } from "./get-own-draft";
import { getSubmissionService } from "./get-submission-service";

/** Extra (optional) files a draft may carry besides one per document slot. */
const MAX_EXTRA_FILES = 10;

export type UploadFailure = UploadErrorCode | "not_found" | "bad_slot" | "too_many";

export interface UploadedFile {
  id: string;
  documentIndex: number | null;
  fileName: string;
  contentType: string;
  size: number;
}

export type UploadResult = { ok: true; file: UploadedFile } | { ok: false; error: UploadFailure };

export interface UploadInput {
  userId: string;
  draftId: string;
  /** The service document this answers (0-based), or null for an extra file. */
  documentIndex: number | null;
  originalName: string;
  body: Readable;
  maxBytes: number;
}

/**
 * Streams one upload into storage through the guard (size limit, magic-number check) and records it on
 * the owner's draft. A new file for a document slot replaces the previous one. The body is always
 * consumed or destroyed, so a refused upload leaves nothing behind.
 */
export async function uploadDraftFile(db: DatabaseOrTransaction, storage: FileStorage, input: UploadInput): Promise<UploadResult> {
  const refuse = (error: UploadFailure): UploadResult => {
    input.body.resume();
    return { ok: false, error };
  };
  const draft = await getOwnDraft(db, input.userId, input.draftId);
  if (!draft) return refuse("not_found");
  const service = await getSubmissionService(db, { id: draft.serviceId });
  if (!service) return refuse("not_found");
  const { documentIndex } = input;
  if (documentIndex !== null && (!Number.isInteger(documentIndex) || documentIndex < 0 || documentIndex >= service.documents.length)) {
    return refuse("bad_slot");
  }
  if (documentIndex === null) {
    const [row] = await db
      .select({ n: count() })
      .from(files)
      .where(and(eq(files.draftId, draft.id), isNull(files.documentIndex)));
    if ((row?.n ?? 0) >= MAX_EXTRA_FILES) return refuse("too_many");
  }

  const upload = await storeGuardedUpload(storage, input.body, input.maxBytes);
  if (!upload.ok) return upload;
  const { stored, contentType } = upload;
  try {
    const previous =
      documentIndex === null
        ? []
        : await db
            .select({ id: files.id, storageKey: files.storageKey })
            .from(files)
            .where(and(eq(files.draftId, draft.id), eq(files.documentIndex, documentIndex), isNull(files.dossierId)));
    const [row] = await db
      .insert(files)
      .values({
        ownerUserId: input.userId,
        draftId: draft.id,
        documentIndex,
        originalName: input.originalName.slice(0, 255) || "tep",
        fileName: sanitizeFileName(input.originalName, contentType),
        contentType,
        size: stored.size,
        sha256: stored.sha256,
        storageKey: stored.key,
      })
      .returning();
    if (!row) throw new Error("files insert returned no row");
    for (const old of previous) {
      await db.delete(files).where(eq(files.id, old.id));
      await storage.delete(old.storageKey);
    }
    await db.update(dossierDrafts).set({ updatedAt: new Date() }).where(eq(dossierDrafts.id, draft.id));
    return {
      ok: true,
      file: { id: row.id, documentIndex: row.documentIndex, fileName: row.fileName, contentType: row.contentType, size: row.size },
    };
  } catch (error) {
    await storage.delete(stored.key);
    throw error;
  }
}
