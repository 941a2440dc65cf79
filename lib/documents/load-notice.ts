import { and, desc, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossierHistory, dossiers, units } from "@/db/schema";
import { currentAppointment, listApologies } from "@/lib/workflow/current-appointment";
import type { NoticeData } from "./notice";
import { noticeBySlug } from "./notice-links";
import type { ReceiptSlipAccess } from "./load-receipt-slip";

/** Mẫu 02/03/04 of a dossier, from the history entry that issued it; null when none or not allowed. */
export async function loadNotice(db: DatabaseOrTransaction, code: string, slug: string, access: ReceiptSlipAccess): Promise<NoticeData | null> {
  const notice = noticeBySlug(slug);
  if (!notice || (access.userId === undefined && access.unitId === undefined)) return null;
  const [row] = await db
    .select({ dossier: dossiers, unitName: units.name })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .where(eq(dossiers.code, code));
  if (!row) return null;
  const { dossier } = row;
  const mayRead =
    (access.userId !== undefined && dossier.userId === access.userId) || (access.unitId !== undefined && dossier.unitId === access.unitId);
  if (!mayRead) return null;
  const [entry] = await db
    .select()
    .from(dossierHistory)
    .where(and(eq(dossierHistory.dossierId, dossier.id), eq(dossierHistory.action, notice.action)))
    .orderBy(desc(dossierHistory.id))
    .limit(1);
  if (!entry) return null;
  const [province] = await db.select({ name: units.name }).from(units).where(eq(units.kind, "province")).limit(1);
  const newAppointment = typeof entry.data.newAppointment === "string" ? new Date(entry.data.newAppointment) : undefined;
  // A second apology moves the date the first one set: "the appointment" is the one before this apology.
  const earlierApologies = notice.kind === "apology" ? (await listApologies(db, dossier.id)).filter((a) => a.at < entry.at) : [];
  return {
    kind: notice.kind,
    code: dossier.code,
    locale: dossier.locale,
    provinceName: province?.name ?? "Ủy ban nhân dân tỉnh Quảng Nam",
    unitName: row.unitName,
    applicantName: dossier.applicantName,
    serviceName: dossier.serviceName,
    submittedAt: dossier.submittedAt,
    issuedAt: entry.at,
    officerName: entry.actorName,
    note: entry.note,
    originalDueAt: currentAppointment(dossier.dueAt, earlierApologies),
    newAppointment,
  };
}
