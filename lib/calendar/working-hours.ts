/**
 * The working-hours clock (docs/domain.md#clock): durations count only the working periods of working days.
 * Pure functions; "now" is always a parameter. Hours are converted to whole milliseconds internally so
 * that fractional hours (0.5, 0.1…) add up without floating-point drift.
 */
import { assertWithinSearchLimit, workingPeriodsOn, type Calendar, type WorkingPeriod } from "./calendar";
import { addLocalDays, assertValidInstant, MS_PER_HOUR, toLocalDateTime } from "./local-time";

export { createCalendar, DEFAULT_WORKING_HOURS, type Calendar, type WorkingHoursConfig } from "./calendar";

/** The working periods that have not ended yet at `at`, in order, without end. */
function* workingPeriodsFrom(at: Date, calendar: Calendar): Generator<WorkingPeriod> {
  let date = toLocalDateTime(at, calendar.config.timeZone).date;
  let consecutiveDaysOff = 0;
  for (;;) {
    const remaining = workingPeriodsOn(date, calendar).filter((period) => period.end.getTime() > at.getTime());
    if (remaining.length === 0) {
      assertWithinSearchLimit(++consecutiveDaysOff);
    } else {
      consecutiveDaysOff = 0;
      yield* remaining;
    }
    date = addLocalDays(date, 1);
  }
}

function firstWorkingPeriodFrom(at: Date, calendar: Calendar): WorkingPeriod {
  const { value } = workingPeriodsFrom(at, calendar).next();
  if (!value) throw new Error("No working period found"); // unreachable: the generator never ends
  return value;
}

function laterOf(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

function hoursToMs(hours: number): number {
  if (!Number.isFinite(hours) || hours < 0) throw new Error(`Working hours must be a finite number ≥ 0: ${hours}`);
  return Math.round(hours * MS_PER_HOUR);
}

/**
 * When the clock actually starts: `at` itself inside a working period, otherwise the start of the next
 * one (lunch → 13:30, evening → 07:00 of the next working day). A period's end time belongs to the
 * break after it, so 17:00 sharp also moves on to the next working day.
 */
export function nextWorkingInstant(at: Date, calendar: Calendar): Date {
  assertValidInstant(at, "start instant");
  return laterOf(at, firstWorkingPeriodFrom(at, calendar).start);
}

/**
 * The instant at which `hours` working hours have elapsed after `start`. Landing exactly on a period's
 * end stays there (8 h from Monday 07:00 is Monday 17:00), because the time is due by then.
 */
export function addWorkingHours(start: Date, hours: number, calendar: Calendar): Date {
  assertValidInstant(start, "start instant");
  let remainingMs = hoursToMs(hours);
  for (const period of workingPeriodsFrom(start, calendar)) {
    const from = laterOf(start, period.start).getTime();
    const availableMs = period.end.getTime() - from;
    if (remainingMs <= availableMs) return new Date(from + remainingMs);
    remainingMs -= availableMs;
  }
  throw new Error("unreachable: working periods never run out");
}

/** Working hours elapsed from `from` to `to`; 0 when `to` is not after `from`. */
export function workingHoursBetween(from: Date, to: Date, calendar: Calendar): number {
  assertValidInstant(from, "from instant");
  assertValidInstant(to, "to instant");
  if (to.getTime() <= from.getTime()) return 0;
  let elapsedMs = 0;
  for (const period of workingPeriodsFrom(from, calendar)) {
    if (period.start.getTime() >= to.getTime()) break;
    elapsedMs += Math.min(period.end.getTime(), to.getTime()) - laterOf(from, period.start).getTime();
  }
  return elapsedMs / MS_PER_HOUR;
}
