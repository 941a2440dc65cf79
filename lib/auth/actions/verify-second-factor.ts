"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getLiveSession } from "@/lib/auth/current-user";
import { landingPath } from "@/lib/auth/landing-path";
import { verifySecondFactor } from "@/lib/auth/verify-second-factor";
import { secondFactorMessages as m } from "@/lib/messages/second-factor";

export async function verifySecondFactorAction(_: { message: string }, formData: FormData): Promise<{ message: string }> {
  const next = landingPath("officer", formData.get("next"));
  const live = await getLiveSession();
  if (!live) redirect(`/dang-nhap?next=${encodeURIComponent(next)}`);
  const outcome = await verifySecondFactor(await getDb(), { userId: live.user.id, sessionId: live.session.id, code: String(formData.get("code") ?? "").replace(/\s/g, "") });
  if (outcome !== "ok") return { message: m[outcome] };
  redirect(next);
}
