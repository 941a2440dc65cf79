import type { DatabaseOrTransaction } from "@/db/client";
import { portalBaseUrl } from "@/lib/mail/portal-link";
import { issueAuthToken, type TokenPurpose } from "@/lib/auth/auth-tokens";
import { enqueueEmail } from "@/lib/mail/outbox";
import { localizeHref, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

/** Where each emailed link leads, and the mail catalog's texts that carry it. */
const LINKS = {
  "verify-email": { path: "/xac-minh-email", subject: "accounts.verifySubject", text: "accounts.verifyText" },
  "reset-password": { path: "/quen-mat-khau/dat-lai", subject: "accounts.resetSubject", text: "accounts.resetText" },
} as const satisfies Record<TokenPurpose, unknown>;

/**
 * Queues an account email with a new single-use link (email verification: 24 h, to the user's current
 * address; password reset: 1 h), in the user's language.
 */
export async function sendAccountLink(
  db: DatabaseOrTransaction,
  user: { id: string; email: string; fullName: string; locale: Locale },
  purpose: TokenPurpose,
  now: Date = new Date(),
): Promise<void> {
  const { path, subject, text } = LINKS[purpose];
  const token = await issueAuthToken(db, user.id, purpose, now);
  const link = `${portalBaseUrl()}${localizeHref(`${path}?token=${encodeURIComponent(token)}`, user.locale)}`;
  const t = translatorFor(user.locale, "mail");
  await enqueueEmail(db, { to: user.email, subject: t(subject), text: t(text, { name: user.fullName, link }), kind: purpose });
}
