"use client";

import { resetPasswordAction } from "@/lib/accounts/actions/reset-password";
import { resetPasswordSchema } from "@/lib/accounts/password-reset-schemas";
import { accountMessages as m } from "@/lib/messages/accounts";
import { FormAlert } from "./form-alert";
import { PasswordFields } from "./password-fields";
import { SubmitButton } from "./submit-button";
import { useEnhancedForm } from "./use-enhanced-form";

export function ResetPasswordForm({ token }: { token: string }) {
  const { state, form, formRef, formAction, onSubmit, pending, errorOf, enhancedProps } = useEnhancedForm(resetPasswordSchema, resetPasswordAction, {
    status: "idle",
    fieldErrors: {},
    values: { token },
  });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate {...enhancedProps} className="grid gap-4">
      {state.status === "error" && state.message ? <FormAlert kind="error">{state.message}</FormAlert> : null}
      <input type="hidden" value={token} {...form.register("token")} />
      <PasswordFields form={form} errorOf={errorOf} labels={[m.fields.newPassword, m.fields.confirmNewPassword]} />
      <SubmitButton label={m.reset.newSubmit} pending={pending} />
    </form>
  );
}
