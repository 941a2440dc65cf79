import { eq, or } from "drizzle-orm";
import type { Database, DatabaseOrTransaction } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { serverEnv } from "@/lib/config";
import { enqueueEmail } from "@/lib/mail/outbox";
import { portalBaseUrl } from "@/lib/mail/portal-link";
import { localizeHref, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import type { RegisterBusinessData } from "./register-business-schema";
import type { RegisterCitizenData } from "./register-citizen-schema";
import { sendAccountLink } from "./send-account-link";
import { uniqueViolation } from "./unique-violation";

/** `locale`: the language of the page it registered on (its mail and notifications use it); Vietnamese if not given. */
export type RegisterAccountInput = (({ kind: "citizen" } & RegisterCitizenData) | ({ kind: "business" } & RegisterBusinessData)) & {
  locale?: Locale;
};

/**
 * `created: false` means an account already had the email or the CCCD / tax code: nothing was created
 * and its owner was told by email. Callers MUST answer both the same way (no account enumeration).
 */
export type RegisterAccountResult = { ok: true; created: boolean } | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

const HOUR_MS = 60 * 60 * 1000;
/** Notices about attempts with someone's details, per existing account per hour (no mail bombing). */
const NOTICES_PER_ACCOUNT_PER_HOUR = 3;

/**
 * Creates a citizen or business account and queues its verification email, in one transaction, at most
 * REGISTRATION_RATE_LIMIT times an hour per client address (counted in rate_limits, shared by every
 * instance). When the email or the number already has an account, the answer is the same as for a new
 * one; the owner of that account gets a notice instead (and the password is hashed either way, so the
 * time taken tells nothing either).
 */
export async function registerAccount(
  db: Database,
  input: RegisterAccountInput,
  context: { clientAddress: string },
  now: Date = new Date(),
): Promise<RegisterAccountResult> {
  const limit = await consumeRateLimit(
    db,
    `register:ip:${context.clientAddress}`,
    { windowMs: HOUR_MS, limit: serverEnv().REGISTRATION_RATE_LIMIT },
    now,
  );
  if (!limit.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: Math.ceil(limit.retryAfterMs / 1000) };

  const passwordHash = await hashPassword(input.password);
  if (await notifyExistingOwners(db, input, now)) return { ok: true, created: false };
  try {
    await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(users)
        .values({
          kind: input.kind,
          email: input.email,
          passwordHash,
          fullName: input.fullName,
          idNumber: input.idNumber,
          dateOfBirth: input.kind === "citizen" ? input.dateOfBirth : null,
          legalRepresentative: input.kind === "business" ? input.legalRepresentative : null,
          phone: input.phone,
          address: input.address,
          locale: input.locale ?? "vi",
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: users.id });
      if (!created) throw new Error("users insert returned no row");
      await sendAccountLink(tx, { id: created.id, email: input.email, fullName: input.fullName, locale: input.locale ?? "vi" }, "verify-email", now);
    });
    return { ok: true, created: true };
  } catch (error) {
    const constraint = uniqueViolation(error);
    if (constraint !== "users_email_key" && constraint !== "users_id_number_key") throw error;
    // A parallel registration won the race for the same email or number: its owner is told, as above.
    await notifyExistingOwners(db, input, now);
    return { ok: true, created: false };
  }
}

/** Emails each account that already holds the email or the number; false when there is none. */
async function notifyExistingOwners(db: Database, input: RegisterAccountInput, now: Date): Promise<boolean> {
  const owners = await db
    .select({ id: users.id, email: users.email, fullName: users.fullName, idNumber: users.idNumber, locale: users.locale })
    .from(users)
    .where(or(eq(users.email, input.email), eq(users.idNumber, input.idNumber)))
    .limit(2);
  for (const owner of owners) {
    const what = owner.email === input.email ? "email" : input.kind === "citizen" ? "idNumber" : "taxCode";
    await sendAttemptNotice(db, owner, what, now);
  }
  return owners.length > 0;
}

async function sendAttemptNotice(
  db: DatabaseOrTransaction,
  owner: { id: string; email: string; fullName: string; locale: Locale },
  what: "email" | "idNumber" | "taxCode",
  now: Date,
) {
  const limit = await consumeRateLimit(db, `register:notice:${owner.id}`, { windowMs: HOUR_MS, limit: NOTICES_PER_ACCOUNT_PER_HOUR }, now);
  if (!limit.allowed) return;
  const base = portalBaseUrl();
  // In the existing owner's language, not the one of whoever tried.
  const t = translatorFor(owner.locale, "mail");
  await enqueueEmail(db, {
    to: owner.email,
    subject: t("accounts.registrationAttemptSubject"),
    text: t("accounts.registrationAttemptText", {
      name: owner.fullName,
      what,
      signInLink: `${base}${localizeHref("/dang-nhap", owner.locale)}`,
      resetLink: `${base}${localizeHref("/quen-mat-khau", owner.locale)}`,
    }),
    kind: "registration-attempt",
  });
}
