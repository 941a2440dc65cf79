import type { DatabaseOrTransaction } from "@/db/client";
import { notifications } from "@/db/schema";
import { enqueueEmail } from "@/lib/mail/outbox";
import { STATUS_NAMES, type DossierStatus } from "./statuses";

export interface StatusChangeNotice {
  userId: string | null;
  email: string;
  dossierId: string;
  code: string;
  serviceName: string;
  status: DossierStatus;
  note: string;
}

/** Tells the dossier's owner about a status change: an email through the outbox and an in-app notice. */
export async function notifyOwner(tx: DatabaseOrTransaction, notice: StatusChangeNotice): Promise<void> {
  const title = `Hồ sơ ${notice.code}: ${STATUS_NAMES[notice.status]}`;
  const lines = [
    `Hồ sơ ${notice.code} (${notice.serviceName}) chuyển sang trạng thái "${STATUS_NAMES[notice.status]}".`,
    notice.note ? `Ghi chú của cán bộ: ${notice.note}` : "",
    `Xem chi tiết tại mục Hồ sơ của tôi: /ho-so/${notice.code}`,
  ].filter(Boolean);
  if (notice.email) await enqueueEmail(tx, { to: notice.email, subject: title, text: lines.join("\n"), kind: "dossier-status" });
  if (notice.userId) {
    await tx.insert(notifications).values({
      userId: notice.userId,
      dossierId: notice.dossierId,
      title,
      body: lines.slice(0, 2).join(" "),
      link: `/ho-so/${notice.code}`,
    });
  }
}
