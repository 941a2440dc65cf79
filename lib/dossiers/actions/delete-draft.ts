"use server";

import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { deleteOwnDraft } from "@/lib/dossiers/delete-own-draft";
import { getStorage } from "@/lib/storage/get-storage";

/** "Xóa" on a draft: only the signed-in owner's draft is deleted; the answer comes back as ?xoa=. */
export async function deleteDraftAction(formData: FormData): Promise<void> {
  const user = await requireUser("/ho-so");
  const draftId = formData.get("draftId");
  const deleted = await deleteOwnDraft(await getDb(), getStorage(), {
    userId: user.id,
    draftId: typeof draftId === "string" ? draftId : "",
  });
  await redirectInLocale(`/ho-so?xoa=${deleted ? "ok" : "khong-thay"}`);
}
