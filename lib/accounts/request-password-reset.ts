import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { portalBaseUrl } from "@/lib/mail/portal-link";
import { issueAuthToken } from "@/lib/auth/auth-tokens";
import { enqueueEmail } from "@/lib/mail/outbox";
import { localizeHref } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { consumeRateLimit } from "@/lib/security/rate-limit";

/** At most this many reset emails per address per hour (more requests are answered the same, silently). */
const RESET_EMAILS_PER_HOUR = 5;

/**
 * Emails a password-reset link (1 h, single use) when the address belongs to an active account.
 * The caller answers the same either way, so the page reveals nothing about who has an account.
 */
export async function requestPasswordReset(db: Database, email: string, now: Date = new Date()): Promise<void> {
  const [user] = await db
    .select({ id: users.id, email: users.email, fullName: users.fullName, locale: users.locale })
    .from(users)
    .where(and(eq(users.email, email), isNull(users.disabledAt)))
    .limit(1);
  if (!user) return;
  const limit = await consumeRateLimit(db, `reset:email:${user.id}`, { windowMs: 60 * 60 * 1000, limit: RESET_EMAILS_PER_HOUR }, now);
  if (!limit.allowed) return;
  await db.transaction(async (tx) => {
    const token = await issueAuthToken(tx, user.id, "reset-password", now);
    const link = `${portalBaseUrl()}${localizeHref(`/quen-mat-khau/dat-lai?token=${encodeURIComponent(token)}`, user.locale)}`;
    const t = translatorFor(user.locale, "mail");
    await enqueueEmail(tx, {
      to: user.email,
      subject: t("accounts.resetSubject"),
      text: t("accounts.resetText", { name: user.fullName, link }),
      kind: "reset-password",
    });
  });
}
