"use client";

import { registerBusinessAction } from "@/lib/accounts/actions/register-account";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { ContactFields } from "./contact-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { useEnhancedForm } from "@/components/ui/use-enhanced-form";
import { registerBusinessSchema } from "@/lib/accounts/register-business-schema";
import { useTranslations } from "next-intl";
import { PasswordFields } from "./password-fields";

export function RegisterBusinessForm() {
  const t = useTranslations("accounts");
  const { state, form, formRef, formAction, onSubmit, pending, errorOf, fieldProps, enhancedProps } = useEnhancedForm(
    registerBusinessSchema,
    registerBusinessAction,
  );
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate {...enhancedProps} className="grid gap-4">
      {state.message ? <Alert kind="error">{state.message}</Alert> : null}
      <TextField {...fieldProps("fullName")} label={t("fields.businessName")} autoComplete="organization" maxLength={200} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          {...fieldProps("idNumber")}
          label={t("fields.taxCode")}
          hint={t("fields.taxCodeHint")}
          autoComplete="off"
          maxLength={20}
          required
        />
        <TextField {...fieldProps("legalRepresentative")} label={t("fields.legalRepresentative")} autoComplete="name" maxLength={100} required />
      </div>
      <ContactFields fieldProps={fieldProps} />
      <PasswordFields form={form} errorOf={errorOf} />
      <SubmitButton pending={pending} className="w-full sm:w-auto">
        {t("register.submit")}
      </SubmitButton>
    </form>
  );
}
