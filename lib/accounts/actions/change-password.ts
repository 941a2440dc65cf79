"use server";

import { getDb } from "@/db/client";
import { changePassword } from "@/lib/accounts/change-password";
import { invalidForm, type FormState } from "@/lib/validation/form-state";
import { changePasswordSchema } from "@/lib/accounts/profile-schemas";
import { getCurrentSessionId, requireUser } from "@/lib/auth/current-user";
import { getTranslations } from "next-intl/server";
import { FIELD_ERRORS } from "@/lib/accounts/field-schemas";

export async function changePasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/tai-khoan");
  const parsed = changePasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData, ["currentPassword", "newPassword", "confirmNewPassword"]);
  const result = await changePassword(await getDb(), user.id, await getCurrentSessionId(), parsed.data);
  if (!result.ok) return { status: "error", fieldErrors: { currentPassword: FIELD_ERRORS.currentPasswordWrong }, values: {} };
  return { status: "success", message: (await getTranslations("accounts"))("profile.passwordChanged"), fieldErrors: {}, values: {} };
}
