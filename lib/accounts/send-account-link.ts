import type { DatabaseOrTransaction } from "@/db/client";
import { portalBaseUrl } from "@/lib/mail/portal-link";
import { issueAuthToken } from "@/lib/auth/auth-tokens";
import { enqueueEmail } from "@/lib/mail/outbox";
import { localizeHref, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

/** Queues the email-verification link (24 h, single use) for the user's current address, in their language. */
export async function sendVerificationEmail(
  db: DatabaseOrTransaction,
  user: { id: string; email: string; fullName: string; locale: Locale },
  now: Date = new Date(),
): Promise<void> {
  const token = await issueAuthToken(db, user.id, "verify-email", now);
  const link = `${portalBaseUrl()}${localizeHref(`/xac-minh-email?token=${encodeURIComponent(token)}`, user.locale)}`;
  const t = translatorFor(user.locale, "mail");
  await enqueueEmail(db, {
    to: user.email,
    subject: t("accounts.verifySubject"),
    text: t("accounts.verifyText", { name: user.fullName, link }),
    kind: "verify-email",
  });
}
