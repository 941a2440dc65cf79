"use client";

import { useActionState, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { LookupFormState } from "@/lib/tracking/lookup-form-state";
import { lookupSchema } from "@/lib/tracking/lookup-schema";
import { LookupResult } from "./lookup-result";
import { Alert } from "@/components/ui/alert";
import { cardClass } from "@/components/ui/card";
import { CodeField } from "@/components/ui/code-field";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

type Action = (state: LookupFormState, formData: FormData) => Promise<LookupFormState>;

/** Code + ID number form: posts to the server action (works without JavaScript), checks first in the browser. */
export function LookupForm({ action, initialCode }: { action: Action; initialCode: string }) {
  const t = useTranslations("tracking.lookup");
  const [state, formAction, pending] = useActionState(action, { values: { code: initialCode, idNumber: "" } });
  const [clientErrors, setClientErrors] = useState<LookupFormState["fieldErrors"]>(undefined);
  const errors = clientErrors ?? state.fieldErrors ?? {};

  function checkBeforeSubmit(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    const parsed = lookupSchema.safeParse({ code: data.get("code"), idNumber: data.get("idNumber") });
    if (parsed.success) {
      setClientErrors(undefined);
      return;
    }
    event.preventDefault();
    const next: NonNullable<LookupFormState["fieldErrors"]> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === "code" || field === "idNumber") && !next[field]) next[field] = issue.message;
    }
    setClientErrors(next);
    document.getElementById(next.code ? "code" : "idNumber")?.focus();
  }

  return (
    <>
      <form action={formAction} onSubmit={checkBeforeSubmit} noValidate className={cardClass("mt-4 grid max-w-xl gap-4")}>
        <CodeField
          id="code"
          name="code"
          label={t("code")}
          hint={t("codeHint")}
          error={errors.code}
          defaultValue={state.values.code}
          key={`code-${state.values.code}`}
        />
        <TextField
          id="idNumber"
          name="idNumber"
          label={t("idNumber")}
          hint={t("idNumberHint")}
          error={errors.idNumber}
          defaultValue={state.values.idNumber}
          key={`id-${state.values.idNumber}`}
          autoComplete="off"
          inputMode="text"
          maxLength={24}
        />
        <div>
          <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
        </div>
      </form>
      <div aria-live="polite">
        {state.message ? (
          <Alert kind="warning" role="alert" className="mt-4 max-w-xl">
            {state.message}
          </Alert>
        ) : null}
        {state.result ? <LookupResult dossier={state.result} /> : null}
      </div>
    </>
  );
}
