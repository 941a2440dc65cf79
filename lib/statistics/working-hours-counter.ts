import { workingPeriodsOn, type Calendar, type WorkingPeriod } from "@/lib/calendar/calendar";
import { addLocalDays, MS_PER_HOUR, toLocalDateTime } from "@/lib/calendar/local-time";

/**
 * `workingHoursBetween` for many pairs of instants at once (a service's year of dossiers): the same
 * working-hours clock, but each instant is placed on a running total of working time per local day, so a
 * pair costs two look-ups instead of a walk over every day between them. Exact: the tests compare it with
 * `workingHoursBetween`.
 */
export function workingHoursCounter(calendar: Calendar): (from: Date, to: Date) => number {
  const { timeZone } = calendar.config;
  const periods = new Map<string, WorkingPeriod[]>();
  const periodsOn = (date: string) => {
    let p = periods.get(date);
    if (!p) periods.set(date, (p = workingPeriodsOn(date, calendar)));
    return p;
  };
  const dayMs = (date: string) => periodsOn(date).reduce((s, p) => s + p.end.getTime() - p.start.getTime(), 0);

  // Working ms before the start of each local day, counted from the first day asked about; filled both ways.
  const before = new Map<string, number>();
  let first: string | null = null;
  let last: string | null = null;
  const msBeforeDay = (date: string): number => {
    if (first === null || last === null) {
      first = last = date;
      before.set(date, 0);
    }
    while (date > last) {
      const next = addLocalDays(last, 1);
      before.set(next, before.get(last)! + dayMs(last));
      last = next;
    }
    while (date < first) {
      const previous = addLocalDays(first, -1);
      before.set(previous, before.get(first)! - dayMs(previous));
      first = previous;
    }
    return before.get(date)!;
  };
  const msAt = (instant: Date) => {
    const date = toLocalDateTime(instant, timeZone).date;
    const t = instant.getTime();
    let within = 0;
    for (const p of periodsOn(date)) within += Math.max(0, Math.min(t, p.end.getTime()) - p.start.getTime());
    return msBeforeDay(date) + within;
  };
  return (from, to) => (to.getTime() <= from.getTime() ? 0 : (msAt(to) - msAt(from)) / MS_PER_HOUR);
}
