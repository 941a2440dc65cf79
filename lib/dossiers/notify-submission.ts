import type { DatabaseOrTransaction } from "@/db/client";
import { notifications } from "@/db/schema";
import { formatVietnamDateTime } from "@/lib/calendar";
import { enqueueEmail } from "@/lib/mail/outbox";
import { submission } from "@/lib/messages/submission";
import type { SubmittedDossier } from "./submitted-dossier";

/** Base of the links in emails; PORTAL_URL in production. */
export function portalUrl(): string {
  return (process.env.PORTAL_URL ?? process.env.AUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

/** Confirmation email (outbox) to the applicant and an in-app notification, in the submit transaction. */
export async function notifySubmission(tx: DatabaseOrTransaction, userId: string | null, dossier: SubmittedDossier): Promise<void> {
  const path = `/ho-so/${encodeURIComponent(dossier.code)}`;
  const dueAt = formatVietnamDateTime(dossier.dueAt);
  if (dossier.applicantEmail) {
    await enqueueEmail(tx, {
    to: dossier.applicantEmail,
    subject: submission.email.subject(dossier.code),
    text: submission.email.body({
      name: dossier.applicantName,
      code: dossier.code,
      service: dossier.serviceName,
      unit: dossier.unit.name,
      submittedAt: formatVietnamDateTime(dossier.submittedAt),
      receiptDeadline: formatVietnamDateTime(dossier.receiptDeadline),
      dueAt,
      link: `${portalUrl()}${path}`,
    }),
    kind: "dossier-submitted",
    });
  }
  if (!userId) return;
  await tx.insert(notifications).values({
    userId,
    dossierId: dossier.id,
    title: submission.notification.title(dossier.code),
    body: submission.notification.body(dossier.serviceName, dueAt),
    link: path,
  });
}
