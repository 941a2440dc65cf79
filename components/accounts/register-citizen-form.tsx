"use client";

import { registerCitizenAction } from "@/lib/accounts/actions/register-account";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useEnhancedForm } from "@/components/ui/use-enhanced-form";
import { registerCitizenSchema } from "@/lib/accounts/register-citizen-schema";
import { accountMessages as m } from "@/lib/messages/accounts";
import { PasswordFields } from "./password-fields";

export function RegisterCitizenForm() {
  const { state, form, formRef, formAction, onSubmit, pending, errorOf, fieldProps, enhancedProps } = useEnhancedForm(registerCitizenSchema, registerCitizenAction);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate {...enhancedProps} className="grid gap-4">
      {state.message ? <Alert kind="error">{state.message}</Alert> : null}
      <TextField {...fieldProps("fullName")} label={m.fields.fullName} autoComplete="name" maxLength={100} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...fieldProps("idNumber")} label={m.fields.idNumber} hint={m.fields.idNumberHint} inputMode="numeric" autoComplete="off" maxLength={20} required />
        <TextField {...fieldProps("dateOfBirth")} type="date" label={m.fields.dateOfBirth} autoComplete="bday" required />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...fieldProps("phone")} type="tel" label={m.fields.phone} hint={m.fields.phoneHint} autoComplete="tel" inputMode="tel" maxLength={20} required />
        <TextField {...fieldProps("email")} type="email" label={m.fields.email} autoComplete="email" inputMode="email" maxLength={254} required />
      </div>
      <TextField {...fieldProps("address")} label={m.fields.address} autoComplete="street-address" maxLength={300} required />
      <PasswordFields form={form} errorOf={errorOf} />
      <SubmitButton pending={pending} className="w-full sm:w-auto">
        {m.register.submit}
      </SubmitButton>
    </form>
  );
}
