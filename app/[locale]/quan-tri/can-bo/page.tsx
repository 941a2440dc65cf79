import type { Metadata } from "next";
import { NewOfficerForm } from "@/components/officer/new-officer-form";
import { listUnitOfficers } from "@/lib/admin/manage-officers";
import { listUnitDivisions } from "@/lib/organisation/list-unit-divisions";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { grantableRoles, isOfficerRole } from "@/lib/workflow/permissions";
import { getTranslations } from "next-intl/server";
import { updateOfficerAction } from "@/lib/admin/actions/update-officer";
import { withDatabase } from "@/lib/database/with-database";
import { cardClass } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("officer"))("officers.title"), robots: { index: false } };
}

const NOTICES = { "da-them": "added", "da-luu": "saved" } as const;

export default async function OfficersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const admin = await requireOfficerPermission("manage-officers", "/quan-tri/can-bo");
  const params = await searchParams;
  const [officers, divisions] = await Promise.all([withDatabase(listUnitOfficers, admin.unitId), withDatabase(listUnitDivisions, admin.unitId)]);
  const grantable = grantableRoles(admin.roles);
  const notice = (Object.keys(NOTICES) as (keyof typeof NOTICES)[]).find((k) => params[k]);
  const t = await getTranslations("officer");
  const roleName = (role: string) => (isOfficerRole(role) ? t(`roles.${role}`) : role);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("officers.title")}</h1>
      {notice ? (
        <Alert kind="success" className="font-semibold">
          {t(`officers.${NOTICES[notice]}`)}
        </Alert>
      ) : null}
      {params.loi ? (
        <Alert kind="error" className="font-semibold">
          {t("officers.failed")}
        </Alert>
      ) : null}
      <NewOfficerForm
        roles={grantable.map((role) => ({ value: role, label: roleName(role) }))}
        divisions={divisions}
        texts={{
          title: t("officers.form.title"),
          fullName: t("officers.form.fullName"),
          email: t("officers.form.email"),
          password: t("officers.form.password"),
          division: t("officers.form.division"),
          noDivision: t("officers.form.noDivision"),
          roles: t("officers.form.roles"),
          submit: t("officers.form.submit"),
        }}
      />
      <ul className="space-y-3">
        {officers.map((o) => (
          <li key={o.id} className={cardClass()}>
            <p className="font-semibold">
              {o.fullName} <span className="font-normal text-slate-700">· {o.email}</span>
              {o.disabledAt ? <span className="ml-2 rounded bg-slate-700 px-2 py-0.5 text-xs text-white">{t("officers.locked")}</span> : null}
            </p>
            <p className="text-sm text-slate-700">
              {o.divisionName ? `${o.divisionName} · ` : ""}
              {o.roles.filter(isOfficerRole).map(roleName).join(", ")} · {o.totpConfirmedAt ? t("officers.twoFactorOn") : t("officers.twoFactorOff")}
            </p>
            {o.id !== admin.id ? (
              <div className="mt-2 flex flex-wrap items-end gap-4">
                <form action={updateOfficerAction} className="flex flex-wrap items-center gap-3">
                  <input type="hidden" name="officerId" value={o.id} />
                  <input type="hidden" name="intent" value="roles" />
                  <fieldset className="flex flex-wrap gap-3">
                    <legend className="sr-only">{t("officers.rolesOf", { name: o.fullName })}</legend>
                    {grantable.map((role) => (
                      <label key={role} className="flex items-center gap-1 text-sm">
                        <input type="checkbox" name="roles" value={role} defaultChecked={o.roles.includes(role)} className="h-4 w-4" />
                        {roleName(role)}
                      </label>
                    ))}
                  </fieldset>
                  <SubmitButton variant="secondary" size="sm">
                    {t("officers.saveRoles")}
                  </SubmitButton>
                </form>
                <form action={updateOfficerAction}>
                  <input type="hidden" name="officerId" value={o.id} />
                  <input type="hidden" name="intent" value={o.disabledAt ? "enable" : "disable"} />
                  <SubmitButton variant={o.disabledAt ? "secondary" : "negative"} size="sm">
                    {o.disabledAt ? t("officers.unlock") : t("officers.lock")}
                  </SubmitButton>
                </form>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
