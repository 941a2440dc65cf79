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

/** The live session of this request (once per request), whatever its second-factor state. */
export const getLiveSession = cache(async () => {
  const session = await auth();
  if (!session?.sid) return null;
  return findLiveSession(await getDb(), session.sid);
});

export async function getCurrentUser(): Promise<CurrentUser | null> {
  const live = await getLiveSession();
  if (!live) return null;
  const { user, session } = live;
  // An officer is signed in only after the authenticator code (second factor).
  if (user.kind === "officer" && !session.secondFactorAt) return null;
  return {
    id: user.id,
    kind: user.kind as CurrentUser["kind"],
    email: user.email,
    emailVerified: user.emailVerifiedAt !== null,
    fullName: user.fullName,
    idNumber: user.idNumber,
    dateOfBirth: user.dateOfBirth,
    phone: user.phone,
    address: user.address,
    legalRepresentative: user.legalRepresentative,
    unitId: user.unitId,
    roles: user.roles,
    sessionId: session.id,
  };
}

/** The signed-in user, or a redirect to sign in that comes back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const live = await getLiveSession();
    if (live?.user.kind === "officer") redirect(`/dang-nhap/xac-thuc?next=${encodeURIComponent(safeReturnPath(returnTo))}`);
    redirect(`/dang-nhap?next=${encodeURIComponent(safeReturnPath(returnTo))}`);
  }
  return user;
}

/** Only paths of this site: "/x" but not "//evil.example" or "https://…" (no open redirect). */
export function safeReturnPath(value: string | null | undefined, fallback = "/ho-so"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\") || /[\r\n]/.test(value)) return fallback;
  return value.slice(0, 500);
}
