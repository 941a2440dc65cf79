import { notFound } from "next/navigation";
import { mayOfficer, type OfficerAction } from "@/lib/workflow/permissions";
import { requireOfficer, type Officer } from "./require-officer";

/** The signed-in officer if their roles allow `action`; other officers get a 404, not a hint. */
export async function requireOfficerPermission(action: OfficerAction, returnTo: string): Promise<Officer> {
  const officer = await requireOfficer(returnTo);
  if (!mayOfficer(officer.roles, action)) notFound();
  return officer;
}
