"use client";

import { useActionState, type ReactNode } from "react";
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
  return (
    <form action={action} className="grid gap-4">
      <input type="hidden" name="serviceCode" value={props.serviceCode} />
      <input type="hidden" name="draftId" value={props.draftId} />
      <ErrorSummary errors={state.errors} labels={props.errorLabels} focusKey={state.at} />
      {props.children}
      <div>
        <SubmitButton pending={pending}>{props.label}</SubmitButton>
      </div>
    </form>
  );
}
