import { sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import type { Period } from "@/lib/statistics/period";
import type { ComplaintSource } from "@/lib/statistics/service-index/complaint-source";
import type { ComplaintFigures } from "@/lib/statistics/service-index/score-satisfaction";
import { rowsOf } from "@/db/rows-of";

type Row = { subject: number; handled: number; on_time: number; rated: number; satisfied: number };

/**
 * The service index's complaint figures from the register (docs/service-index.md, "Complaints"): per
 * subject — the unit an item was forwarded to, a commune counting for its district — the forwarded items
 * the agency answered in the period, those answered by their due time, and the answers the sender rated
 * and rated satisfied. Answered-by-the-agency is the same rule as the register's figures
 * (lib/feedback/feedback-statistics.ts).
 */
export const registerComplaintFigures: ComplaintSource = async (db: DatabaseOrTransaction, period: Period, subjectIds: readonly number[]) => {
  const answeredByAgency = sql`coalesce(f.agency_answered_at, case when f.status in ('answered', 'closed') then f.answered_at end)`;
  const rows = rowsOf<Row>(
    await db.execute(sql`
      select case when u.kind = 'commune' then u.parent_id else u.id end as subject,
        count(*)::int as handled,
        count(*) filter (where ${answeredByAgency} <= f.due_at)::int as on_time,
        count(*) filter (where f.rating is not null)::int as rated,
        count(*) filter (where f.rating = 'satisfied')::int as satisfied
      from feedback_items f join units u on u.id = f.assigned_unit_id
      where f.forwarded_at is not null
        and ${answeredByAgency} >= (${period.from}::date::timestamp at time zone 'Asia/Ho_Chi_Minh')
        and ${answeredByAgency} < (${period.end}::date::timestamp at time zone 'Asia/Ho_Chi_Minh')
      group by 1`),
  );
  const wanted = new Set(subjectIds);
  const figures = new Map<number, ComplaintFigures>();
  for (const r of rows) {
    const subject = Number(r.subject);
    if (!wanted.has(subject)) continue;
    figures.set(subject, { handled: Number(r.handled), handledOnTime: Number(r.on_time), rated: Number(r.rated), satisfied: Number(r.satisfied) });
  }
  return figures;
};
