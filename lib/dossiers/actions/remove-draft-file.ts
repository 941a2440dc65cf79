"use server";

import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { removeDraftFile } from "@/lib/dossiers/remove-draft-file";
import { formText, loadOwnDraft } from "@/lib/dossiers/wizard-step";
import { wizardUrl } from "@/lib/dossiers/wizard-url";
import { getStorage } from "@/lib/storage/get-storage";

/** "Xóa" next to an uploaded document on step 3. */
export async function removeFile(data: FormData): Promise<void> {
  const { user, db, draft, service } = await loadOwnDraft(data);
  const removed = await removeDraftFile(db, getStorage(), { userId: user.id, draftId: draft.id, fileId: formText(data, "fileId") });
  await redirectInLocale(wizardUrl(service.code, draft.id, 3, { "ket-qua": removed ? "removed" : "not_found" }));
}
