"use client";

import { registerCitizenAction } from "@/lib/accounts/actions/register-account";
import { registerCitizenSchema } from "@/lib/accounts/register-citizen-schema";
import { accountMessages as m } from "@/lib/messages/accounts";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { PasswordFields } from "./password-fields";
import { SubmitButton } from "./submit-button";
import { useEnhancedForm } from "./use-enhanced-form";

export function RegisterCitizenForm() {
  const { state, form, formRef, formAction, onSubmit, pending, errorOf, enhancedProps } = useEnhancedForm(registerCitizenSchema, registerCitizenAction);
  const field = (name: string) => ({ id: name, defaultValue: state.values[name], error: errorOf(name), registration: form.register(name) });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate {...enhancedProps} className="grid gap-4">
      {state.message ? <FormAlert kind="error">{state.message}</FormAlert> : null}
      <FormField {...field("fullName")} label={m.fields.fullName} autoComplete="name" maxLength={100} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField {...field("idNumber")} label={m.fields.idNumber} hint={m.fields.idNumberHint} inputMode="numeric" autoComplete="off" maxLength={20} />
        <FormField {...field("dateOfBirth")} type="date" label={m.fields.dateOfBirth} autoComplete="bday" />
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
