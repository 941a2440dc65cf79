import { addDays, addMonths, lastTwelveMonths, monthStart, rangePeriod, type Period } from "@/lib/statistics/period";

/**
 * The twelve months a unit's published performance covers: up to today, or — when the latest month with
 * dossiers lies further back (a portal with only the 2023 history) — up to the end of that month, so the
 * page shows the last year there is rather than twelve empty months. The page states the period.
 */
export function publishedPeriod(today: string, latestMonthWithData: string | null): Period {
  const current = monthStart(today);
  if (latestMonthWithData === null || monthStart(latestMonthWithData) >= current) return lastTwelveMonths(today);
  const last = monthStart(latestMonthWithData);
  return rangePeriod(addMonths(last, -11), addDays(addMonths(last, 1), -1));
}

/** Fewer resolved dossiers than this in the period and a unit's rate is not published (too few to mean much). */
export const MIN_RESOLVED_TO_PUBLISH = 10;
