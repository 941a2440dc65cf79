import { and, eq, lte, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { feedbackHistory, feedbackItems, jobs, notifications, units, users } from "@/db/schema";
import { addWorkingHours } from "@/lib/calendar";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import { loadCalendar } from "@/lib/calendar/holiday-store";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { serverEnv } from "@/lib/config";
import { enqueueJob, type JobHandler } from "@/lib/jobs/job-queue";
import { enqueueEmail } from "@/lib/mail/outbox";
import { portalLink } from "@/lib/mail/portal-link";
import { mayOfficer, OFFICER_ROLES, type OfficerAction } from "@/lib/workflow/permissions";
import { isFeedbackOverdue } from "./feedback-deadline";
import { FEEDBACK_PATHS } from "./feedback-links";
import { feedbackOfficerMail } from "./feedback-mail-texts";

export const FEEDBACK_REMINDER_JOB = "feedback-reminder";
export const FEEDBACK_ESCALATION_JOB = "feedback-escalation";

/** The roles the permission table gives `action` (who answers; who leads). */
function rolesWith(action: OfficerAction): string[] {
  return OFFICER_ROLES.filter((role) => mayOfficer([role], action));
}

/**
 * Queues, for forwarded items, one reminder when the deadline is FEEDBACK_REMIND_DAYS working days away
 * and one escalation to the unit's leaders once it has passed (docs/feedback.md#deadlines). A job is named
 * by its item and deadline, so a scan never queues it twice and a new forwarding (new deadline) is
 * reminded anew. Runs every 10 minutes with the other scans, on the workflow clock.
 */
export async function scanFeedbackDeadlines(db: Database, now: Date = workflowNow()): Promise<number> {
  const calendar = await loadCalendar(db);
  const remindFrom = addWorkingHours(now, serverEnv().FEEDBACK_REMIND_DAYS * calendar.config.hoursPerDay, calendar);
  const due = await db
    .select({ id: feedbackItems.id, status: feedbackItems.status, dueAt: feedbackItems.dueAt })
    .from(feedbackItems)
    .where(and(eq(feedbackItems.status, "forwarded"), lte(feedbackItems.dueAt, remindFrom)))
    .limit(5000);
  let queued = 0;
  for (const item of due) {
    if (!item.dueAt) continue;
    const kind = isFeedbackOverdue(item, now) ? FEEDBACK_ESCALATION_JOB : FEEDBACK_REMINDER_JOB;
    const key = `${kind}:${item.id}:${item.dueAt.toISOString()}`;
    const [seen] = await db.select({ id: jobs.id }).from(jobs).where(eq(jobs.dedupeKey, key)).limit(1);
    if (seen) continue;
    await enqueueJob(db, kind, { feedbackId: item.id, dueAt: item.dueAt.toISOString() }, { dedupeKey: key });
    queued += 1;
  }
  return queued;
}

/** The item if it still waits for its unit's answer with the deadline the job was queued for. */
async function stillDue(db: Database, payload: Record<string, unknown>) {
  const [item] = await db
    .select({
      id: feedbackItems.id,
      code: feedbackItems.code,
      subject: feedbackItems.subject,
      dueAt: feedbackItems.dueAt,
      unitId: feedbackItems.assignedUnitId,
      unitName: units.name,
      status: feedbackItems.status,
    })
    .from(feedbackItems)
    .leftJoin(units, eq(units.id, feedbackItems.assignedUnitId))
    .where(eq(feedbackItems.id, String(payload.feedbackId ?? "")))
    .limit(1);
  const dueAt = item?.dueAt;
  if (!item || item.status !== "forwarded" || !item.unitId || !dueAt || dueAt.toISOString() !== payload.dueAt) return null;
  return { ...item, unitId: item.unitId, dueAt };
}

function unitOfficers(db: Database, unitId: number, roles: string[]) {
  return db
    .select({ id: users.id, email: users.email, fullName: users.fullName })
    .from(users)
    .where(
      and(
        eq(users.kind, "officer"),
        eq(users.unitId, unitId),
        sql`${users.roles} && ${sql.raw(`array[${roles.map((r) => `'${r}'`).join(", ")}]::text[]`)}`,
        sql`${users.disabledAt} is null`,
      ),
    );
}

/** Reminds the unit's answering officers in the app; a system history entry records it. */
export const remindFeedback: (db: Database) => JobHandler = (db) => async (job) => {
  const item = await stillDue(db, job.payload);
  if (!item) return;
  const due = formatVietnamDateTime(item.dueAt);
  const officers = await unitOfficers(db, item.unitId, rolesWith("feedback-agency-answer"));
  await db.transaction(async (tx) => {
    if (officers.length > 0) {
      await tx.insert(notifications).values(
        officers.map((o) => ({
          userId: o.id,
          title: feedbackOfficerMail()("reminder.subject", { code: item.code, due }),
          body: item.subject,
          link: FEEDBACK_PATHS.officerItem(item.id),
        })),
      );
    }
    await tx.insert(feedbackHistory).values({
      feedbackId: item.id,
      actorKind: "system",
      action: "remind",
      fromStatus: "forwarded",
      toStatus: "forwarded",
      note: feedbackOfficerMail()("history.remind", { due }),
      unitId: item.unitId,
    });
  });
};

/** Tells the unit's leaders (in the app and by email) that the deadline passed; a system history entry records it. */
export const escalateFeedback: (db: Database) => JobHandler = (db) => async (job) => {
  const item = await stillDue(db, job.payload);
  if (!item) return;
  const due = formatVietnamDateTime(item.dueAt);
  const leaders = await unitOfficers(db, item.unitId, rolesWith("feedback-agency-return"));
  const t = feedbackOfficerMail();
  await db.transaction(async (tx) => {
    for (const leader of leaders) {
      await tx.insert(notifications).values({
        userId: leader.id,
        title: t("escalation.subject", { code: item.code }),
        body: item.subject,
        link: FEEDBACK_PATHS.officerItem(item.id),
      });
      await enqueueEmail(tx, {
        to: leader.email,
        subject: t("escalation.subject", { code: item.code }),
        text: t("escalation.body", {
          name: leader.fullName,
          unit: item.unitName ?? "",
          code: item.code,
          subject: item.subject,
          due,
          link: portalLink(FEEDBACK_PATHS.officerItem(item.id)),
        }),
        kind: "feedback-escalation",
      });
    }
    await tx.insert(feedbackHistory).values({
      feedbackId: item.id,
      actorKind: "system",
      action: "escalate",
      fromStatus: "forwarded",
      toStatus: "forwarded",
      note: t("history.escalate"),
      unitId: item.unitId,
    });
  });
};
