"use client";

import { requestPasswordResetAction } from "@/lib/accounts/actions/request-password-reset";
import { requestPasswordResetSchema } from "@/lib/accounts/password-reset-schemas";
import { accountMessages as m } from "@/lib/messages/accounts";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { SubmitButton } from "./submit-button";
import { useEnhancedForm } from "./use-enhanced-form";

export function RequestResetForm() {
  const { state, form, formRef, formAction, onSubmit, pending, errorOf, enhancedProps } = useEnhancedForm(requestPasswordResetSchema, requestPasswordResetAction);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate {...enhancedProps} className="grid gap-4">
      {state.status === "success" && state.message ? <FormAlert kind="success">{state.message}</FormAlert> : null}
      <FormField
        id="email"
        type="email"
        label={m.fields.email}
        autoComplete="email"
        inputMode="email"
        maxLength={254}
        defaultValue={state.values.email}
        error={errorOf("email")}
        registration={form.register("email")}
      />
      <SubmitButton label={m.reset.submit} pending={pending} />
    </form>
  );
}
