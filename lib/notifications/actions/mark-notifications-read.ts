"use server";

import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";

/** Marks one notification (field `id`) or, without it, all of the signed-in user's notifications read. */
export async function markReadAction(formData: FormData): Promise<void> {
  const user = await requireUser("/thong-bao");
  const raw = formData.get("id");
  const id = typeof raw === "string" && /^[0-9]{1,15}$/.test(raw) ? Number(raw) : undefined;
  if (typeof raw === "string" && raw !== "" && id === undefined) return redirectInLocale("/thong-bao");
  await markNotificationsRead(await getDb(), { userId: user.id, notificationId: id });
  return redirectInLocale("/thong-bao");
}
