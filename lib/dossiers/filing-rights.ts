import { eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { users } from "@/db/schema";
import type { Audience } from "@/lib/catalog/service-schema";

export type AccountKind = "citizen" | "business" | "officer";
export type FilingRefusal = "officer" | "citizens_only" | "businesses_only";

/**
 * Who may file a service online, by account kind and the service's audience: citizens the services for
 * citizens (cong-dan) or for both (ca-hai), businesses those for businesses or both. Officers never file
 * online: they take dossiers in at the counter, where the applicant is recorded as such.
 */
export function filingRefusal(kind: AccountKind | string, audience: Audience | string): FilingRefusal | null {
  if (kind === "citizen") return audience === "doanh-nghiep" ? "businesses_only" : null;
  if (kind === "business") return audience === "cong-dan" ? "citizens_only" : null;
  return "officer";
}

const REFUSAL_KEYS = {
  officer: "filingRefusedOfficer",
  citizens_only: "filingRefusedCitizensOnly",
  businesses_only: "filingRefusedBusinessesOnly",
} as const satisfies Record<FilingRefusal, string>;

/** The refusal's message in the `validation.submission` catalog (a step form shows it in the reader's language). */
export function filingRefusalKey(refusal: FilingRefusal): `validation.submission.${(typeof REFUSAL_KEYS)[FilingRefusal]}` {
  return `validation.submission.${REFUSAL_KEYS[refusal]}`;
}

/** The refusal for this account and service, reading the account's kind (unknown account: "officer", i.e. no). */
export async function checkFilingRights(db: DatabaseOrTransaction, userId: string, audience: Audience | string): Promise<FilingRefusal | null> {
  const [user] = await db.select({ kind: users.kind }).from(users).where(eq(users.id, userId)).limit(1);
  return filingRefusal(user?.kind ?? "", audience);
}
