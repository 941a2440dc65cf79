import { and, eq, isNull } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { users } from "@/db/schema";

export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  fullName: string | null;
}

/**
 * First sign-in through the identity provider: the account already linked to (issuer, subject); else the
 * account with the same VERIFIED email on both sides, linked now; else a new citizen account (no password).
 * Returns the user's id, or null when the account is disabled.
 */
export async function linkOidcAccount(db: DatabaseOrTransaction, identity: OidcIdentity, now: Date = new Date()): Promise<string | null> {
  const [linked] = await db
    .select({ id: users.id, disabledAt: users.disabledAt })
    .from(users)
    .where(and(eq(users.oidcIssuer, identity.issuer), eq(users.oidcSubject, identity.subject)))
    .limit(1);
  if (linked) return linked.disabledAt ? null : linked.id;

  const email = identity.email?.trim().toLowerCase() || null;
  if (email && identity.emailVerified) {
    const [sameEmail] = await db
      .update(users)
      .set({ oidcIssuer: identity.issuer, oidcSubject: identity.subject, updatedAt: now })
      .where(and(eq(users.email, email), isNull(users.oidcSubject), eq(users.kind, "citizen")))
      .returning({ id: users.id, emailVerifiedAt: users.emailVerifiedAt, disabledAt: users.disabledAt });
    if (sameEmail) {
      if (!sameEmail.emailVerifiedAt) {
        // The provider vouches for the address, so the portal's own check is done as well.
        await db.update(users).set({ emailVerifiedAt: now }).where(eq(users.id, sameEmail.id));
      }
      return sameEmail.disabledAt ? null : sameEmail.id;
    }
  }

  const [taken] = email ? await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1) : [];
  const [created] = await db
    .insert(users)
    .values({
      kind: "citizen",
      // An address already used by another account (or none given) gets a placeholder the user can change.
      email: email && !taken ? email : `oidc-${identity.subject.toLowerCase().replace(/[^a-z0-9._-]/g, "")}@vneid.invalid`,
      emailVerifiedAt: email && !taken && identity.emailVerified ? now : null,
      fullName: identity.fullName?.trim() || "Công dân",
      oidcIssuer: identity.issuer,
      oidcSubject: identity.subject,
    })
    .returning({ id: users.id });
  return created?.id ?? null;
}
