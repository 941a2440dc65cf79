"use client";

import { resetPasswordAction } from "@/lib/accounts/actions/reset-password";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useEnhancedForm } from "@/components/ui/use-enhanced-form";
import { resetPasswordSchema } from "@/lib/accounts/password-reset-schemas";
import { useLocale, useTranslations } from "next-intl";
import { PasswordFields } from "./password-fields";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("accounts");
  const { state, form, formRef, formAction, onSubmit, pending, errorOf, enhancedProps } = useEnhancedForm(resetPasswordSchema, resetPasswordAction, {
    status: "idle",
    fieldErrors: {},
    values: { token },
  });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate {...enhancedProps} className="grid gap-4">
      {state.status === "error" && state.message ? <Alert kind="error">{state.message}</Alert> : null}
      <input type="hidden" value={token} {...form.register("token")} />
      <input type="hidden" name="locale" value={useLocale()} />
      <PasswordFields form={form} errorOf={errorOf} labels={[t("fields.newPassword"), t("fields.confirmNewPassword")]} />
      <SubmitButton pending={pending} className="w-full sm:w-auto">
        {t("reset.newSubmit")}
      </SubmitButton>
    </form>
  );
}
