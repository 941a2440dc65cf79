import type { DatabaseOrTransaction } from "@/db/client";
import { appUrl } from "@/lib/auth/app-url";
import { issueAuthToken } from "@/lib/auth/auth-tokens";
import { enqueueEmail } from "@/lib/mail/outbox";
import { accountMessages } from "@/lib/messages/accounts";

/** Queues the email-verification link (24 h, single use) for the user's current address. */
export async function sendVerificationEmail(
  db: DatabaseOrTransaction,
  user: { id: string; email: string; fullName: string },
  now: Date = new Date(),
): Promise<void> {
  const token = await issueAuthToken(db, user.id, "verify-email", now);
  const link = `${appUrl()}/xac-minh-email?token=${encodeURIComponent(token)}`;
  await enqueueEmail(db, {
    to: user.email,
    subject: accountMessages.mail.verifySubject,
    text: accountMessages.mail.verifyText(user.fullName, link),
    kind: "verify-email",
  });
}
