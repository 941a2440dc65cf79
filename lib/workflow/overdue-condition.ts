import { and, eq, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { dossiers } from "@/db/schema";
import { OPEN_STATUSES, STATUS } from "./statuses";

/**
 * `isOverdue` (lib/workflow/statuses.ts) in SQL, for the dossiers of the outer query: new ones past the
 * receipt deadline, open ones past their appointment. `appointment` is the apology-aware appointment
 * (`currentAppointmentSql`); without it the legal due date is used, as the officer queues do. The due
 * date is checked first either way: an apology's new date is always later, and that test uses the index.
 */
export function overdueCondition(now: Date, appointment?: SQL): SQL {
  const at = sql`${now.toISOString()}::timestamptz`;
  return or(
    and(inArray(dossiers.status, [...OPEN_STATUSES]), lt(dossiers.dueAt, now), appointment ? sql`${appointment} < ${at}` : undefined),
    and(eq(dossiers.status, STATUS.NEW), lt(dossiers.receiptDeadline, now)),
  )!;
}
