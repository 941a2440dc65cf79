"use server";

import { revalidatePath, updateTag } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { fieldErrorsOf } from "@/lib/validation/form-state";
import { editService, serviceEditSchema } from "@/lib/admin/edit-service";
import type { ServiceFormState } from "@/lib/admin/form-states";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { CATALOG_TAG } from "@/lib/catalog/cached-catalog";
import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { WorkflowError } from "@/lib/workflow/workflow-error";

/** Saves a unit admin's edit as a new version and refreshes the cached catalog pages. */
export async function editServiceAction(_: ServiceFormState, formData: FormData): Promise<ServiceFormState> {
  const code = String(formData.get("code") ?? "");
  const admin = await requireOfficerPermission("manage-services", `/quan-tri/thu-tuc/${encodeURIComponent(code)}`);
  const values = Object.fromEntries(
    ["timeLimitText", "conditions", "receivingAddress", "result", "feeLegalBasis"].map((k) => [k, String(formData.get(k) ?? "")]),
  );
  const parsed = serviceEditSchema.safeParse(values);
  if (!parsed.success) return { message: (await getTranslations("officer"))("checkFields"), fieldErrors: fieldErrorsOf(parsed.error), values };
  let version: number;
  try {
    ({ version } = await editService(await getDb(), code, admin.unitId, parsed.data));
  } catch (error) {
    if (error instanceof WorkflowError) return { message: error.textIn(await getLocale()), fieldErrors: {}, values };
    throw error;
  }
  updateTag(CATALOG_TAG);
  revalidatePath(`/thu-tuc/${code}`);
  return redirectInLocale(`/quan-tri/thu-tuc/${encodeURIComponent(code)}?phien-ban=${version}`);
}
