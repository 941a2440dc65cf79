"use client";

import { updateContactAction } from "@/lib/accounts/actions/update-contact-details";
import { updateContactSchema } from "@/lib/accounts/profile-schemas";
import { accountMessages as m } from "@/lib/messages/accounts";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { SubmitButton } from "./submit-button";
import { useEnhancedForm } from "./use-enhanced-form";

export function ContactForm({ values }: { values: { phone: string; email: string; address: string } }) {
  const { state, form, formRef, formAction, onSubmit, pending, errorOf, enhancedProps } = useEnhancedForm(updateContactSchema, updateContactAction, {
    status: "idle",
    fieldErrors: {},
    values,
  });
  const field = (name: string) => ({ id: name, defaultValue: state.values[name], error: errorOf(name), registration: form.register(name) });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate {...enhancedProps} className="grid gap-4" aria-labelledby="lien-he">
      <h2 id="lien-he" className="text-xl font-bold">
        {m.profile.contact}
      </h2>
      {state.message ? <FormAlert kind={state.status === "success" ? "success" : "error"}>{state.message}</FormAlert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField {...field("phone")} type="tel" label={m.fields.phone} hint={m.fields.phoneHint} autoComplete="tel" inputMode="tel" maxLength={20} />
        <FormField {...field("email")} type="email" label={m.fields.email} autoComplete="email" inputMode="email" maxLength={254} />
      </div>
      <FormField {...field("address")} label={m.fields.address} autoComplete="street-address" maxLength={300} />
      <SubmitButton label={m.profile.saveContact} pending={pending} />
    </form>
  );
}
