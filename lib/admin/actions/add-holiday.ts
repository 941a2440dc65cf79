"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { fieldErrorsOf } from "@/lib/validation/form-state";
import type { HolidayFormState } from "@/lib/admin/form-states";
import { holidaySchema, saveHoliday } from "@/lib/admin/manage-holidays";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";

export async function addHolidayAction(_: HolidayFormState, formData: FormData): Promise<HolidayFormState> {
  await requireOfficerPermission("manage-holidays", "/quan-tri/ngay-nghi");
  const values = { day: String(formData.get("day") ?? ""), name: String(formData.get("name") ?? "") };
  const parsed = holidaySchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  await saveHoliday(await getDb(), parsed.data);
  revalidatePath("/quan-tri/ngay-nghi");
  return redirectInLocale(`/quan-tri/ngay-nghi?nam=${parsed.data.day.slice(0, 4)}`);
}
