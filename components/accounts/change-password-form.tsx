"use client";

import { useEffect } from "react";
import { changePasswordAction } from "@/lib/accounts/actions/change-password";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useEnhancedForm } from "@/components/ui/use-enhanced-form";
import { changePasswordSchema } from "@/lib/accounts/profile-schemas";
import { useTranslations } from "next-intl";
import { CurrentPasswordField, PasswordFields } from "./password-fields";

export function ChangePasswordForm() {
  const t = useTranslations("accounts");
  const { state, form, formRef, formAction, onSubmit, pending, errorOf, enhancedProps } = useEnhancedForm(changePasswordSchema, changePasswordAction);
  useEffect(() => {
    if (state.status !== "success") return;
    formRef.current?.reset();
    form.reset({});
  }, [state, form, formRef]);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate {...enhancedProps} className="grid gap-4" aria-labelledby="doi-mat-khau">
      <h2 id="doi-mat-khau" className="text-xl font-bold">
        {t("profile.changePassword")}
      </h2>
      {state.status === "success" && state.message ? <Alert kind="success">{state.message}</Alert> : null}
      <CurrentPasswordField form={form} errorOf={errorOf} name="currentPassword" label={t("fields.currentPassword")} />
      <PasswordFields
        form={form}
        errorOf={errorOf}
        names={["newPassword", "confirmNewPassword"]}
        labels={[t("fields.newPassword"), t("fields.confirmNewPassword")]}
      />
      <SubmitButton pending={pending} className="w-full sm:w-auto">
        {t("profile.changePassword")}
      </SubmitButton>
    </form>
  );
}
