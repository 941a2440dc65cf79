"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { fieldErrorsOf } from "@/lib/validation/form-state";
import type { OfficerFormState } from "@/lib/admin/form-states";
import { createOfficer, newOfficerSchema } from "@/lib/admin/manage-officers";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { WorkflowError } from "@/lib/workflow/workflow-error";

export async function createOfficerAction(_: OfficerFormState, formData: FormData): Promise<OfficerFormState> {
  const admin = await requireOfficerPermission("manage-officers", "/quan-tri/can-bo");
  const values = {
    fullName: String(formData.get("fullName") ?? ""),
    email: String(formData.get("email") ?? ""),
    roles: formData.getAll("roles").map(String),
    divisionId: String(formData.get("divisionId") ?? "").slice(0, 20),
  };
  const parsed = newOfficerSchema.safeParse({ ...values, password: String(formData.get("password") ?? "") });
  if (!parsed.success) return { message: (await getTranslations("officer"))("checkFields"), fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await createOfficer(await getDb(), admin, parsed.data);
  } catch (error) {
    if (error instanceof WorkflowError) {
      const message = error.textIn(await getLocale());
      return { message, fieldErrors: error.field ? { [error.field]: message } : {}, values };
    }
    throw error;
  }
  return redirectInLocale("/quan-tri/can-bo?da-them=1");
}
