import type { Readable } from "node:stream";
import { eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossiers, files } from "@/db/schema";
import type { FileStorage } from "@/lib/storage/file-storage";
import { sanitizeFileName, type UploadErrorCode } from "@/lib/storage/inspect-upload";
import { storeGuardedUpload } from "@/lib/storage/store-guarded-upload";
import { mayOfficer } from "./permissions";

/** Files added during processing: the specialist's result draft, the citizen's supplementation. */
export type ProcessingFilePurpose = "result-draft" | "supplement";

export type AttachResult =
  { ok: true; fileId: string; fileName: string; dossierId: string } | { ok: false; error: UploadErrorCode | "not_found" | "not_now" };

/**
 * Streams one file onto a dossier, for who may add it now: the owner while supplementation is asked
 * (status 5), a specialist or leader of the unit while processing (status 4).
 */
export async function attachDossierFile(
  db: DatabaseOrTransaction,
  storage: FileStorage,
  input: {
    code: string;
    user: { id: string; kind: string; unitId: number | null; roles: readonly string[] };
    purpose: ProcessingFilePurpose;
    originalName: string;
    body: Readable;
    maxBytes: number;
  },
): Promise<AttachResult> {
  const [dossier] = await db
    .select({ id: dossiers.id, status: dossiers.status, userId: dossiers.userId, unitId: dossiers.unitId })
    .from(dossiers)
    .where(eq(dossiers.code, input.code));
  const refuse = (error: "not_found" | "not_now"): AttachResult => {
    input.body.resume();
    return { ok: false, error };
  };
  const { user } = input;
  const mayAdd =
    dossier &&
    (input.purpose === "supplement"
      ? user.kind !== "officer" && dossier.userId === user.id
      : user.kind === "officer" && dossier.unitId === user.unitId && (mayOfficer(user.roles, "propose") || mayOfficer(user.roles, "mark-processed")));
  if (!dossier || !mayAdd) return refuse("not_found");
  if (dossier.status !== (input.purpose === "supplement" ? 5 : 4)) return refuse("not_now");
  const upload = await storeGuardedUpload(storage, input.body, input.maxBytes);
  if (!upload.ok) return upload;
  const [row] = await db
    .insert(files)
    .values({
      ownerUserId: user.id,
      dossierId: dossier.id,
      purpose: input.purpose,
      originalName: input.originalName.slice(0, 255) || "tep",
      fileName: sanitizeFileName(input.originalName, upload.contentType),
      contentType: upload.contentType,
      size: upload.stored.size,
      sha256: upload.stored.sha256,
      storageKey: upload.stored.key,
    })
    .returning({ id: files.id, fileName: files.fileName });
  return { ok: true, fileId: row!.id, fileName: row!.fileName, dossierId: dossier.id };
}
