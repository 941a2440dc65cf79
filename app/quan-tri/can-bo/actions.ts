"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { createOfficer, newOfficerSchema, updateOfficer } from "@/lib/admin/manage-officers";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { parseBoundary, uuidSchema } from "@/lib/validation/boundary-schemas";
import { WorkflowError } from "@/lib/workflow/workflow-error";

export interface OfficerFormState {
  message: string;
  fieldErrors: Record<string, string>;
  values: { fullName: string; email: string; roles: string[]; divisionId: string };
}

export async function createOfficerAction(_: OfficerFormState, formData: FormData): Promise<OfficerFormState> {
  const admin = await requireOfficerPermission("manage-officers", "/quan-tri/can-bo");
  const values = {
    fullName: String(formData.get("fullName") ?? ""),
    email: String(formData.get("email") ?? ""),
    roles: formData.getAll("roles").map(String),
    divisionId: String(formData.get("divisionId") ?? "").slice(0, 20),
  };
  const parsed = newOfficerSchema.safeParse({ ...values, password: String(formData.get("password") ?? "") });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { message: "Vui lòng kiểm tra các ô được đánh dấu.", fieldErrors, values };
  }
  try {
    await createOfficer(await getDb(), admin, parsed.data);
  } catch (error) {
    if (error instanceof WorkflowError) return { message: error.message, fieldErrors: error.field ? { [error.field]: error.message } : {}, values };
    throw error;
  }
  redirect("/quan-tri/can-bo?da-them=1");
}

export async function updateOfficerAction(formData: FormData): Promise<void> {
  const admin = await requireOfficerPermission("manage-officers", "/quan-tri/can-bo");
  const officerId = parseBoundary(uuidSchema, formData.get("officerId")?.toString());
  const intent = String(formData.get("intent") ?? "");
  if (!officerId) redirect("/quan-tri/can-bo?loi=not-found");
  try {
    await updateOfficer(await getDb(), admin, officerId, intent === "roles" ? { roles: formData.getAll("roles").map(String) } : { disabled: intent === "disable" });
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
    redirect(`/quan-tri/can-bo?loi=${encodeURIComponent(error.code)}`);
  }
  redirect("/quan-tri/can-bo?da-luu=1");
}
