import type { DatabaseOrTransaction } from "@/db/client";
import { emailOutbox } from "@/db/schema";

export type EmailKind =
  | "verify-email"
  | "reset-password"
  | "registration-attempt"
  | "dossier-submitted"
  | "dossier-status"
  | "feedback-received"
  | "feedback-answered"
  | "feedback-reminder"
  | "feedback-escalation";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  kind: EmailKind;
}

/**
 * Queues an email in the outbox, inside the caller's transaction, so a message is sent only for a change
 * that was committed. Delivery (SMTP when SMTP_URL is set) happens afterwards, from the outbox.
 */
export async function enqueueEmail(db: DatabaseOrTransaction, email: OutgoingEmail): Promise<number> {
  const [row] = await db
    .insert(emailOutbox)
    .values({ toAddress: email.to, subject: email.subject, textBody: email.text, htmlBody: email.html ?? null, kind: email.kind })
    .returning({ id: emailOutbox.id });
  if (!row) throw new Error("email_outbox insert returned no row");
  return row.id;
}
