"use client";

import { useActionState } from "react";
import { editServiceAction } from "@/lib/admin/actions/edit-service";
import { type ServiceFormState } from "@/lib/admin/form-states";
import { Alert } from "@/components/ui/alert";
import { cardClass } from "@/components/ui/card";
import { TextareaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

const FIELDS = [
  { name: "timeLimitText", rows: 2 },
  { name: "conditions", rows: 4 },
  { name: "receivingAddress", rows: 2 },
  { name: "result", rows: 2 },
  { name: "feeLegalBasis", rows: 3 },
] as const;

/** The form's words, translated by the page (client components get strings, not the catalog). */
export interface ServiceEditFormTexts {
  fields: Record<(typeof FIELDS)[number]["name"], string>;
  submit: string;
}

export function ServiceEditForm({ code, initial, texts }: { code: string; initial: Record<string, string>; texts: ServiceEditFormTexts }) {
  const [state, action] = useActionState(editServiceAction, { message: "", fieldErrors: {}, values: initial } satisfies ServiceFormState);
  return (
    <form action={action} className={cardClass("space-y-3")}>
      <input type="hidden" name="code" value={code} />
      {FIELDS.map((f) => (
        <TextareaField
          key={f.name}
          id={`svc-${f.name}`}
          name={f.name}
          label={texts.fields[f.name]}
          rows={f.rows}
          required
          defaultValue={state.values[f.name] ?? ""}
          error={state.fieldErrors[f.name]}
        />
      ))}
      {state.message ? <Alert kind="error">{state.message}</Alert> : null}
      <SubmitButton>{texts.submit}</SubmitButton>
    </form>
  );
}
