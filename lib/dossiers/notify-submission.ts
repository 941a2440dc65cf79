import { formatVietnamDateTime } from "@/lib/calendar";
import { submission } from "@/lib/messages/submission";
import type { SubmittedDossier } from "./submitted-dossier";

/** Base of the links in emails; PORTAL_URL in production. */
export function portalUrl(): string {
  return (process.env.PORTAL_URL ?? process.env.AUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

/** Stands for the dossier code in the texts below until the database has given the number. */
export const CODE_MARK = "{{MA_HO_SO}}";

/**
 * The confirmation email (outbox, to the applicant) and the in-app notification of a submission, with
 * CODE_MARK where the code goes: they are written in the same statement that takes the code.
 */
export function submissionMessages(dossier: Omit<SubmittedDossier, "code">) {
  const dueAt = formatVietnamDateTime(dossier.dueAt);
  const link = `/ho-so/${CODE_MARK}`;
  return {
    subject: submission.email.subject(CODE_MARK),
    body: submission.email.body({
      name: dossier.applicantName,
      code: CODE_MARK,
      service: dossier.serviceName,
      unit: dossier.unit.name,
      submittedAt: formatVietnamDateTime(dossier.submittedAt),
      receiptDeadline: formatVietnamDateTime(dossier.receiptDeadline),
      dueAt,
      link: `${portalUrl()}${link}`,
    }),
    title: submission.notification.title(CODE_MARK),
    notice: submission.notification.body(dossier.serviceName, dueAt),
    link,
  };
}
