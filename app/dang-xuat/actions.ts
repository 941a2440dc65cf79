"use server";

import { redirect } from "next/navigation";
import { signOut } from "@/auth";
import { getDb } from "@/db/client";
import { getLiveSession } from "@/lib/auth/current-user";
import { revokeSession } from "@/lib/auth/sessions";

/** Ends the server-side session (so the cookie is worthless even if kept) and clears the cookie. */
export async function signOutAction(): Promise<void> {
  const live = await getLiveSession();
  if (live) await revokeSession(await getDb(), live.session.id);
  await signOut({ redirect: false });
  redirect("/?da-dang-xuat=1");
}
