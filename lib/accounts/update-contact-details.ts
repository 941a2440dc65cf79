import { recordAudit } from "@/lib/admin/record-audit";
import { and, eq, ne } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import type { UpdateContactData } from "./profile-schemas";
import { sendAccountLink } from "./send-account-link";
import { uniqueViolation } from "./unique-violation";

export type UpdateContactResult = { ok: true; emailChanged: boolean } | { ok: false; taken: "email" };

/**
 * Saves phone, email and address; a new email is unverified until its link (sent now) is opened. `locale`,
 * the language of the page the details were saved on, becomes the account's language (its mail and
 * notifications).
 */
export async function updateContactDetails(
  db: Database,
  userId: string,
  input: UpdateContactData & { locale?: Locale },
  now: Date = new Date(),
): Promise<UpdateContactResult> {
  const [other] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, input.email), ne(users.id, userId)))
    .limit(1);
  if (other) return { ok: false, taken: "email" };
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx
        .select({ email: users.email, fullName: users.fullName, locale: users.locale })
        .from(users)
        .where(eq(users.id, userId))
        .limit(1);
      if (!current) throw new Error(`No user ${userId}`);
      const emailChanged = current.email !== input.email;
      await tx
        .update(users)
        .set({
          phone: input.phone,
          address: input.address,
          email: input.email,
          ...(input.locale ? { locale: input.locale } : {}),
          ...(emailChanged ? { emailVerifiedAt: null } : {}),
          updatedAt: now,
        })
        .where(eq(users.id, userId));
      if (emailChanged)
        await sendAccountLink(
          tx,
          { id: userId, email: input.email, fullName: current.fullName, locale: input.locale ?? current.locale },
          "verify-email",
          now,
        );
      // The email is how an account is recovered: its change is audited (phone and address are not kept here).
      if (emailChanged) {
        const who = { id: userId, name: current.fullName };
        await recordAudit(tx, {
          actor: who,
          action: "account.contact",
          target: who,
          before: { email: current.email },
          after: { email: input.email },
          at: now,
        });
      }
      return { ok: true as const, emailChanged };
    });
  } catch (error) {
    if (uniqueViolation(error) === "users_email_key") return { ok: false, taken: "email" };
    throw error;
  }
}
