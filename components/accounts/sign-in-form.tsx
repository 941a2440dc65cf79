"use client";

import { Link } from "@/lib/i18n/navigation";
import { signInAction } from "@/lib/auth/actions/sign-in";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useEnhancedForm } from "@/components/ui/use-enhanced-form";
import { signInSchema } from "@/lib/accounts/sign-in-schema";
import { useTranslations } from "next-intl";
import { CurrentPasswordField } from "./password-fields";

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations("accounts");
  const { state, form, formRef, formAction, onSubmit, pending, errorOf, fieldProps, enhancedProps } = useEnhancedForm(signInSchema, signInAction);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate {...enhancedProps} className="grid gap-4">
      {state.message ? <Alert kind="error">{state.message}</Alert> : null}
      <input type="hidden" name="next" value={state.values.next ?? next} />
      <TextField
        {...fieldProps("identifier")}
        label={t("fields.identifier")}
        hint={t("fields.identifierHint")}
        autoComplete="username"
        maxLength={254}
        required
      />
      <CurrentPasswordField form={form} errorOf={errorOf} name="password" label={t("fields.password")} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <SubmitButton pending={pending} className="w-full sm:w-auto">
          {t("signIn.submit")}
        </SubmitButton>
        <Link href="/quen-mat-khau">{t("signIn.forgot")}</Link>
      </div>
    </form>
  );
}
