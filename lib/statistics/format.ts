/**
 * Figures in the reader's conventions (docs/i18n.md): 90.010 and 98,7% in Vietnamese, 90,010 and 98.7% in
 * English. One set of formatters per language, made once.
 */
import { intlTag, type Locale } from "@/lib/i18n/locales";

export interface StatisticsNumbers {
  /** 90.010 — a count, thousands grouped. */
  count(n: number): string;
  /** 98,7% — a rate in one decimal; a dash when there is nothing to divide. */
  rate(rate: number | null): string;
  /** 19,40 — index points with two decimals. */
  points(n: number): string;
  /** 2,5 — working days with at most one decimal (15, not 15,0). */
  days(n: number): string;
  /** 01/03/2025 from a calendar day "2025-03-01"; anything else as given. */
  day(day: string): string;
}

function make(locale: Locale): StatisticsNumbers {
  const tag = intlTag(locale);
  const whole = new Intl.NumberFormat(tag);
  const oneDecimal = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
  const twoDecimals = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const upToOneDecimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(tag, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
  return {
    count: (n) => whole.format(n),
    rate: (rate) => (rate === null ? "—" : `${oneDecimal.format(Math.round(rate * 1000) / 10)}%`),
    points: (n) => twoDecimals.format(n),
    days: (n) => upToOneDecimal.format(n),
    day: (day) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? date.format(new Date(`${day}T00:00:00Z`)) : day),
  };
}

const byLocale = new Map<Locale, StatisticsNumbers>();

export function statisticsNumbers(locale: Locale): StatisticsNumbers {
  let numbers = byLocale.get(locale);
  if (!numbers) byLocale.set(locale, (numbers = make(locale)));
  return numbers;
}
