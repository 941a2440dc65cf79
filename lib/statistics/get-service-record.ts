import { and, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossierRatings, dossiers, services } from "@/db/schema";
import { loadCalendar } from "@/lib/calendar/holiday-store";
import type { TimeLimitUnit } from "@/lib/calendar/due-date";
import { STATUS } from "@/lib/workflow/statuses";
import { computeReport } from "./compute-report";
import { lastTwelveMonths, type Period } from "./period";
import { workingHoursCounter } from "./working-hours-counter";
import { legalLimitInWorkingDays, median, MIN_DOSSIERS_TO_PUBLISH, workingDaysToResult } from "./service-record-figures";

/** A service's own published record over the last twelve months (docs/service-index.md). */
export interface ServiceRecord {
  period: Period;
  resolved: number;
  /** false below MIN_DOSSIERS_TO_PUBLISH resolved dossiers: the page says "chưa có dữ liệu". */
  published: boolean;
  onTimeRate: number | null;
  onlineRate: number | null;
  medianWorkingDays: number | null;
  legalLimitWorkingDays: number;
  rated: number;
  satisfiedRate: number | null;
}

const startOf = (day: string) => sql`(${day}::date::timestamp at time zone 'Asia/Ho_Chi_Minh')`;

/**
 * The record of the service `code` for the twelve months up to `today` (a local date, YYYY-MM-DD):
 * resolved, on-time and online shares from the roll-up; the median working days from each resolved
 * dossier's own times on the working-hours clock; satisfaction from the ratings. Null for no such service.
 */
export async function getServiceRecord(db: DatabaseOrTransaction, code: string, today: string): Promise<ServiceRecord | null> {
  const [service] = await db
    .select({ id: services.id, value: services.timeLimitValue, unit: services.timeLimitUnit })
    .from(services)
    .where(eq(services.code, code))
    .limit(1);
  if (!service) return null;
  const period = lastTwelveMonths(today);
  const inPeriod = (column: typeof dossiers.completedAt | typeof dossierRatings.createdAt) =>
    and(gte(column, startOf(period.from)), lt(column, startOf(period.end)));
  const [report, times, ratingRows, calendar] = await Promise.all([
    computeReport(db, period, { serviceId: service.id }),
    db
      .select({
        receivedAt: dossiers.receivedAt,
        submittedAt: dossiers.submittedAt,
        completedAt: dossiers.completedAt,
        paused: dossiers.pausedWorkingHours,
      })
      .from(dossiers)
      .where(and(eq(dossiers.serviceId, service.id), inArray(dossiers.status, [STATUS.PROCESSED, STATUS.RETURNED]), inPeriod(dossiers.completedAt))),
    db
      .select({ rated: sql<number>`count(*)::int`, satisfied: sql<number>`(count(*) filter (where ${dossierRatings.overall} >= 1))::int` })
      .from(dossierRatings)
      .innerJoin(dossiers, eq(dossiers.id, dossierRatings.dossierId))
      .where(and(eq(dossiers.serviceId, service.id), inPeriod(dossierRatings.createdAt))),
    loadCalendar(db),
  ]);
  const clock = workingHoursCounter(calendar);
  const days = times.map((t) =>
    workingDaysToResult(
      { startedAt: t.receivedAt ?? t.submittedAt, completedAt: t.completedAt!, pausedWorkingHours: t.paused },
      clock,
      calendar.config.hoursPerDay,
    ),
  );
  const { resolved, onTimeRate, onlineRate } = report.total;
  const rated = Number(ratingRows[0]?.rated ?? 0);
  const satisfied = Number(ratingRows[0]?.satisfied ?? 0);
  return {
    period,
    resolved,
    published: resolved >= MIN_DOSSIERS_TO_PUBLISH,
    onTimeRate,
    onlineRate,
    medianWorkingDays: median(days),
    legalLimitWorkingDays: legalLimitInWorkingDays({ value: service.value, unit: service.unit as TimeLimitUnit }, calendar),
    rated,
    satisfiedRate: rated > 0 ? satisfied / rated : null,
  };
}
