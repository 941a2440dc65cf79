"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { formValues, invalidForm, type FormState } from "@/lib/validation/form-state";
import { resetPasswordSchema } from "@/lib/accounts/password-reset-schemas";
import { resetPassword } from "@/lib/accounts/reset-password";
import { accountMessages } from "@/lib/messages/accounts";

export async function resetPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const omit = ["password", "confirmPassword"];
  const parsed = resetPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData, omit);
  const userId = await resetPassword(await getDb(), parsed.data.token, parsed.data.password);
  if (!userId) return { status: "error", message: accountMessages.errors.tokenInvalid, fieldErrors: {}, values: formValues(formData, omit) };
  redirect("/dang-nhap?tb=da-dat-lai");
}
