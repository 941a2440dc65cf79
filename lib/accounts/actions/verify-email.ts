"use server";

import { revalidatePath } from "next/cache";
import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { getDb } from "@/db/client";
import { verifyEmail } from "@/lib/accounts/verify-email";

/** The link's page posts here (a mail scanner opening the link must not spend it). */
export async function verifyEmailAction(formData: FormData): Promise<void> {
  const token = formData.get("token");
  const ok = typeof token === "string" && (await verifyEmail(await getDb(), token));
  revalidatePath("/tai-khoan");
  await redirectInLocale(`/xac-minh-email?ket-qua=${ok ? "thanh-cong" : "loi"}`);
}
