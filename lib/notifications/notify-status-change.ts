import { eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossiers, notifications, units, users } from "@/db/schema";
import { formatVietnamDate, formatVietnamDateTime } from "@/lib/calendar/format";
import { localizeHref, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { enqueueEmail } from "@/lib/mail/outbox";
import { portalLink } from "@/lib/mail/portal-link";
import { statusName } from "@/lib/tracking/status-names";
import { isDossierStatus, STATUS } from "@/lib/workflow/statuses";

export interface StatusChange {
  dossierId: string;
  toStatus: number;
  note?: string;
  /** record-apology: the officer's reason and the new appointment, told in the applicant's language. */
  apology?: { reason: string; newAppointment: Date };
  at?: Date;
}

interface MailFacts {
  name: string;
  code: string;
  service: string;
  toStatus: number;
  note: string;
  apology?: StatusChange["apology"];
  result: { number: string; signer: string; signedOn: string; unit: string } | null;
  at: string;
  path: string;
}

/** The status change told in one language: its subject and its lines. */
function statusMail(locale: Locale, facts: MailFacts): { subject: string; text: string } {
  const t = translatorFor(locale, "mail");
  const status = facts.result
    ? t("statusChange.resultStatus", { number: facts.result.number })
    : isDossierStatus(facts.toStatus)
      ? t(`statusChange.statuses.${facts.toStatus}`)
      : String(facts.toStatus);
  const apology = facts.apology
    ? facts.apology.reason.trim()
      ? t("statusChange.apologyNoteWithReason", {
          reason: facts.apology.reason.trim(),
          newAppointment: formatVietnamDateTime(facts.apology.newAppointment),
        })
      : t("statusChange.apologyNote", { newAppointment: formatVietnamDateTime(facts.apology.newAppointment) })
    : "";
  const note = [apology || facts.note.trim(), facts.result ? t("statusChange.resultNote", facts.result) : ""].filter(Boolean).join("\n");
  const lines = [
    t("statusChange.greeting", { name: facts.name }),
    "",
    t("statusChange.changed", { code: facts.code, service: facts.service, status, at: facts.at }),
    note ? t("statusChange.note", { note }) : "",
    "",
    t("statusChange.link", { link: portalLink(localizeHref(facts.path, locale)) }),
    "",
    t("statusChange.automatic"),
  ].filter((line, i, all) => line !== "" || all[i - 1] !== "");
  return { subject: t("statusChange.subject", { code: facts.code, status }), text: lines.join("\n") };
}

/**
 * Tells the applicant about a status change: an email through the outbox and, when the dossier has an
 * account, an in-app notification. Call it with the transaction that writes the change and its history
 * entry, so nothing is announced for a change that rolls back. `note` must be one written for the applicant
 * (history-visibility.ts `noteForApplicant`): officers' working notes never leave the back office.
 * A dossier filed in English is told in English with the Vietnamese original below a divider
 * (docs/i18n.md#dossiers-and-mail-in-english).
 */
export async function notifyStatusChange(tx: DatabaseOrTransaction, change: StatusChange): Promise<void> {
  const [dossier] = await tx
    .select({
      code: dossiers.code,
      userId: dossiers.userId,
      locale: dossiers.locale,
      serviceName: dossiers.serviceName,
      applicant: dossiers.applicant,
      applicantName: dossiers.applicantName,
      accountEmail: users.email,
      accountLocale: users.locale,
      unitName: units.name,
      resultNumber: dossiers.resultNumber,
      resultSigner: dossiers.resultSigner,
      resultSignedOn: dossiers.resultSignedOn,
    })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .leftJoin(users, eq(users.id, dossiers.userId))
    .where(eq(dossiers.id, change.dossierId))
    .limit(1);
  if (!dossier) throw new Error(`notifyStatusChange: no dossier ${change.dossierId}`);
  const result =
    change.toStatus === STATUS.PROCESSED && dossier.resultNumber && dossier.resultSigner && dossier.resultSignedOn
      ? { number: dossier.resultNumber, signer: dossier.resultSigner, signedOn: formatVietnamDate(dossier.resultSignedOn), unit: dossier.unitName }
      : null;
  const path = `/ho-so/${encodeURIComponent(dossier.code)}`;
  const facts: MailFacts = {
    name: dossier.applicantName,
    code: dossier.code,
    service: dossier.serviceName,
    toStatus: change.toStatus,
    note: change.note ?? "",
    apology: change.apology,
    result,
    at: formatVietnamDateTime(change.at ?? new Date()),
    path: dossier.userId ? path : `/tra-cuu?code=${encodeURIComponent(dossier.code)}`,
  };
  const to = dossier.applicant.email?.trim() || dossier.accountEmail;
  if (to) {
    const original = statusMail("vi", facts);
    const mail =
      dossier.locale === "vi"
        ? original
        : (() => {
            const translated = statusMail(dossier.locale, facts);
            const heading = translatorFor(dossier.locale, "mail")("statusChange.original");
            return {
              subject: translated.subject,
              text: `${translated.text}\n\n----------------------------------------\n${heading}\n\n${original.text}`,
            };
          })();
    await enqueueEmail(tx, { to, subject: mail.subject, text: mail.text, kind: "dossier-status" });
  }
  if (dossier.userId) {
    // In the account holder's language (users.locale), which may differ from the dossier's.
    const locale = dossier.accountLocale ?? dossier.locale;
    const t = translatorFor(locale, "tracking");
    const status = result ? t("statusChange.resultStatus", { number: result.number }) : statusName(change.toStatus, locale);
    const reason = change.apology?.reason.trim() ?? "";
    const newAppointment = change.apology ? formatVietnamDateTime(change.apology.newAppointment) : "";
    const apology = change.apology
      ? reason
        ? t("statusChange.apologyNoteWithReason", { reason, newAppointment })
        : t("statusChange.apologyNote", { newAppointment })
      : "";
    const note = [apology || (change.note?.trim() ?? ""), result ? t("statusChange.resultNote", result) : ""].filter(Boolean).join("\n");
    await tx.insert(notifications).values({
      userId: dossier.userId,
      dossierId: change.dossierId,
      title: t("statusChange.notificationTitle", { code: dossier.code, status }),
      body: note ? t("statusChange.notificationBody", { service: dossier.serviceName, note }) : dossier.serviceName,
      link: path,
    });
  }
}
