/**
 * CONTRACT for the rest of the app (implemented by the accounts work, issue 3 §1):
 *
 *   getCurrentUser(): Promise<CurrentUser | null>   — the signed-in user of this request, checked against
 *                                                    the server-side session row (revocable), or null.
 *   requireUser(returnTo: string): Promise<CurrentUser> — same, but redirects to /dang-nhap?next=<returnTo>
 *                                                    when nobody is signed in.
 *
 * Server components, server actions and route handlers call these; business functions in lib/ take the
 * user's id as a parameter instead, so they can be tested without a request.
 */
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { getDb } from "@/db/client";
import { safeNextPath } from "./safe-next-path";
import { findLiveSession } from "./session-store";
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
  /** Officer only. */
  unitId: number | null;
  roles: string[];
}

/** The id of this request's server-side session (from the signed cookie), or null. */
export const getCurrentSessionId = cache(async (): Promise<string | null> => {
  const session = await auth();
  return session?.sessionId ?? null;
});

/** This request's live session and its user, whatever the second-factor state (once per request). */
export const getLiveSession = cache(async () => {
  const sessionId = await getCurrentSessionId();
  return sessionId ? findLiveSession(await getDb(), sessionId) : null;
});

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const live = await getLiveSession();
  if (!live) return null;
  // An officer is signed in only once the authenticator code (second factor) was entered.
  if (live.user.kind === "officer" && !live.session.secondFactorAt) return null;
  return toCurrentUser(live.user);
});

export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const next = encodeURIComponent(safeNextPath(returnTo));
    const live = await getLiveSession();
    redirect(live?.user.kind === "officer" ? `/dang-nhap/xac-thuc?next=${next}` : `/dang-nhap?next=${next}`);
  }
  return user;
}
