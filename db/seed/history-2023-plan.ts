import { isWorkingDay, type Calendar } from "@/lib/calendar/calendar";
import { addLocalDays } from "@/lib/calendar/local-time";

/**
 * The seed's 2023 figures (docs/statistics.md, "The 2023 history"; the Sở Nội vụ report): what the generated history must reproduce
 * exactly in the report for year 2023 — received, resolved, and of those resolved the ones received online.
 */
export const SEED_2023 = {
  tinh: { received: 90_010, resolved: 85_188, resolvedOnline: 69_971 },
  huyen: { received: 136_350, resolved: 124_192, resolvedOnline: 41_119 },
  xa: { received: 187_299, resolved: 184_678, resolvedOnline: 122_594 },
} as const;

export const HISTORY_YEAR = 2023;
const SLOT_COUNT = 10_000;

/** Relative busyness of each month: the Tết month and the one after are quieter, the year's end busier. */
const MONTH_WEIGHT = [0.9, 0.85, 1.0, 0.95, 1.0, 1.0, 1.05, 1.05, 0.95, 1.0, 1.05, 1.15];

export interface HistoryPlan {
  /** Working days of 2023 and the first quarter of 2024 (carried-over dossiers close there), in order. */
  workingDays: string[];
  /** How many of them are in 2023. */
  workingDays2023: number;
  /** SLOT_COUNT 1-based indexes into workingDays, spread by the day's weight: picking one at random gives the seasonality. */
  slots: number[];
}

/**
 * The days the history happens on, from the working-hours calendar (weekends and the holidays table).
 * Around Tết people file before the holiday and little right after it.
 */
export function planHistory(calendar: Calendar, tet: string): HistoryPlan {
  const workingDays: string[] = [];
  for (let day = `${HISTORY_YEAR}-01-01`; day < `${HISTORY_YEAR + 1}-04-01`; day = addLocalDays(day, 1)) {
    if (isWorkingDay(day, calendar)) workingDays.push(day);
  }
  const workingDays2023 = workingDays.filter((d) => d < `${HISTORY_YEAR + 1}-01-01`).length;
  const weights = workingDays.slice(0, workingDays2023).map((day) => {
    const sinceTet = (Date.parse(day) - Date.parse(tet)) / 86_400_000;
    const tetFactor = sinceTet >= -8 && sinceTet < 0 ? 1.3 : sinceTet >= 0 && sinceTet < 14 ? 0.5 : 1;
    return MONTH_WEIGHT[Number(day.slice(5, 7)) - 1]! * tetFactor;
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const slots: number[] = [];
  let cumulative = 0;
  weights.forEach((w, i) => {
    cumulative += w;
    while (slots.length < Math.round((cumulative / total) * SLOT_COUNT)) slots.push(i + 1);
  });
  return { workingDays, workingDays2023, slots };
}
