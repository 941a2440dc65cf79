"use server";

import { getDb } from "@/db/client";
import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import type { CounterFormState } from "@/lib/officers/counter-form-state";
import { registerCounterDossier } from "@/lib/officers/register-counter-dossier";

export async function registerCounterDossierAction(_: CounterFormState, formData: FormData): Promise<CounterFormState> {
  const officer = await requireOfficerPermission("register-counter-dossier", "/quan-tri/tiep-nhan-tai-quay");
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  const { serviceCode = "", channel, fullName, idNumber, phone, email, address, ...formValues } = values;
  const result = await registerCounterDossier(
    await getDb(),
    { id: officer.id, name: officer.fullName, unitId: officer.unitId, roles: officer.roles },
    { serviceCode, applicant: { channel, fullName, idNumber, phone, email, address }, formValues },
  );
  if (!result.ok) return { errors: result.errors, values };
  return redirectInLocale(`/quan-tri/ho-so/${encodeURIComponent(result.code)}?da-xu-ly=register-counter`);
}
