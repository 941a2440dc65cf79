import type { DatabaseOrTransaction } from "@/db/client";
import { notifications } from "@/db/schema";
import { portalLink } from "@/lib/mail/portal-link";
import { enqueueEmail } from "@/lib/mail/outbox";
import { feedbackMail } from "@/lib/messages/feedback-mail";
import { FEEDBACK_PATHS } from "./feedback-links";

/**
 * Sends the answer to the sender: an email when an address was given, an in-app notification when the
 * item belongs to an account. Call it in the transaction that records the answer.
 */
export async function notifyFeedbackAnswer(
  tx: DatabaseOrTransaction,
  item: { code: string; subject: string; senderName: string; senderEmail: string; userId: string | null },
  answer: string,
): Promise<void> {
  const m = feedbackMail.answered;
  if (item.senderEmail) {
    const link = portalLink(item.userId ? FEEDBACK_PATHS.own(item.code) : FEEDBACK_PATHS.lookup(item.code));
    await enqueueEmail(tx, {
      to: item.senderEmail,
      subject: m.subject(item.code),
      text: m.body({ name: item.senderName, code: item.code, subject: item.subject, answer, link }),
      kind: "feedback-answered",
    });
  }
  if (item.userId) {
    await tx
      .insert(notifications)
      .values({ userId: item.userId, title: m.notificationTitle(item.code), body: m.notificationBody, link: FEEDBACK_PATHS.own(item.code) });
  }
}
