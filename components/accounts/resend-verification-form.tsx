"use client";

import { useActionState } from "react";
import { resendVerificationAction } from "@/lib/accounts/actions/resend-verification-email";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/validation/form-state";
import { useTranslations } from "next-intl";

/** The "email not verified" notice with a button that sends a fresh link. */
export function ResendVerificationForm() {
  const t = useTranslations("accounts");
  const [state, formAction] = useActionState(resendVerificationAction, initialFormState);
  return (
    <form action={formAction} className="grid gap-3 rounded border-l-4 border-amber-600 bg-amber-50 p-4">
      <p className="font-semibold">{t("profile.emailNotVerified")}</p>
      {state.message ? <Alert kind="success">{state.message}</Alert> : null}
      <SubmitButton variant="secondary" className="justify-self-start">
        {t("profile.resendVerification")}
      </SubmitButton>
    </form>
  );
}
