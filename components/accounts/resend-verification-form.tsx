"use client";

import { useActionState } from "react";
import { resendVerificationAction } from "@/lib/accounts/actions/resend-verification-email";
import { initialFormState } from "@/lib/accounts/form-state";
import { accountMessages as m } from "@/lib/messages/accounts";
import { FormAlert } from "./form-alert";

/** The "email not verified" notice with a button that sends a fresh link. */
export function ResendVerificationForm() {
  const [state, formAction, pending] = useActionState(resendVerificationAction, initialFormState);
  return (
    <form action={formAction} className="grid gap-3 rounded border-l-4 border-amber-600 bg-amber-50 p-4">
      <p className="font-semibold">{m.profile.emailNotVerified}</p>
      {state.message ? <FormAlert kind="success">{state.message}</FormAlert> : null}
      <button type="submit" disabled={pending} className="justify-self-start rounded border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">
        {m.profile.resendVerification}
      </button>
    </form>
  );
}
