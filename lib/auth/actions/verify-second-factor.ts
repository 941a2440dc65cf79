"use server";

import { getTranslations } from "next-intl/server";
import { redirectInLocale } from "@/lib/i18n/server-redirect";
import { getDb } from "@/db/client";
import { getLiveSession } from "@/lib/auth/current-user";
import { landingPath } from "@/lib/auth/landing-path";
import { verifySecondFactor } from "@/lib/auth/verify-second-factor";

export async function verifySecondFactorAction(_: { message: string }, formData: FormData): Promise<{ message: string }> {
  const next = landingPath("officer", formData.get("next"));
  const live = await getLiveSession();
  if (!live) return redirectInLocale(`/dang-nhap?next=${encodeURIComponent(next)}`);
  const outcome = await verifySecondFactor(await getDb(), {
    userId: live.user.id,
    sessionId: live.session.id,
    code: String(formData.get("code") ?? "").replace(/\s/g, ""),
  });
  if (outcome !== "ok") return { message: (await getTranslations("secondFactor"))(outcome) };
  return redirectInLocale(next);
}
