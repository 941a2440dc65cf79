import type { DatabaseOrTransaction } from "@/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { consumeLookupAllowance } from "./lookup-rate-limit";
import { lookupDossier, type PublicDossierStatus } from "./lookup-dossier";
import { lookupSchema } from "./lookup-schema";

export type PublicLookupOutcome =
  | { kind: "rate_limited"; retryAfterSeconds: number }
  | { kind: "invalid"; fieldErrors: { code?: string; idNumber?: string } }
  | { kind: "not_found" }
  | { kind: "found"; dossier: PublicDossierStatus };

/**
 * The public lookup, shared by /tra-cuu and the API: every attempt counts against the client address
 * (malformed ones too, so guessing costs the same), then the input is checked, then code AND ID must match.
 */
export async function runPublicLookup(
  db: DatabaseOrTransaction,
  clientAddress: string,
  raw: { code: unknown; idNumber: unknown },
  locale: Locale = "vi",
  now?: Date,
): Promise<PublicLookupOutcome> {
  const allowance = await consumeLookupAllowance(db, clientAddress, now);
  if (!allowance.allowed) return { kind: "rate_limited", retryAfterSeconds: Math.max(1, Math.ceil(allowance.retryAfterMs / 1000)) };
  const parsed = lookupSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: { code?: string; idNumber?: string } = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === "code" || field === "idNumber") && !fieldErrors[field]) fieldErrors[field] = issue.message;
    }
    return { kind: "invalid", fieldErrors };
  }
  const dossier = await lookupDossier(db, parsed.data, locale);
  return dossier ? { kind: "found", dossier } : { kind: "not_found" };
}
