"use client";

import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useEnhancedForm, type FormAction } from "@/components/ui/use-enhanced-form";
import { useTranslations } from "next-intl";
import { ContactFields, type FieldProps } from "./contact-fields";
import { PasswordFields } from "./password-fields";

/**
 * Registering an account of either kind: who registers (`identity`, its own fields), then the contact
 * details, the password and the submit button every account has.
 */
export function RegistrationForm({
  schema,
  action,
  identity,
}: {
  schema: Parameters<typeof useEnhancedForm>[0];
  action: FormAction;
  identity: (fieldProps: FieldProps) => ReactNode;
}) {
  const t = useTranslations("accounts");
  const { state, form, formRef, formAction, onSubmit, pending, errorOf, fieldProps, enhancedProps } = useEnhancedForm(schema, action);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate {...enhancedProps} className="grid gap-4">
      {state.message ? <Alert kind="error">{state.message}</Alert> : null}
      {identity(fieldProps)}
      <ContactFields fieldProps={fieldProps} />
      <PasswordFields form={form} errorOf={errorOf} />
      <SubmitButton pending={pending} className="w-full sm:w-auto">
        {t("register.submit")}
      </SubmitButton>
    </form>
  );
}
