"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { fieldMessagesText } from "@/lib/forms/field-message";
import type { StepState } from "@/lib/dossiers/wizard-step";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";

/** A small form bound to a step action (continue from documents, submit): errors on top, no double post. */
export function StepSubmitForm(props: {
  action: (previous: StepState, data: FormData) => Promise<StepState>;
  serviceCode: string;
  draftId: string;
  label: string;
  children?: ReactNode;
  errorLabels?: Record<string, string>;
}) {
  const [state, action, pending] = useActionState<StepState, FormData>(props.action, { errors: {}, values: {}, at: 0 });
  const errors = fieldMessagesText(useTranslations("validation") as never, state.errors);
  return (
    <form action={action} className="grid gap-4">
      <input type="hidden" name="serviceCode" value={props.serviceCode} />
      <input type="hidden" name="draftId" value={props.draftId} />
      <ErrorSummary errors={errors} labels={props.errorLabels} focusKey={state.at} />
      {props.children}
      <div>
        <SubmitButton pending={pending}>{props.label}</SubmitButton>
      </div>
    </form>
  );
}
