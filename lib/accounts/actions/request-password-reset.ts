"use server";

import { getDb } from "@/db/client";
import { formValues, invalidForm, type FormState } from "@/lib/validation/form-state";
import { requestPasswordResetSchema } from "@/lib/accounts/password-reset-schemas";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { getTranslations } from "next-intl/server";

/** Same answer whether or not the address has an account. */
export async function requestPasswordResetAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = requestPasswordResetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData, []);
  // The mail goes in the account's own language (users.locale), whatever page asked.
  await requestPasswordReset(await getDb(), parsed.data.email);
  return { status: "success", message: (await getTranslations("accounts"))("reset.sent"), fieldErrors: {}, values: formValues(formData) };
}
