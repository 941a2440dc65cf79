/**
 * Due dates for dossiers (docs/domain.md#clock). Time limits are published in working days or working hours;
 * a working day counts as `hoursPerDay` working hours, so half a day is 4 hours.
 */
import { nextWorkingDay, workingPeriodsOn, type Calendar } from "./calendar";
import { assertValidInstant, parseClockTime, toLocalDateTime } from "./local-time";
import { addWorkingHours, nextWorkingInstant } from "./working-hours";

export type TimeLimitUnit = "ngay-lam-viec" | "gio-lam-viec";

export interface TimeLimit {
  value: number;
  unit: TimeLimitUnit;
}

/** Decree 61/2018: an online dossier is received or refused within 8 working hours of submission. */
const RECEIPT_DEADLINE_WORKING_HOURS = 8;

export function timeLimitInWorkingHours(timeLimit: TimeLimit, calendar: Calendar): number {
  const { value, unit } = timeLimit;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`Time limit must be a positive number: ${value}`);
  if (unit === "ngay-lam-viec") return value * calendar.config.hoursPerDay;
  if (unit === "gio-lam-viec") return value;
  throw new Error(`Unknown time-limit unit: ${String(unit)}`);
}

/** "Trong ngày" procedures: anything that fits in one working day. */
function isSameDayProcedure(timeLimit: TimeLimit, calendar: Calendar): boolean {
  return timeLimitInWorkingHours(timeLimit, calendar) <= calendar.config.hoursPerDay;
}

function endOfWorkingDay(localDate: string, calendar: Calendar): Date {
  const lastPeriod = workingPeriodsOn(localDate, calendar).at(-1);
  if (!lastPeriod) throw new Error(`Not a working day: ${localDate}`);
  return lastPeriod.end;
}

/**
 * Same-day procedures are due at the end of the day they are received, unless received at or after the
 * cutoff (15:00), which leaves too little of the day: then the end of the next working day. Dossiers
 * that arrive outside working hours are taken as received when the next working period starts, so one
 * sent on Saturday or at 06:30 is due that next working day at 17:00.
 */
function sameDayDueDate(receivedAt: Date, calendar: Calendar): Date {
  const { timeZone, sameDayCutoff } = calendar.config;
  const effective = toLocalDateTime(nextWorkingInstant(receivedAt, calendar), timeZone);
  const dueDay = effective.msOfDay < parseClockTime(sameDayCutoff) ? effective.date : nextWorkingDay(effective.date, calendar);
  return endOfWorkingDay(dueDay, calendar);
}

export interface DueDateInput {
  receivedAt: Date;
  timeLimit: TimeLimit;
  calendar: Calendar;
}

export function computeDueDate({ receivedAt, timeLimit, calendar }: DueDateInput): Date {
  assertValidInstant(receivedAt, "receivedAt");
  if (isSameDayProcedure(timeLimit, calendar)) return sameDayDueDate(receivedAt, calendar);
  return addWorkingHours(receivedAt, timeLimitInWorkingHours(timeLimit, calendar), calendar);
}

/** When an online submission must have been received or refused. */
export function receiptDeadline(submittedAt: Date, calendar: Calendar): Date {
  return addWorkingHours(submittedAt, RECEIPT_DEADLINE_WORKING_HOURS, calendar);
}
