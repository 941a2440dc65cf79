"use client";

import { useActionState } from "react";
import { createOfficerAction } from "@/lib/admin/actions/create-officer";
import { type OfficerFormState } from "@/lib/admin/form-states";
import type { UnitDivision } from "@/lib/organisation/list-unit-divisions";
import { Alert } from "@/components/ui/alert";
import { cardClass } from "@/components/ui/card";
import { ChoiceGroup, SelectField, TextField, type Choice } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

const initial: OfficerFormState = { message: "", fieldErrors: {}, values: { fullName: "", email: "", roles: [], divisionId: "" } };

/** The form's words, translated by the page (client components get strings, not the catalog). */
export interface NewOfficerFormTexts {
  title: string;
  fullName: string;
  email: string;
  password: string;
  division: string;
  noDivision: string;
  roles: string;
  submit: string;
}

/**
 * `roles`: the roles this admin may grant, with their names. `divisions`: the admin's unit's phòng and chi
 * cục (none in a commune: the field is left out).
 */
export function NewOfficerForm({ roles, divisions, texts }: { roles: Choice[]; divisions: UnitDivision[]; texts: NewOfficerFormTexts }) {
  const [state, action, pending] = useActionState(createOfficerAction, initial);
  const errors = state.fieldErrors;
  return (
    <form action={action} className={cardClass("space-y-3")}>
      <h2 className="text-lg font-semibold">{texts.title}</h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          id="officer-fullName"
          name="fullName"
          label={texts.fullName}
          required
          defaultValue={state.values.fullName}
          error={errors.fullName}
        />
        <TextField id="officer-email" name="email" type="email" label={texts.email} required defaultValue={state.values.email} error={errors.email} />
        <TextField
          id="officer-password"
          name="password"
          type="password"
          label={texts.password}
          required
          minLength={10}
          autoComplete="new-password"
          error={errors.password}
        />
      </div>
      {divisions.length > 0 ? (
        <SelectField
          id="officer-divisionId"
          name="divisionId"
          label={texts.division}
          defaultValue={state.values.divisionId}
          error={errors.divisionId}
          fieldClassName="sm:max-w-md"
        >
          <option value="">{texts.noDivision}</option>
          {divisions.map((d) => (
            <option key={d.id} value={String(d.id)}>
              {d.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <ChoiceGroup
        id="officer-roles"
        name="roles"
        type="checkbox"
        legend={texts.roles}
        choices={roles}
        defaultValue={state.values.roles}
        error={errors.roles}
      />
      {state.message ? (
        <Alert kind="error" className="font-semibold">
          {state.message}
        </Alert>
      ) : null}
      <SubmitButton pending={pending}>{texts.submit}</SubmitButton>
    </form>
  );
}
