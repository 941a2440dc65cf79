"use client";

import { useActionState } from "react";
import { createOfficerAction } from "@/lib/admin/actions/create-officer";
import { type OfficerFormState } from "@/lib/admin/form-states";
import { Alert } from "@/components/ui/alert";
import { cardClass } from "@/components/ui/card";
import { ChoiceGroup, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ROLE_NAMES, type OfficerRole } from "@/lib/workflow/permissions";

const initial: OfficerFormState = { message: "", fieldErrors: {}, values: { fullName: "", email: "", roles: [] } };

export function NewOfficerForm({ grantable }: { grantable: OfficerRole[] }) {
  const [state, action] = useActionState(createOfficerAction, initial);
  return (
    <form action={action} className={cardClass("space-y-3")}>
      <h2 className="text-lg font-semibold">Thêm cán bộ</h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField id="officer-fullName" name="fullName" label="Họ và tên" required defaultValue={state.values.fullName} error={state.fieldErrors.fullName} />
        <TextField id="officer-email" name="email" type="email" label="Thư điện tử" required defaultValue={state.values.email} error={state.fieldErrors.email} />
        <TextField id="officer-password" name="password" type="password" label="Mật khẩu tạm" required minLength={10} autoComplete="new-password" error={state.fieldErrors.password} />
      </div>
      <ChoiceGroup
        id="officer-roles"
        name="roles"
        type="checkbox"
        legend="Vai trò"
        choices={grantable.map((role) => ({ value: role, label: ROLE_NAMES[role] }))}
        defaultValue={state.values.roles}
        error={state.fieldErrors.roles}
      />
      {state.message ? <Alert kind="error">{state.message}</Alert> : null}
      <SubmitButton>Thêm cán bộ</SubmitButton>
    </form>
  );
}
