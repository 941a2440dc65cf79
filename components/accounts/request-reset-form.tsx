"use client";

import { requestPasswordResetAction } from "@/lib/accounts/actions/request-password-reset";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useEnhancedForm } from "@/components/ui/use-enhanced-form";
import { requestPasswordResetSchema } from "@/lib/accounts/password-reset-schemas";
import { useTranslations } from "next-intl";

export function RequestResetForm() {
  const t = useTranslations("accounts");
  const { state, formRef, formAction, onSubmit, pending, fieldProps, enhancedProps } = useEnhancedForm(
    requestPasswordResetSchema,
    requestPasswordResetAction,
  );
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate {...enhancedProps} className="grid gap-4">
      {state.status === "success" && state.message ? <Alert kind="success">{state.message}</Alert> : null}
      <TextField {...fieldProps("email")} type="email" label={t("fields.email")} autoComplete="email" inputMode="email" maxLength={254} required />
      <SubmitButton pending={pending} className="w-full sm:w-auto">
        {t("reset.submit")}
      </SubmitButton>
    </form>
  );
}
