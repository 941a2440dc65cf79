"use client";

import { resetPasswordAction } from "@/lib/accounts/actions/reset-password";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useEnhancedForm } from "@/components/ui/use-enhanced-form";
import { resetPasswordSchema } from "@/lib/accounts/password-reset-schemas";
import { accountMessages as m } from "@/lib/messages/accounts";
import { PasswordFields } from "./password-fields";

export function ResetPasswordForm({ token }: { token: string }) {
  const { state, form, formRef, formAction, onSubmit, pending, errorOf, enhancedProps } = useEnhancedForm(resetPasswordSchema, resetPasswordAction, {
    status: "idle",
    fieldErrors: {},
    values: { token },
  });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate {...enhancedProps} className="grid gap-4">
      {state.status === "error" && state.message ? <Alert kind="error">{state.message}</Alert> : null}
      <input type="hidden" value={token} {...form.register("token")} />
      <PasswordFields form={form} errorOf={errorOf} labels={[m.fields.newPassword, m.fields.confirmNewPassword]} />
      <SubmitButton pending={pending} className="w-full sm:w-auto">
        {m.reset.newSubmit}
      </SubmitButton>
    </form>
  );
}
