import { and, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossiers, jobs, notifications, users } from "@/db/schema";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { currentAppointmentSql } from "@/lib/workflow/current-appointment";
import { enqueueJob, type JobHandler } from "./job-queue";

const OPEN = [2, 4, 5, 6];

/**
 * Finds dossiers past their appointment (or new ones past the 8-hour receipt deadline) and queues one
 * reminder per late period for the unit's reception and leaders, who then record the apology (Mẫu 04).
 * A late period is named by the deadline that passed: once an apology sets a new date, the dossier is
 * reminded again only when that date passes too. Reminders run on the job queue's real time.
 */
export async function scanOverdue(db: Database, now: Date = workflowNow()): Promise<number> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const lateSince = sql<number>`floor(extract(epoch from case when ${dossiers.status} = 1 then ${dossiers.receiptDeadline} else ${currentAppointmentSql} end) * 1000)::float8`;
  const late = await db
    .select({ id: dossiers.id, lateSince: lateSince.mapWith(Number) })
    .from(dossiers)
    .where(
      or(
        and(inArray(dossiers.status, OPEN), lt(dossiers.dueAt, now), sql`${currentAppointmentSql} < ${at}`),
        and(eq(dossiers.status, 1), lt(dossiers.receiptDeadline, now)),
      ),
    )
    .limit(5000);
  if (late.length === 0) return 0;
  const keyOf = (d: (typeof late)[number]) => `overdue-reminder:${d.id}:${new Date(d.lateSince).toISOString()}`;
  // Done jobs stay in the table: a key seen before means this late period was already reminded.
  const seen = new Set(
    (await db.select({ key: jobs.dedupeKey }).from(jobs).where(inArray(jobs.dedupeKey, late.map(keyOf)))).map((j) => j.key),
  );
  const fresh = late.filter((d) => !seen.has(keyOf(d)));
  for (const d of fresh) await enqueueJob(db, "overdue-reminder", { dossierId: d.id }, { dedupeKey: keyOf(d) });
  return fresh.length;
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
