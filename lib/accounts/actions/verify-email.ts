"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { verifyEmail } from "@/lib/accounts/verify-email";

/** The link's page posts here (a mail scanner opening the link must not spend it). */
export async function verifyEmailAction(formData: FormData): Promise<void> {
  const token = formData.get("token");
  const ok = typeof token === "string" && (await verifyEmail(await getDb(), token));
  revalidatePath("/tai-khoan");
  redirect(`/xac-minh-email?ket-qua=${ok ? "thanh-cong" : "loi"}`);
}
