import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossiers, jobs, notifications, users } from "@/db/schema";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { translatorFor } from "@/lib/i18n/translator";
import { currentAppointmentSql } from "@/lib/workflow/current-appointment";
import { overdueCondition } from "@/lib/workflow/overdue-condition";
import { STATUS } from "@/lib/workflow/statuses";
import { enqueueJob, type JobHandler } from "./job-queue";

/**
 * Finds dossiers past their appointment (or new ones past the 8-hour receipt deadline) and queues one
 * reminder per late period for the unit's reception and leaders, who then record the apology (Mẫu 04).
 * A late period is named by the deadline that passed: once an apology sets a new date, the dossier is
 * reminded again only when that date passes too. The database leaves out the periods already reminded
 * (done jobs stay in the table), so each scan takes up to `batch` new ones however many were reminded
 * before. Reminders run on the job queue's real time.
 */
export async function scanOverdue(db: Database, now: Date = workflowNow(), batch = 5000): Promise<number> {
  const deadline = sql`case when ${dossiers.status} = ${STATUS.NEW} then ${dossiers.receiptDeadline} else ${currentAppointmentSql} end`;
  // The deadline to the millisecond, as JavaScript's toISOString() writes it.
  const key = sql<string>`'overdue-reminder:' || ${dossiers.id} || ':' || to_char(${deadline} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  const late = await db
    .select({ id: dossiers.id, key })
    .from(dossiers)
    .where(and(overdueCondition(now, currentAppointmentSql), sql`not exists (select 1 from ${jobs} where ${jobs.dedupeKey} = ${key})`))
    .limit(batch);
  for (const d of late) await enqueueJob(db, "overdue-reminder", { dossierId: d.id }, { dedupeKey: d.key });
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
  if (officers.length === 0) return;
  // Officers work in Vietnamese (docs/i18n.md): the reminder is theirs, whatever language the dossier was filed in.
  const t = translatorFor("vi", "officer");
  const title = d.status === STATUS.NEW ? t("reminders.receiptLate", { code: d.code }) : t("reminders.dueLate", { code: d.code });
  await db.insert(notifications).values(
    officers.map((o) => ({
      userId: o.id,
      dossierId: d.id,
      title,
      body: t("reminders.body", { service: d.serviceName, applicant: d.applicantName }),
      link: `/quan-tri/ho-so/${d.code}`,
    })),
  );
};
