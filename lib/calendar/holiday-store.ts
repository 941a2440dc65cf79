import { asc } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { holidays } from "@/db/schema";
import { createCalendar, type Calendar, type WorkingHoursConfig } from "./calendar";
import { serverEnv } from "@/lib/config";
import { workingHoursFromEnv } from "./working-hours-config";

const CACHE_MS = 60_000;
let cached: { calendar: Calendar; loadedAt: number } | undefined;

/** The working-hours calendar with the holidays of the database table (cached for a minute). */
export async function loadCalendar(
  db: DatabaseOrTransaction,
  options: { config?: WorkingHoursConfig; fresh?: boolean; now?: number } = {},
): Promise<Calendar> {
  const now = options.now ?? Date.now();
  if (!options.fresh && !options.config && cached && now - cached.loadedAt < CACHE_MS) return cached.calendar;
  const rows = await db.select({ day: holidays.day }).from(holidays).orderBy(asc(holidays.day));
  const calendar = createCalendar(
    rows.map((r) => r.day),
    options.config ?? workingHoursFromEnv(serverEnv()),
  );
  if (!options.config) cached = { calendar, loadedAt: now };
  return calendar;
}

/** Call after officers edit the holiday table. */
export function forgetCachedCalendar(): void {
  cached = undefined;
}
