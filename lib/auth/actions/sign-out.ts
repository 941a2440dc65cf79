"use server";

import { getLocale } from "next-intl/server";
import { signOut } from "@/auth";
import { localizeHref } from "@/lib/i18n/locales";
import { getDb } from "@/db/client";
import { getCurrentSessionId } from "@/lib/auth/current-user";
import { revokeSession } from "@/lib/auth/session-store";

/** Revokes this session's row (so the cookie is worthless even if kept) and clears the cookie. */
export async function signOutAction(): Promise<void> {
  const sessionId = await getCurrentSessionId();
  if (sessionId) await revokeSession(await getDb(), sessionId);
  await signOut({ redirectTo: localizeHref("/dang-nhap?tb=da-dang-xuat", await getLocale()) });
}
