"use server";

import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { getLocale, getTranslations } from "next-intl/server";
import { clientAddressFrom } from "@/lib/auth/client-address";
import type { LookupFormState } from "@/lib/tracking/lookup-form-state";
import { runPublicLookup } from "@/lib/tracking/run-public-lookup";

/** The /tra-cuu form (works without JavaScript through useActionState's form action). */
export async function lookupAction(_previous: LookupFormState, formData: FormData): Promise<LookupFormState> {
  const code = String(formData.get("code") ?? "");
  const idNumber = String(formData.get("idNumber") ?? "");
  const values = { code, idNumber };
  const t = await getTranslations("tracking.lookup");
  try {
    const outcome = await runPublicLookup(await getDb(), clientAddressFrom(await headers()), { code, idNumber }, await getLocale());
    switch (outcome.kind) {
      case "rate_limited":
        return { values, message: t("rateLimited", { seconds: outcome.retryAfterSeconds }) };
      case "invalid":
        return { values, fieldErrors: outcome.fieldErrors };
      case "not_found":
        return { values, message: t("notFound") };
      case "found":
        return { values, result: outcome.dossier };
    }
  } catch (error) {
    console.error("Lookup failed", error);
    return { values, message: t("unavailable") };
  }
}
