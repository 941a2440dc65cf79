import { eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossiers, notifications, units, users } from "@/db/schema";
import { formatVietnamDate, formatVietnamDateTime } from "@/lib/calendar/format";
import { enqueueEmail } from "@/lib/mail/outbox";
import { portalLink } from "@/lib/mail/portal-link";
import { statusName, tracking } from "@/lib/messages/tracking";
import { STATUS } from "@/lib/workflow/statuses";

const m = tracking.statusChange;

export interface StatusChange {
  dossierId: string;
  toStatus: number;
  note?: string;
  at?: Date;
}

/**
 * Tells the applicant about a status change: an email through the outbox and, when the dossier has an
 * account, an in-app notification. Call it with the transaction that writes the change and its history
 * entry, so nothing is announced for a change that rolls back. `note` must be one written for the applicant
 * (history-visibility.ts `noteForApplicant`): officers' working notes never leave the back office.
 */
export async function notifyStatusChange(tx: DatabaseOrTransaction, change: StatusChange): Promise<void> {
  const [dossier] = await tx
    .select({
      code: dossiers.code,
      userId: dossiers.userId,
      serviceName: dossiers.serviceName,
      applicant: dossiers.applicant,
      applicantName: dossiers.applicantName,
      accountEmail: users.email,
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
  const status = result ? m.resultStatus(result.number) : statusName(change.toStatus);
  const note = [change.note?.trim() ?? "", result ? m.resultNote(result) : ""].filter(Boolean).join("\n");
  const path = `/ho-so/${encodeURIComponent(dossier.code)}`;
  const to = dossier.applicant.email?.trim() || dossier.accountEmail;
  if (to) {
    await enqueueEmail(tx, {
      to,
      subject: m.emailSubject(dossier.code, status),
      text: m.emailBody({
        name: dossier.applicantName,
        code: dossier.code,
        service: dossier.serviceName,
        status,
        note,
        at: formatVietnamDateTime(change.at ?? new Date()),
        link: portalLink(dossier.userId ? path : `/tra-cuu?code=${encodeURIComponent(dossier.code)}`),
      }),
      kind: "dossier-status",
    });
  }
  if (dossier.userId) {
    await tx.insert(notifications).values({
      userId: dossier.userId,
      dossierId: change.dossierId,
      title: m.notificationTitle(dossier.code, status),
      body: m.notificationBody(dossier.serviceName, note),
      link: path,
    });
  }
}
