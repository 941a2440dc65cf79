import type { Metadata } from "next";
import { NewOfficerForm } from "@/components/officer/new-officer-form";
import { listUnitOfficers } from "@/lib/admin/manage-officers";
import { listUnitDivisions } from "@/lib/organisation/list-unit-divisions";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { ROLE_NAMES, grantableRoles, isOfficerRole } from "@/lib/workflow/permissions";
import { updateOfficerAction } from "@/lib/admin/actions/update-officer";
import { withDatabase } from "@/lib/database/with-database";
import { cardClass } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";

export const metadata: Metadata = { title: "Cán bộ của đơn vị", robots: { index: false } };

const MESSAGES: Record<string, string> = {
  "da-them": "Đã thêm cán bộ. Cán bộ thiết lập mã xác thực hai lớp ở lần đăng nhập đầu tiên.",
  "da-luu": "Đã lưu thay đổi.",
};

export default async function OfficersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const admin = await requireOfficerPermission("manage-officers", "/quan-tri/can-bo");
  const params = await searchParams;
  const [officers, divisions] = await Promise.all([withDatabase(listUnitOfficers, admin.unitId), withDatabase(listUnitDivisions, admin.unitId)]);
  const grantable = grantableRoles(admin.roles);
  const notice = Object.keys(MESSAGES).find((k) => params[k]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">Cán bộ của đơn vị</h1>
      {notice ? (
        <Alert kind="success" className="font-semibold">
          {MESSAGES[notice]}
        </Alert>
      ) : null}
      {params.loi ? (
        <Alert kind="error" className="font-semibold">
          Không thực hiện được thay đổi này.
        </Alert>
      ) : null}
      <NewOfficerForm grantable={[...grantable]} divisions={divisions} />
      <ul className="space-y-3">
        {officers.map((o) => (
          <li key={o.id} className={cardClass()}>
            <p className="font-semibold">
              {o.fullName} <span className="font-normal text-slate-700">· {o.email}</span>
              {o.disabledAt ? <span className="ml-2 rounded bg-slate-700 px-2 py-0.5 text-xs text-white">Đã khóa</span> : null}
            </p>
            <p className="text-sm text-slate-700">
              {o.divisionName ? `${o.divisionName} · ` : ""}
              {o.roles.filter(isOfficerRole).map((r) => ROLE_NAMES[r]).join(", ")} · {o.totpConfirmedAt ? "Đã bật xác thực hai lớp" : "Chưa thiết lập xác thực hai lớp"}
            </p>
            {o.id !== admin.id ? (
              <div className="mt-2 flex flex-wrap items-end gap-4">
                <form action={updateOfficerAction} className="flex flex-wrap items-center gap-3">
                  <input type="hidden" name="officerId" value={o.id} />
                  <input type="hidden" name="intent" value="roles" />
                  <fieldset className="flex flex-wrap gap-3">
                    <legend className="sr-only">Vai trò của {o.fullName}</legend>
                    {grantable.map((role) => (
                      <label key={role} className="flex items-center gap-1 text-sm">
                        <input type="checkbox" name="roles" value={role} defaultChecked={o.roles.includes(role)} className="h-4 w-4" />
                        {ROLE_NAMES[role]}
                      </label>
                    ))}
                  </fieldset>
                  <SubmitButton variant="secondary" size="sm">
                    Lưu vai trò
                  </SubmitButton>
                </form>
                <form action={updateOfficerAction}>
                  <input type="hidden" name="officerId" value={o.id} />
                  <input type="hidden" name="intent" value={o.disabledAt ? "enable" : "disable"} />
                  <SubmitButton variant={o.disabledAt ? "secondary" : "negative"} size="sm">
                    {o.disabledAt ? "Mở khóa" : "Khóa tài khoản"}
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
