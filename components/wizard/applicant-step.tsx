"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveApplicantStep } from "@/lib/dossiers/actions/save-applicant-step";
import { type StepState } from "@/lib/dossiers/wizard-step";
import type { ApplicantStepInput } from "@/lib/dossiers/applicant-schema";
import type { ReceivingUnit } from "@/lib/dossiers/receiving-units";
import { fieldMessagesText } from "@/lib/forms/field-message";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/** The step's texts in the reader's language, from the server page (the submission namespace stays on the server). */
export interface ApplicantStepTexts {
  title: string;
  prefilled: string;
  fullName: string;
  idNumber: string;
  idNumberHelp: string;
  dateOfBirth: string;
  phone: string;
  email: string;
  address: string;
  onBehalf: string;
  onBehalfTitle: string;
  onBehalfHelp: string;
  relationship: string;
  receivingUnit: string;
  /** The hint under the unit choice for this service's level. */
  receivingUnitHelp: string;
  chooseUnit: string;
  /** "Your application goes to: <agency>" for a province-level service. */
  agencyReceives: string;
  next: string;
}

interface Props {
  serviceCode: string;
  draftId: string;
  initial: ApplicantStepInput;
  /** The service's receiving agency is fixed (province level): no unit to choose. */
  fixedAgency: boolean;
  units: ReceivingUnit[];
  texts: ApplicantStepTexts;
}

type TextName = Exclude<keyof ApplicantStepInput, "onBehalf">;

/** Step 1: works as a plain form post; what was typed comes back with the messages. */
export function ApplicantStep({ serviceCode, draftId, initial, fixedAgency, units, texts: m }: Props) {
  const [state, action, pending] = useActionState<StepState, FormData>(saveApplicantStep, { errors: {}, values: {}, at: 0 });
  const errors = fieldMessagesText(useTranslations("validation") as never, state.errors);
  const LABELS: Record<string, string> = {
    fullName: m.fullName,
    idNumber: m.idNumber,
    dateOfBirth: m.dateOfBirth,
    phone: m.phone,
    email: m.email,
    address: m.address,
    behalfFullName: m.fullName,
    behalfIdNumber: m.idNumber,
    behalfDateOfBirth: m.dateOfBirth,
    behalfPhone: m.phone,
    behalfAddress: m.address,
    behalfRelationship: m.relationship,
    receivingUnitCode: m.receivingUnit,
  };
  const value = (name: TextName) => state.values[name] ?? String(initial[name] ?? "");
  const onBehalf = state.at ? state.values.onBehalf === "on" : Boolean(initial.onBehalf);

  const input = (
    name: TextName,
    options: { type?: string; autoComplete?: string; required?: boolean; hint?: string; inputMode?: "numeric" | "tel" } = {},
  ) => {
    const required = options.required ?? true;
    return (
      <TextField
        id={name}
        name={name}
        label={LABELS[name] ?? name}
        required={required}
        optional={!required}
        hint={options.hint}
        error={errors[name]}
        type={options.type ?? "text"}
        defaultValue={value(name)}
        autoComplete={options.autoComplete}
        inputMode={options.inputMode}
      />
    );
  };

  const groups = new Map<string, ReceivingUnit[]>();
  for (const unit of units) groups.set(unit.parentName ?? "", [...(groups.get(unit.parentName ?? "") ?? []), unit]);

  return (
    <form action={action} noValidate className="grid gap-5" key={state.at}>
      <input type="hidden" name="serviceCode" value={serviceCode} />
      <input type="hidden" name="draftId" value={draftId} />
      <ErrorSummary errors={errors} labels={LABELS} focusKey={state.at} />
      <h2 className="text-xl font-bold">{m.title}</h2>
      <p className="text-slate-700">{m.prefilled}</p>

      {fixedAgency ? (
        <Alert kind="info" role={null}>
          {m.agencyReceives}
        </Alert>
      ) : (
        <SelectField
          id="receivingUnitCode"
          name="receivingUnitCode"
          label={m.receivingUnit}
          required
          hint={m.receivingUnitHelp}
          error={errors.receivingUnitCode}
          defaultValue={value("receivingUnitCode")}
        >
          <option value="">{m.chooseUnit}</option>
          {[...groups].map(([group, list]) =>
            group ? (
              <optgroup key={group} label={group}>
                {list.map((u) => (
                  <option key={u.code} value={u.code}>
                    {u.name}
                  </option>
                ))}
              </optgroup>
            ) : (
              list.map((u) => (
                <option key={u.code} value={u.code}>
                  {u.name}
                </option>
              ))
            ),
          )}
        </SelectField>
      )}

      <div className="grid gap-4 sm:grid-cols-2">
        {input("fullName", { autoComplete: "name" })}
        {input("idNumber", { hint: m.idNumberHelp })}
        {input("dateOfBirth", { type: "date", required: false, autoComplete: "bday" })}
        {input("phone", { type: "tel", autoComplete: "tel", inputMode: "tel" })}
        {input("email", { type: "email", autoComplete: "email" })}
        {input("address", { autoComplete: "street-address" })}
      </div>

      <div className="group grid gap-4">
        <CheckboxField id="onBehalf" name="onBehalf" label={m.onBehalf} defaultChecked={onBehalf} />
        {/* Shown by CSS when the box is ticked, so it also works without JavaScript. */}
        <fieldset className="hidden gap-4 rounded border border-slate-300 bg-white p-4 group-has-checked:grid">
          <legend className="px-1 font-semibold">{m.onBehalfTitle}</legend>
          <p className="text-sm text-slate-700">{m.onBehalfHelp}</p>
          <div className="grid gap-4 sm:grid-cols-2">
            {input("behalfFullName")}
            {input("behalfIdNumber", { hint: m.idNumberHelp })}
            {input("behalfDateOfBirth", { type: "date", required: false })}
            {input("behalfPhone", { type: "tel", inputMode: "tel" })}
            {input("behalfAddress")}
            {input("behalfRelationship")}
          </div>
        </fieldset>
      </div>

      <div>
        <SubmitButton pending={pending}>{m.next}</SubmitButton>
      </div>
    </form>
  );
}
