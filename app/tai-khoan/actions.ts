"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { changePassword } from "@/lib/accounts/change-password";
import { formValues, invalidForm, type FormState } from "@/lib/accounts/form-state";
import { changePasswordSchema, updateContactSchema } from "@/lib/accounts/profile-schemas";
import { resendVerificationEmail } from "@/lib/accounts/resend-verification-email";
import { updateContactDetails } from "@/lib/accounts/update-contact-details";
import { getCurrentSessionId, requireUser } from "@/lib/auth/current-user";
import { accountMessages } from "@/lib/messages/accounts";

const m = accountMessages;

export async function updateContactAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/tai-khoan");
  const parsed = updateContactSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData, [], m.errors.formHasErrors);
  const result = await updateContactDetails(await getDb(), user.id, parsed.data);
  if (!result.ok) return { status: "error", message: m.errors.formHasErrors, fieldErrors: { email: m.errors.emailTaken }, values: formValues(formData) };
  revalidatePath("/tai-khoan");
  return {
    status: "success",
    message: result.emailChanged ? m.profile.contactSavedReverify : m.profile.contactSaved,
    fieldErrors: {},
    values: { phone: parsed.data.phone, email: parsed.data.email, address: parsed.data.address },
  };
}

export async function changePasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/tai-khoan");
  const parsed = changePasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData, ["currentPassword", "newPassword", "confirmNewPassword"]);
  const result = await changePassword(await getDb(), user.id, await getCurrentSessionId(), parsed.data);
  if (!result.ok) return { status: "error", fieldErrors: { currentPassword: m.errors.currentPasswordWrong }, values: {} };
  return { status: "success", message: m.profile.passwordChanged, fieldErrors: {}, values: {} };
}

export async function resendVerificationAction(_state: FormState): Promise<FormState> {
  const user = await requireUser("/tai-khoan");
  await resendVerificationEmail(await getDb(), user.id);
  return { status: "success", message: m.profile.verificationSent, fieldErrors: {}, values: {} };
}
