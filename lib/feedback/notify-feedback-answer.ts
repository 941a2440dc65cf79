import type { DatabaseOrTransaction } from "@/db/client";
import { notifications } from "@/db/schema";
import { DEFAULT_LOCALE, localizeHref, type Locale } from "@/lib/i18n/locales";
import { enqueueEmail } from "@/lib/mail/outbox";
import { FEEDBACK_PATHS } from "./feedback-links";
import { feedbackAnsweredMail, feedbackNotification } from "./feedback-mail-texts";

/**
 * Sends the answer to the sender, in the sender's language (English with the Vietnamese below): an email
 * when an address was given, an in-app notification when the item belongs to an account. Call it in the
 * transaction that records the answer.
 */
export async function notifyFeedbackAnswer(
  tx: DatabaseOrTransaction,
  item: { code: string; subject: string; senderName: string; senderEmail: string; userId: string | null; locale?: Locale },
  answer: string,
): Promise<void> {
  const locale = item.locale ?? DEFAULT_LOCALE;
  if (item.senderEmail) {
    const path = item.userId ? FEEDBACK_PATHS.own(item.code) : FEEDBACK_PATHS.lookup(item.code);
    const mail = feedbackAnsweredMail(locale, { name: item.senderName, code: item.code, subject: item.subject, answer, path });
    await enqueueEmail(tx, { to: item.senderEmail, subject: mail.subject, text: mail.body, kind: "feedback-answered" });
  }
  if (item.userId) {
    const notice = feedbackNotification(locale, "answered", item.code);
    await tx
      .insert(notifications)
      .values({ userId: item.userId, title: notice.title, body: notice.body, link: localizeHref(FEEDBACK_PATHS.own(item.code), locale) });
  }
}
