"use client";

import { updateContactAction } from "@/lib/accounts/actions/update-contact-details";
import { Alert } from "@/components/ui/alert";
import { ContactFields } from "./contact-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { useEnhancedForm } from "@/components/ui/use-enhanced-form";
import { updateContactSchema } from "@/lib/accounts/profile-schemas";
import { useTranslations } from "next-intl";

export function ContactForm({ values }: { values: { phone: string; email: string; address: string } }) {
  const t = useTranslations("accounts");
  const { state, formRef, formAction, onSubmit, pending, fieldProps, enhancedProps } = useEnhancedForm(updateContactSchema, updateContactAction, {
    status: "idle",
    fieldErrors: {},
    values,
  });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate {...enhancedProps} className="grid gap-4" aria-labelledby="lien-he">
      <h2 id="lien-he" className="text-xl font-bold">
        {t("profile.contact")}
      </h2>
      {state.message ? <Alert kind={state.status === "success" ? "success" : "error"}>{state.message}</Alert> : null}
      <ContactFields fieldProps={fieldProps} />
      <SubmitButton pending={pending} className="w-full sm:w-auto">
        {t("profile.saveContact")}
      </SubmitButton>
    </form>
  );
}
