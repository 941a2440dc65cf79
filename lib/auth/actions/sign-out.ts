"use server";

import { signOut } from "@/auth";
import { getDb } from "@/db/client";
import { getCurrentSessionId } from "@/lib/auth/current-user";
import { revokeSession } from "@/lib/auth/session-store";

/** Revokes this session's row (so the cookie is worthless even if kept) and clears the cookie. */
export async function signOutAction(): Promise<void> {
  const sessionId = await getCurrentSessionId();
  if (sessionId) await revokeSession(await getDb(), sessionId);
  await signOut({ redirectTo: "/dang-nhap?tb=da-dang-xuat" });
}
