"use server";

import { getDb } from "@/db/client";
import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { updateOfficer } from "@/lib/admin/manage-officers";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { parseBoundary, uuidSchema } from "@/lib/validation/boundary-schemas";
import { WorkflowError } from "@/lib/workflow/workflow-error";

/** Changes an officer's roles, or disables / enables the account (field `intent`). */
export async function updateOfficerAction(formData: FormData): Promise<void> {
  const admin = await requireOfficerPermission("manage-officers", "/quan-tri/can-bo");
  const officerId = parseBoundary(uuidSchema, formData.get("officerId")?.toString());
  const intent = String(formData.get("intent") ?? "");
  if (!officerId) return redirectInLocale("/quan-tri/can-bo?loi=not-found");
  try {
    await updateOfficer(
      await getDb(),
      admin,
      officerId,
      intent === "roles" ? { roles: formData.getAll("roles").map(String) } : { disabled: intent === "disable" },
    );
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
    return redirectInLocale(`/quan-tri/can-bo?loi=${encodeURIComponent(error.code)}`);
  }
  return redirectInLocale("/quan-tri/can-bo?da-luu=1");
}
