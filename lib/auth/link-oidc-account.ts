import { and, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { users } from "@/db/schema";

interface OidcProfile {
  name?: unknown;
  email?: unknown;
  email_verified?: unknown;
  /** CCCD, when the identity provider releases it. */
  id_number?: unknown;
  birthdate?: unknown;
  phone_number?: unknown;
}

const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");

/**
 * The account for a national-identity sign-in: the one already linked to (issuer, subject); else the
 * account with the same verified email, now linked; else a new citizen account from the claims.
 */
export async function linkOidcAccount(
  db: DatabaseOrTransaction,
  input: { issuer: string; subject: string; profile: OidcProfile },
): Promise<{ id: string } | null> {
  if (!input.issuer || !input.subject) return null;
  const [linked] = await db.select({ id: users.id }).from(users).where(and(eq(users.oidcIssuer, input.issuer), eq(users.oidcSubject, input.subject)));
  if (linked) return linked;
  const email = text(input.profile.email).toLowerCase();
  const emailVerified = input.profile.email_verified === true;
  if (email && emailVerified) {
    const [byEmail] = await db.select({ id: users.id, kind: users.kind, oidcSubject: users.oidcSubject }).from(users).where(eq(users.email, email));
    if (byEmail) {
      if (byEmail.kind !== "citizen" || byEmail.oidcSubject) return null;
      await db.update(users).set({ oidcIssuer: input.issuer, oidcSubject: input.subject, emailVerifiedAt: new Date() }).where(eq(users.id, byEmail.id));
      return { id: byEmail.id };
    }
  }
  const idNumber = /^[0-9]{12}$/.test(text(input.profile.id_number)) ? text(input.profile.id_number) : null;
  const birthdate = /^\d{4}-\d{2}-\d{2}$/.test(text(input.profile.birthdate)) ? text(input.profile.birthdate) : null;
  const [created] = await db
    .insert(users)
    .values({
      kind: "citizen",
      email: email || `${input.subject.replace(/[^a-zA-Z0-9._-]/g, "")}@dinh-danh.invalid`,
      emailVerifiedAt: email && emailVerified ? new Date() : null,
      fullName: text(input.profile.name) || "Công dân",
      idNumber,
      dateOfBirth: birthdate,
      phone: text(input.profile.phone_number),
      oidcIssuer: input.issuer,
      oidcSubject: input.subject,
    })
    .onConflictDoNothing()
    .returning({ id: users.id });
  return created ?? null;
}
