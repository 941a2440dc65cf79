"use server";

import { getLocale } from "next-intl/server";
import { signIn } from "@/auth";
import { localizeHref } from "@/lib/i18n/locales";
import { OIDC_PROVIDER_ID } from "@/lib/auth/oidc-provider-config";
import { safeNextPath } from "@/lib/auth/safe-next-path";

/** Starts the sign-in at the national identity provider (a plain form post, so it works without JavaScript). */
export async function signInWithOidcAction(formData: FormData): Promise<void> {
  await signIn(OIDC_PROVIDER_ID, { redirectTo: localizeHref(safeNextPath(formData.get("next")), await getLocale()) });
}
