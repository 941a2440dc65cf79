/**
 * Working-hours configuration and the working-day calendar (docs/domain.md#clock). Saturdays and Sundays are
 * never working days here; compensatory working Saturdays (ngày làm bù) that the government sometimes
 * announces are out of scope for now and would need an explicit "extra working days" list.
 */
import { addLocalDays, fromLocalDateTime, isValidLocalDate, isWeekend, parseClockTime, type SupportedTimeZone } from "./local-time";

export interface WorkingPeriodConfig {
  /** HH:MM local time, inclusive */
  start: string;
  /** HH:MM local time, exclusive */
  end: string;
}

export interface WorkingHoursConfig {
  timeZone: SupportedTimeZone;
  /** Ordered, non-overlapping periods of one working day. */
  periods: readonly WorkingPeriodConfig[];
  /** Length of a working day when a time limit is given in days (ngày làm việc). */
  hoursPerDay: number;
  /** Same-day procedures received at or after this time are due the next working day. */
  sameDayCutoff: string;
}

export const DEFAULT_WORKING_HOURS: WorkingHoursConfig = Object.freeze({
  timeZone: "Asia/Ho_Chi_Minh",
  periods: Object.freeze([Object.freeze({ start: "07:00", end: "11:30" }), Object.freeze({ start: "13:30", end: "17:00" })]),
  hoursPerDay: 8,
  sameDayCutoff: "15:00",
});

export interface Calendar {
  /** localDate is YYYY-MM-DD in the configured time zone. */
  isHoliday(localDate: string): boolean;
  readonly config: WorkingHoursConfig;
}

/** A working period on a given day, as instants. */
export interface WorkingPeriod {
  start: Date;
  end: Date;
}

export function createCalendar(holidays: readonly string[], config: WorkingHoursConfig = DEFAULT_WORKING_HOURS): Calendar {
  assertValidConfig(config);
  const invalid = holidays.filter((date) => !isValidLocalDate(date));
  if (invalid.length > 0) throw new Error(`Invalid holiday dates (expected YYYY-MM-DD): ${invalid.join(", ")}`);
  const holidaySet = new Set(holidays);
  return { isHoliday: (localDate) => holidaySet.has(localDate), config };
}

function assertValidConfig(config: WorkingHoursConfig): void {
  fromLocalDateTime("2000-01-01", 0, config.timeZone); // throws for an unsupported zone
  if (config.periods.length === 0) throw new Error("Working hours need at least one period");
  let previousEnd = -1;
  for (const period of config.periods) {
    const start = parseClockTime(period.start);
    const end = parseClockTime(period.end);
    if (start >= end) throw new Error(`Working period ends before it starts: ${period.start}–${period.end}`);
    if (start < previousEnd) throw new Error(`Working periods must be ordered and not overlap: ${period.start}`);
    previousEnd = end;
  }
  if (!(config.hoursPerDay > 0 && Number.isFinite(config.hoursPerDay))) throw new Error(`Invalid hoursPerDay: ${config.hoursPerDay}`);
  parseClockTime(config.sameDayCutoff);
}

export function isWorkingDay(localDate: string, calendar: Calendar): boolean {
  return !isWeekend(localDate) && !calendar.isHoliday(localDate);
}

/** The day's working periods as instants; empty on weekends and holidays. */
export function workingPeriodsOn(localDate: string, calendar: Calendar): WorkingPeriod[] {
  if (!isWorkingDay(localDate, calendar)) return [];
  const { periods, timeZone } = calendar.config;
  return periods.map((period) => ({
    start: fromLocalDateTime(localDate, parseClockTime(period.start), timeZone),
    end: fromLocalDateTime(localDate, parseClockTime(period.end), timeZone),
  }));
}

/** The first working day strictly after localDate. */
export function nextWorkingDay(localDate: string, calendar: Calendar): string {
  let date = addLocalDays(localDate, 1);
  for (let skipped = 0; !isWorkingDay(date, calendar); skipped++) {
    assertWithinSearchLimit(skipped);
    date = addLocalDays(date, 1);
  }
  return date;
}

/** A calendar with every day a holiday would otherwise loop forever. */
const MAX_CONSECUTIVE_DAYS_OFF = 366;

export function assertWithinSearchLimit(consecutiveDaysOff: number): void {
  if (consecutiveDaysOff > MAX_CONSECUTIVE_DAYS_OFF) {
    throw new Error(`No working day within ${MAX_CONSECUTIVE_DAYS_OFF} days; check the holiday table`);
  }
}
