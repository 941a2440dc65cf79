import { sql } from "drizzle-orm";
import { z } from "zod";
import type { DatabaseOrTransaction } from "@/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { monthPeriod, quarterPeriod, yearPeriod, type Period } from "./period";

/** The public page's period: ?nam=2023, optionally &quy=1..4 or &thang=1..12. */
export const publicPeriodSchema = z.object({
  nam: z.coerce.number().int().min(2000).max(2100).optional(),
  quy: z.coerce.number().int().min(1).max(4).optional(),
  thang: z.coerce.number().int().min(1).max(12).optional(),
});

export interface ChosenPeriod {
  period: Period;
  label: string;
  year: number;
  quarter?: number;
  month?: number;
  invalid: boolean;
}

/** The last whole year with dossiers (the page's default), or the current year when there is none. */
export async function defaultReportYear(db: DatabaseOrTransaction, today: Date): Promise<number> {
  const result = await db.execute(sql`
    select extract(year from max(month))::int as year from statistics_monthly
    where received > 0 and month < date_trunc('year', ${today.toISOString()}::timestamptz at time zone 'Asia/Ho_Chi_Minh')`);
  const rows = (Array.isArray(result) ? result : (result as { rows: { year: number | null }[] }).rows) as { year: number | null }[];
  return rows[0]?.year ?? today.getUTCFullYear();
}

/** The period the address asks for, with its label in the reader's language ("quý 1 năm 2023", "quarter 1 of 2023"). */
export function choosePeriod(params: Record<string, string | string[] | undefined>, defaultYear: number, locale: Locale): ChosenPeriod {
  const t = translatorFor(locale, "statistics");
  const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const parsed = publicPeriodSchema.safeParse({ nam: single(params.nam), quy: single(params.quy), thang: single(params.thang) });
  const value = parsed.success ? parsed.data : {};
  const year = value.nam ?? defaultYear;
  if (value.thang)
    return {
      period: monthPeriod(year, value.thang),
      label: t("monthLabel", { month: value.thang, year: String(year) }),
      year,
      month: value.thang,
      invalid: !parsed.success,
    };
  if (value.quy) {
    const q = value.quy as 1 | 2 | 3 | 4;
    return {
      period: quarterPeriod(year, q),
      label: t("quarterLabel", { quarter: q, year: String(year) }),
      year,
      quarter: q,
      invalid: !parsed.success,
    };
  }
  return { period: yearPeriod(year), label: t("yearLabel", { year: String(year) }), year, invalid: !parsed.success };
}
