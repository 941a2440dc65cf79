"use client";

import Link from "next/link";
import { signInAction } from "@/lib/auth/actions/sign-in";
import { signInSchema } from "@/lib/accounts/sign-in-schema";
import { accountMessages as m } from "@/lib/messages/accounts";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { SubmitButton } from "./submit-button";
import { useEnhancedForm } from "./use-enhanced-form";

export function SignInForm({ next }: { next: string }) {
  const { state, form, formRef, formAction, onSubmit, pending, errorOf, enhancedProps } = useEnhancedForm(signInSchema, signInAction);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate {...enhancedProps} className="grid gap-4">
      {state.message ? <FormAlert kind="error">{state.message}</FormAlert> : null}
      <input type="hidden" name="next" value={state.values.next ?? next} />
      <FormField
        id="identifier"
        label={m.fields.identifier}
        hint={m.fields.identifierHint}
        autoComplete="username"
        defaultValue={state.values.identifier}
        maxLength={254}
        error={errorOf("identifier")}
        registration={form.register("identifier")}
      />
      <FormField
        id="password"
        type="password"
        label={m.fields.password}
        autoComplete="current-password"
        maxLength={128}
        error={errorOf("password")}
        registration={form.register("password")}
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <SubmitButton label={m.signIn.submit} pending={pending} />
        <Link href="/quen-mat-khau">{m.signIn.forgot}</Link>
      </div>
    </form>
  );
}
