import type { Readable } from "node:stream";
import type { FileStorage, StoredObject } from "./file-storage";
import { UploadError, UploadGuard, type AcceptedType, type UploadErrorCode } from "./inspect-upload";

export type GuardedUpload = { ok: true; stored: StoredObject; contentType: AcceptedType } | { ok: false; error: UploadErrorCode };

/**
 * Streams an upload into storage through the guard (size limit, type from the first bytes). A refused
 * upload leaves nothing stored and its source drained, so a multipart parser can go on.
 */
export async function storeGuardedUpload(storage: Pick<FileStorage, "put" | "delete">, source: Readable, maxBytes: number): Promise<GuardedUpload> {
  const guard = new UploadGuard(maxBytes);
  const onSourceError = (error: Error) => guard.destroy(error);
  guard.on("error", () => {});
  source.once("error", onSourceError);
  source.pipe(guard);
  let stored: StoredObject;
  try {
    stored = await storage.put(guard);
  } catch (error) {
    source.unpipe(guard);
    source.resume();
    if (error instanceof UploadError) return { ok: false, error: error.code };
    throw error;
  } finally {
    source.off("error", onSourceError);
  }
  if (!guard.contentType) {
    await storage.delete(stored.key);
    return { ok: false, error: "bad_type" };
  }
  return { ok: true, stored, contentType: guard.contentType };
}
