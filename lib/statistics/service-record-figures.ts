import { timeLimitInWorkingHours, type Calendar, type TimeLimit } from "@/lib/calendar";

/** Below this many resolved dossiers a service's record is not published ("chưa có dữ liệu"). */
export const MIN_DOSSIERS_TO_PUBLISH = 10;

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface ResolvedDossierTimes {
  /** When the clock started: receipt (online) or registration at the counter. */
  startedAt: Date;
  completedAt: Date;
  /** Working hours the clock stood still for supplementation. */
  pausedWorkingHours: number;
}

/**
 * Working days from the clock's start to the result, supplementation pauses taken out (8 hours a day).
 * `hoursBetween`: the working-hours clock (workingHoursCounter, or workingHoursBetween with a calendar).
 */
export function workingDaysToResult(d: ResolvedDossierTimes, hoursBetween: (from: Date, to: Date) => number, hoursPerDay: number): number {
  const hours = hoursBetween(d.startedAt, d.completedAt) - d.pausedWorkingHours;
  return Math.max(0, hours) / hoursPerDay;
}

/** The legal time limit in working days (a limit in hours as a fraction of a day). */
export function legalLimitInWorkingDays(limit: TimeLimit, calendar: Calendar): number {
  return timeLimitInWorkingHours(limit, calendar) / calendar.config.hoursPerDay;
}
