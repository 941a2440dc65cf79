/**
 * The one place that knows how an instant maps to a wall clock in a time zone. Offsets are a fixed
 * table rather than Intl lookups so that results never depend on the machine's zone or ICU data;
 * Vietnam has used UTC+7 without daylight saving since 1975, so a fixed offset is exact for it.
 */

export type SupportedTimeZone = "Asia/Ho_Chi_Minh";

const OFFSET_MINUTES_BY_ZONE: Record<SupportedTimeZone, number> = { "Asia/Ho_Chi_Minh": 7 * 60 };

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 60 * MS_PER_MINUTE;
const MS_PER_DAY = 24 * MS_PER_HOUR;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A wall-clock reading: the local calendar date and the milliseconds since local midnight. */
export interface LocalDateTime {
  /** YYYY-MM-DD */
  date: string;
  msOfDay: number;
}

function offsetMs(timeZone: string): number {
  const minutes = OFFSET_MINUTES_BY_ZONE[timeZone as SupportedTimeZone];
  if (minutes === undefined) throw new Error(`Unsupported time zone: ${timeZone} (only Asia/Ho_Chi_Minh)`);
  return minutes * MS_PER_MINUTE;
}

export function assertValidInstant(instant: Date, what = "instant"): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) throw new Error(`Invalid ${what}: ${String(instant)}`);
}

export function toLocalDateTime(instant: Date, timeZone: string): LocalDateTime {
  assertValidInstant(instant);
  // Shifting by the offset lets the UTC getters read the local wall clock.
  const shifted = instant.getTime() + offsetMs(timeZone);
  const msOfDay = ((shifted % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  return { date: new Date(shifted - msOfDay).toISOString().slice(0, 10), msOfDay };
}

export function fromLocalDateTime(date: string, msOfDay: number, timeZone: string): Date {
  return new Date(localDateToUtcMidnight(date) + msOfDay - offsetMs(timeZone));
}

function localDateToUtcMidnight(date: string): number {
  const match = LOCAL_DATE.exec(date);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  // Date.UTC rolls 2024-02-30 over to March; reading it back catches impossible dates.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) throw new Error(`Invalid local date: ${date}`);
  return ms;
}

export function isValidLocalDate(date: string): boolean {
  try {
    localDateToUtcMidnight(date);
    return true;
  } catch {
    return false;
  }
}

export function addLocalDays(date: string, days: number): string {
  return new Date(localDateToUtcMidnight(date) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isWeekend(date: string): boolean {
  const weekday = new Date(localDateToUtcMidnight(date)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** "07:30" → milliseconds since midnight. */
export function parseClockTime(time: string): number {
  const match = CLOCK_TIME.exec(time);
  if (!match) throw new Error(`Invalid clock time (expected HH:MM): ${time}`);
  return (Number(match[1]) * 60 + Number(match[2])) * MS_PER_MINUTE;
}
