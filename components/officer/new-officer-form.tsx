"use client";

import { useActionState } from "react";
import { createOfficerAction } from "@/lib/admin/actions/create-officer";
import { type OfficerFormState } from "@/lib/admin/form-states";
import type { UnitDivision } from "@/lib/organisation/list-unit-divisions";
import { ROLE_NAMES, type OfficerRole } from "@/lib/workflow/permissions";
import { cardClass } from "@/components/ui/card";

const inputClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base";
const initial: OfficerFormState = { message: "", fieldErrors: {}, values: { fullName: "", email: "", roles: [], divisionId: "" } };

/** `divisions`: the admin's unit's phòng and chi cục (none in a commune: the field is left out). */
export function NewOfficerForm({ grantable, divisions }: { grantable: OfficerRole[]; divisions: UnitDivision[] }) {
  const [state, action, pending] = useActionState(createOfficerAction, initial);
  const err = (name: string) =>
    state.fieldErrors[name] ? (
      <p id={`officer-${name}-loi`} className="mt-1 text-sm font-semibold text-accent-700">
        {state.fieldErrors[name]}
      </p>
    ) : null;
  return (
    <form action={action} className={cardClass("space-y-3")}>
      <h2 className="text-lg font-semibold">Thêm cán bộ</h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <div>
          <label htmlFor="officer-fullName">Họ và tên</label>
          <input id="officer-fullName" name="fullName" required defaultValue={state.values.fullName} className={inputClass} aria-describedby={state.fieldErrors.fullName ? "officer-fullName-loi" : undefined} />
          {err("fullName")}
        </div>
        <div>
          <label htmlFor="officer-email">Thư điện tử</label>
          <input id="officer-email" name="email" type="email" required defaultValue={state.values.email} className={inputClass} aria-describedby={state.fieldErrors.email ? "officer-email-loi" : undefined} />
          {err("email")}
        </div>
        <div>
          <label htmlFor="officer-password">Mật khẩu tạm</label>
          <input id="officer-password" name="password" type="password" required minLength={10} autoComplete="new-password" className={inputClass} aria-describedby={state.fieldErrors.password ? "officer-password-loi" : undefined} />
          {err("password")}
        </div>
      </div>
      {divisions.length > 0 ? (
        <div>
          <label htmlFor="officer-divisionId">Phòng, chi cục</label>
          <select
            id="officer-divisionId"
            name="divisionId"
            defaultValue={state.values.divisionId}
            className={`${inputClass} sm:max-w-md`}
            aria-describedby={state.fieldErrors.divisionId ? "officer-divisionId-loi" : undefined}
          >
            <option value="">Chưa xếp phòng</option>
            {divisions.map((d) => (
              <option key={d.id} value={String(d.id)}>
                {d.name}
              </option>
            ))}
          </select>
          {err("divisionId")}
        </div>
      ) : null}
      <fieldset aria-describedby={state.fieldErrors.roles ? "officer-roles-loi" : undefined}>
        <legend>Vai trò</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {grantable.map((role) => (
            <label key={role} className="flex items-center gap-2">
              <input type="checkbox" name="roles" value={role} defaultChecked={state.values.roles.includes(role)} className="h-5 w-5" />
              {ROLE_NAMES[role]}
            </label>
          ))}
        </div>
        {err("roles")}
      </fieldset>
      {state.message ? (
        <p role="alert" className="font-semibold text-accent-700">
          {state.message}
        </p>
      ) : null}
      <button disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
        Thêm cán bộ
      </button>
    </form>
  );
}
