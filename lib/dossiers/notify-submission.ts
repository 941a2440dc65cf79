import { portalLink } from "@/lib/mail/portal-link";
import { formatVietnamDateTime } from "@/lib/calendar";
import { localizeHref, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { SubmittedDossier } from "./submitted-dossier";

/** Stands for the dossier code in the texts below until the database has given the number. */
export const CODE_MARK = "{{MA_HO_SO}}";

/**
 * The confirmation email (outbox, to the applicant) and the in-app notification of a submission, with
 * CODE_MARK where the code goes: they are written in the same statement that takes the code. In the
 * applicant's language; an English mail carries the Vietnamese original below it (docs/i18n.md).
 */
export function submissionMessages(dossier: Omit<SubmittedDossier, "code">, locale: Locale = "vi") {
  const dueAt = formatVietnamDateTime(dossier.dueAt);
  const link = localizeHref(`/ho-so/${CODE_MARK}`, locale);
  const mail = (reader: Locale) => {
    const t = translatorFor(reader, "submission");
    return {
      subject: t("email.subject", { code: CODE_MARK }),
      body: t("email.body", {
        name: dossier.applicantName,
        code: CODE_MARK,
        service: dossier.serviceName,
        unit: dossier.unit.name,
        submittedAt: formatVietnamDateTime(dossier.submittedAt),
        receiptDeadline: formatVietnamDateTime(dossier.receiptDeadline),
        dueAt,
        link: portalLink(localizeHref(`/ho-so/${CODE_MARK}`, reader)),
      }),
    };
  };
  const own = mail(locale);
  const t = translatorFor(locale, "submission");
  return {
    subject: own.subject,
    body: locale === "vi" ? own.body : `${own.body}\n\n---\n\n${mail("vi").body}`,
    title: t("notification.title", { code: CODE_MARK }),
    notice: t("notification.body", { service: dossier.serviceName, dueAt }),
    link,
  };
}
