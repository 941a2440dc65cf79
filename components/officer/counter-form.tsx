"use client";

import { useActionState } from "react";
import { registerCounterDossierAction } from "@/lib/officers/actions/register-counter-dossier";
import { type CounterFormState } from "@/lib/officers/counter-form-state";
import { cardClass } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { CheckboxField, ChoiceGroup, SelectField, TextareaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormField } from "@/lib/catalog/service-schema";
import { useMessageText } from "@/lib/i18n/use-message-text";

const APPLICANT: { name: "fullName" | "idNumber" | "phone" | "email" | "address"; type?: string; autoComplete?: string }[] = [
  { name: "fullName", autoComplete: "off" },
  { name: "idNumber" },
  { name: "phone", type: "tel" },
  { name: "email", type: "email" },
  { name: "address" },
];

/** The form's words, translated by the page (client components get strings, not the catalog). */
export interface CounterFormTexts {
  fixErrors: string;
  channel: string;
  inPerson: string;
  postal: string;
  applicant: string;
  form: string;
  submit: string;
  fields: Record<(typeof APPLICANT)[number]["name"], string>;
}

/** Counter intake: applicant and the service's own form, posted to a server action (works without JavaScript). */
export function CounterForm({ serviceCode, definition, texts }: { serviceCode: string; definition: FormField[]; texts: CounterFormTexts }) {
  const [state, action] = useActionState(registerCounterDossierAction, { errors: {}, values: { channel: "1" } } satisfies CounterFormState);
  const v = (name: string) => state.values[name] ?? "";
  const text = useMessageText();
  return (
    <form action={action} className={cardClass("space-y-5")} noValidate>
      <input type="hidden" name="serviceCode" value={serviceCode} />
      {Object.keys(state.errors).length ? (
        <Alert kind="error" className="font-semibold">
          {texts.fixErrors}
        </Alert>
      ) : null}
      {state.errors.serviceCode ? <p className="font-semibold text-accent-700">{text(state.errors.serviceCode)}</p> : null}
      <ChoiceGroup
        id="channel"
        name="channel"
        legend={texts.channel}
        choices={[
          { value: "1", label: texts.inPerson },
          { value: "3", label: texts.postal },
        ]}
        defaultValue={v("channel") === "3" ? "3" : "1"}
      />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{texts.applicant}</legend>
        {APPLICANT.map((f) => (
          <TextField
            key={f.name}
            id={f.name}
            name={f.name}
            type={f.type ?? "text"}
            label={texts.fields[f.name]}
            required={f.name !== "email"}
            autoComplete={f.autoComplete}
            defaultValue={v(f.name)}
            error={state.errors[f.name]}
          />
        ))}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{texts.form}</legend>
        {definition.map((f) => {
          const common = { id: `f-${f.name}`, name: f.name, label: f.label, hint: f.helpText, error: state.errors[f.name] };
          if (f.type === "checkbox")
            return <CheckboxField {...common} key={f.name} defaultChecked={v(f.name) === "on"} fieldClassName="sm:col-span-2" />;
          if (f.type === "textarea")
            return <TextareaField {...common} key={f.name} required={f.required} defaultValue={v(f.name)} fieldClassName="sm:col-span-2" />;
          if (f.type === "select" || f.type === "radio") {
            return (
              <SelectField {...common} key={f.name} required={f.required} defaultValue={v(f.name)}>
                <option value="">—</option>
                {f.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </SelectField>
            );
          }
          return (
            <TextField
              {...common}
              key={f.name}
              required={f.required}
              type={f.type === "number" ? "text" : f.type}
              inputMode={f.type === "number" ? "decimal" : undefined}
              defaultValue={v(f.name)}
            />
          );
        })}
      </fieldset>
      <SubmitButton>{texts.submit}</SubmitButton>
    </form>
  );
}
