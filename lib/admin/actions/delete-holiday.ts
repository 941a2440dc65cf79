"use server";

import { getDb } from "@/db/client";
import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { deleteHoliday } from "@/lib/admin/manage-holidays";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { localDateSchema, parseBoundary } from "@/lib/validation/boundary-schemas";

export async function deleteHolidayAction(formData: FormData): Promise<void> {
  await requireOfficerPermission("manage-holidays", "/quan-tri/ngay-nghi");
  const day = parseBoundary(localDateSchema, formData.get("day")?.toString());
  if (!day) return redirectInLocale("/quan-tri/ngay-nghi");
  await deleteHoliday(await getDb(), day);
  return redirectInLocale(`/quan-tri/ngay-nghi?nam=${day.slice(0, 4)}`);
}
