"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { deleteHoliday, holidaySchema, saveHoliday } from "@/lib/admin/manage-holidays";
import { localDateSchema, parseBoundary } from "@/lib/validation/boundary-schemas";

export interface HolidayFormState {
  fieldErrors: Record<string, string>;
  values: { day: string; name: string };
}

export async function addHolidayAction(_: HolidayFormState, formData: FormData): Promise<HolidayFormState> {
  await requireOfficerPermission("manage-holidays", "/quan-tri/ngay-nghi");
  const values = { day: String(formData.get("day") ?? ""), name: String(formData.get("name") ?? "") };
  const parsed = holidaySchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { fieldErrors, values };
  }
  await saveHoliday(await getDb(), parsed.data);
  revalidatePath("/quan-tri/ngay-nghi");
  redirect(`/quan-tri/ngay-nghi?nam=${parsed.data.day.slice(0, 4)}`);
}

export async function deleteHolidayAction(formData: FormData): Promise<void> {
  await requireOfficerPermission("manage-holidays", "/quan-tri/ngay-nghi");
  const day = parseBoundary(localDateSchema, formData.get("day")?.toString());
  if (!day) redirect("/quan-tri/ngay-nghi");
  await deleteHoliday(await getDb(), day);
  redirect(`/quan-tri/ngay-nghi?nam=${day.slice(0, 4)}`);
}
