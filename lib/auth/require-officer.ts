import { requireUser, type CurrentUser } from "./current-user";
import { notFound } from "next/navigation";

export type Officer = CurrentUser & { kind: "officer"; unitId: number };

/** The signed-in officer (password and authenticator code), or a redirect to sign in; others get a 404. */
export async function requireOfficer(returnTo: string): Promise<Officer> {
  const user = await requireUser(returnTo);
  if (user.kind !== "officer" || user.unitId === null) notFound();
  return user as Officer;
}
