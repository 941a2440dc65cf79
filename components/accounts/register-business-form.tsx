"use client";

import { registerBusinessAction } from "@/lib/accounts/actions/register-account";
import { registerBusinessSchema } from "@/lib/accounts/register-business-schema";
import { accountMessages as m } from "@/lib/messages/accounts";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { PasswordFields } from "./password-fields";
import { SubmitButton } from "./submit-button";
import { useEnhancedForm } from "./use-enhanced-form";

export function RegisterBusinessForm() {
  const { state, form, formRef, formAction, onSubmit, pending, errorOf, enhancedProps } = useEnhancedForm(registerBusinessSchema, registerBusinessAction);
  const field = (name: string) => ({ id: name, defaultValue: state.values[name], error: errorOf(name), registration: form.register(name) });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate {...enhancedProps} className="grid gap-4">
      {state.message ? <FormAlert kind="error">{state.message}</FormAlert> : null}
      <FormField {...field("fullName")} label={m.fields.businessName} autoComplete="organization" maxLength={200} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField {...field("idNumber")} label={m.fields.taxCode} hint={m.fields.taxCodeHint} autoComplete="off" maxLength={20} />
        <FormField {...field("legalRepresentative")} label={m.fields.legalRepresentative} autoComplete="name" maxLength={100} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField {...field("phone")} type="tel" label={m.fields.phone} hint={m.fields.phoneHint} autoComplete="tel" inputMode="tel" maxLength={20} />
        <FormField {...field("email")} type="email" label={m.fields.email} autoComplete="email" inputMode="email" maxLength={254} />
      </div>
      <FormField {...field("address")} label={m.fields.address} autoComplete="street-address" maxLength={300} />
      <PasswordFields form={form} errorOf={errorOf} />
      <SubmitButton label={m.register.submit} pending={pending} />
    </form>
  );
}
