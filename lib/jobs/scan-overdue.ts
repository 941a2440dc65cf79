import { and, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossiers, notifications, users } from "@/db/schema";
import { enqueueJob, type JobHandler } from "./job-queue";

const OPEN = [2, 4, 5, 6];

/**
 * Finds dossiers past their due date (or new ones past the 8-hour receipt deadline) and queues one
 * reminder per dossier for its unit's reception and leaders, who then record the apology (Mẫu 04).
 */
export async function scanOverdue(db: Database, now: Date = new Date()): Promise<number> {
  const late = await db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(
      or(
        and(inArray(dossiers.status, OPEN), lt(dossiers.dueAt, now), isNull(dossiers.apologySentAt)),
        and(eq(dossiers.status, 1), lt(dossiers.receiptDeadline, now)),
      ),
    )
    .limit(5000);
  for (const d of late) await enqueueJob(db, "overdue-reminder", { dossierId: d.id }, { dedupeKey: `overdue-reminder:${d.id}`, runAt: now });
  return late.length;
}

export const remindOverdue: (db: Database) => JobHandler = (db) => async (job) => {
  const dossierId = String(job.payload.dossierId ?? "");
  const [d] = await db.select().from(dossiers).where(eq(dossiers.id, dossierId));
  if (!d) return;
  const officers = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.kind, "officer"), eq(users.unitId, d.unitId), sql`${users.roles} && array['tiep-nhan', 'lanh-dao']::text[]`));
  const late = d.status === 1 ? "đã quá hạn tiếp nhận (8 giờ làm việc)" : "đã quá hạn giải quyết; cần gửi phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)";
  if (officers.length === 0) return;
  await db.insert(notifications).values(
    officers.map((o) => ({ userId: o.id, dossierId: d.id, title: `Hồ sơ ${d.code} ${late}`, body: `${d.serviceName} — ${d.applicantName}`, link: `/quan-tri/ho-so/${d.code}` })),
  );
};
