import { redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "./current-user";

export type Officer = CurrentUser & { kind: "officer"; unitId: number };

/** The signed-in officer, or a redirect to sign in. Pages and actions of /quan-tri call it first. */
export async function requireOfficer(returnTo: string): Promise<Officer> {
  const user = await getCurrentUser();
  if (!user || user.kind !== "officer" || user.unitId === null) {
    redirect(`/dang-nhap?next=${encodeURIComponent(returnTo)}`);
  }
  return user as Officer;
}
