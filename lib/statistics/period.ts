/**
 * A report period: whole local days (Asia/Ho_Chi_Minh) from `from` to `to`, both included, as the
 * periodic report states them (docs/statistics.md). `end` is the day after `to`, the exclusive bound the
 * queries use.
 */
export interface Period {
  from: string;
  to: string;
  end: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value && Number(m[1]) >= 2000 && Number(m[1]) <= 2100;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function addMonths(month: string, months: number): string {
  const d = new Date(`${month.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

export function rangePeriod(from: string, to: string): Period {
  return { from, to, end: addDays(to, 1) };
}

export function yearPeriod(year: number): Period {
  return rangePeriod(`${year}-01-01`, `${year}-12-31`);
}

export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): Period {
  const from = `${year}-${String(quarter * 3 - 2).padStart(2, "0")}-01`;
  return rangePeriod(from, addDays(addMonths(from, 3), -1));
}

export function monthPeriod(year: number, month: number): Period {
  const from = `${year}-${String(month).padStart(2, "0")}-01`;
  return rangePeriod(from, addDays(addMonths(from, 1), -1));
}

/** The months of the period that it covers only in part (read from the daily roll-up). */
export function partialMonths(period: Period): string[] {
  const result = new Set<string>();
  if (period.from !== monthStart(period.from)) result.add(monthStart(period.from));
  if (period.end !== monthStart(period.end)) result.add(monthStart(period.end));
  return [...result].sort();
}

/** Every month the period touches, in order (the monthly trend). */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  for (let m = monthStart(period.from); m < period.end; m = addMonths(m, 1)) months.push(m.slice(0, 7));
  return months;
}

/** The twelve months up to and including the month of `today`: the services' published record. */
export function lastTwelveMonths(today: string): Period {
  const from = addMonths(monthStart(today), -11);
  return rangePeriod(from, today);
}
