"use client";

import { useEffect } from "react";
import { changePasswordAction } from "@/lib/accounts/actions/change-password";
import { changePasswordSchema } from "@/lib/accounts/profile-schemas";
import { accountMessages as m } from "@/lib/messages/accounts";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { PasswordFields } from "./password-fields";
import { SubmitButton } from "./submit-button";
import { useEnhancedForm } from "./use-enhanced-form";

export function ChangePasswordForm() {
  const { state, form, formRef, formAction, onSubmit, pending, errorOf, enhancedProps } = useEnhancedForm(changePasswordSchema, changePasswordAction);
  useEffect(() => {
    if (state.status !== "success") return;
    formRef.current?.reset();
    form.reset({});
  }, [state, form, formRef]);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate {...enhancedProps} className="grid gap-4" aria-labelledby="doi-mat-khau">
      <h2 id="doi-mat-khau" className="text-xl font-bold">
        {m.profile.changePassword}
      </h2>
      {state.status === "success" && state.message ? <FormAlert kind="success">{state.message}</FormAlert> : null}
      <FormField
        id="currentPassword"
        type="password"
        label={m.fields.currentPassword}
        autoComplete="current-password"
        maxLength={128}
        error={errorOf("currentPassword")}
        registration={form.register("currentPassword")}
      />
      <PasswordFields form={form} errorOf={errorOf} names={["newPassword", "confirmNewPassword"]} labels={[m.fields.newPassword, m.fields.confirmNewPassword]} />
      <SubmitButton label={m.profile.changePassword} pending={pending} />
    </form>
  );
}
