"use server";

import { getDb } from "@/db/client";
import type { FormState } from "@/lib/validation/form-state";
import { resendVerificationEmail } from "@/lib/accounts/resend-verification-email";
import { requireUser } from "@/lib/auth/current-user";
import { getTranslations } from "next-intl/server";

export async function resendVerificationAction(_state: FormState): Promise<FormState> {
  const user = await requireUser("/tai-khoan");
  await resendVerificationEmail(await getDb(), user.id);
  return { status: "success", message: (await getTranslations("accounts"))("profile.verificationSent"), fieldErrors: {}, values: {} };
}
