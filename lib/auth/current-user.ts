import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { getDb } from "@/db/client";
import { findLiveSession } from "./sessions";

/**
 * The signed-in user of this request, checked against the server-side session row on every request
 * (revocable). Server components, actions and route handlers call these; functions in lib/ take the
 * user's id as a parameter instead, so they can be tested without a request.
 */
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { getDb } from "@/db/client";
import { safeNextPath } from "./safe-next-path";
import { findSessionUser } from "./session-store";
import { toCurrentUser } from "./to-current-user";

export interface CurrentUser {
  id: string;
  kind: "citizen" | "business" | "officer";
  email: string;
  emailVerified: boolean;
  fullName: string;
  /** CCCD (citizen) or tax code (business); null for officers. */
  idNumber: string | null;
  dateOfBirth: string | null;
  phone: string;
  address: string;
  legalRepresentative: string | null;
  /** Officer only. */
  unitId: number | null;
  roles: string[];
  sessionId: string;
}

/** The id of this request's server-side session (from the signed cookie), or null. */
export const getCurrentSessionId = cache(async (): Promise<string | null> => {
  const session = await auth();
  return session?.sessionId ?? null;
});

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const sessionId = await getCurrentSessionId();
  if (!sessionId) return null;
  const user = await findSessionUser(await getDb(), sessionId);
  return user ? toCurrentUser(user) : null;
});

/** The signed-in user, or a redirect to sign in that comes back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/dang-nhap?next=${encodeURIComponent(safeNextPath(returnTo))}`);
  return user;
}
