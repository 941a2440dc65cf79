import { z } from "zod";
import { formatVietnamDate } from "@/lib/calendar/format";
import { officerReportMessages as m } from "@/lib/messages/officer-report";
import { statisticsMessages } from "@/lib/messages/statistics";
import { isValidDate, monthPeriod, quarterPeriod, rangePeriod, yearPeriod, type Period } from "./period";
import { TIERS, type Tier } from "./report-scope";

export const PERIOD_KINDS = ["nam", "quy", "thang", "khoang"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A plain GET form sends every field, the unused ones empty: empty means "not given". */
const blank = (v: unknown) => (v === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());
const date = z.string().refine(isValidDate, "Ngày phải có dạng dd/mm/yyyy hợp lệ.");

/**
 * The report's query (/quan-tri/bao-cao and its exports): the period (`ky` and its fields) and how far
 * down the report goes (`cap`: a tier's units; `don-vi`: one unit's services). Unknown keys are ignored.
 */
export const officerReportQuerySchema = z
  .object({
    ky: z.preprocess(blank, z.enum(PERIOD_KINDS, { error: "Loại kỳ không hợp lệ." }).default("nam")),
    nam: optional(
      z.coerce.number({ error: "Năm không hợp lệ." }).int("Năm không hợp lệ.").min(2000, "Năm từ 2000 đến 2100.").max(2100, "Năm từ 2000 đến 2100."),
    ),
    quy: optional(z.coerce.number({ error: "Quý không hợp lệ." }).int("Quý không hợp lệ.").min(1, "Quý từ 1 đến 4.").max(4, "Quý từ 1 đến 4.")),
    thang: optional(
      z.coerce.number({ error: "Tháng không hợp lệ." }).int("Tháng không hợp lệ.").min(1, "Tháng từ 1 đến 12.").max(12, "Tháng từ 1 đến 12."),
    ),
    tu: optional(date),
    den: optional(date),
    cap: optional(z.enum(TIERS, { error: "Cấp không hợp lệ." })),
    "don-vi": optional(
      z.coerce
        .number({ error: "Đơn vị không hợp lệ." })
        .int("Đơn vị không hợp lệ.")
        .min(1, "Đơn vị không hợp lệ.")
        .max(2_147_483_647, "Đơn vị không hợp lệ."),
    ),
  })
  .superRefine((q, ctx) => {
    if (q.ky === "quy" && q.quy === undefined) ctx.addIssue({ code: "custom", path: ["quy"], message: "Hãy chọn quý." });
    if (q.ky === "thang" && q.thang === undefined) ctx.addIssue({ code: "custom", path: ["thang"], message: "Hãy chọn tháng." });
    if (q.ky !== "khoang") return;
    if (q.tu === undefined) ctx.addIssue({ code: "custom", path: ["tu"], message: "Hãy nhập ngày bắt đầu." });
    if (q.den === undefined) ctx.addIssue({ code: "custom", path: ["den"], message: "Hãy nhập ngày kết thúc." });
    if (q.tu === undefined || q.den === undefined) return;
    if (q.tu > q.den) ctx.addIssue({ code: "custom", path: ["den"], message: "Ngày kết thúc phải sau ngày bắt đầu." });
    else if (Date.parse(q.den) - Date.parse(q.tu) > 10 * 366 * 86_400_000)
      ctx.addIssue({ code: "custom", path: ["den"], message: "Kỳ báo cáo dài tối đa 10 năm." });
  });

/** The period as the form and the links carry it (only the fields its kind uses). */
export interface PeriodParams {
  ky: PeriodKind;
  nam: number;
  quy?: number;
  thang?: number;
  tu?: string;
  den?: string;
}

export interface OfficerReportQuery {
  periodParams: PeriodParams;
  period: Period;
  periodLabel: string;
  tier?: Tier;
  unitId?: number;
}

export type ParsedReportQuery = { ok: true; query: OfficerReportQuery } | { ok: false; errors: { field: string; message: string }[] };

const FIELD_NAMES: Record<string, string> = {
  ky: "Loại kỳ",
  nam: "Năm",
  quy: "Quý",
  thang: "Tháng",
  tu: "Từ ngày",
  den: "Đến ngày",
  cap: "Cấp",
  "don-vi": "Đơn vị",
};

/**
 * Reads the query (this year when no year is given); a bad one gives each field's message. A period still
 * running ends today: "in progress at the end" and "overdue" are then today's, not a guess about dossiers
 * that are not due yet (the roll-up counts as overdue whatever falls due before the period's end).
 */
export function parseReportQuery(params: Record<string, string | string[] | undefined>, today: string): ParsedReportQuery {
  const parsed = parsePeriodQuery(params, Number(today.slice(0, 4)));
  if (!parsed.ok) return parsed;
  const { period, periodLabel } = parsed.query;
  if (period.from > today || period.to <= today) return parsed;
  return {
    ok: true,
    query: { ...parsed.query, period: rangePeriod(period.from, today), periodLabel: m.untilToday(periodLabel, formatVietnamDate(today)) },
  };
}

function parsePeriodQuery(params: Record<string, string | string[] | undefined>, defaultYear: number): ParsedReportQuery {
  const single = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = officerReportQuerySchema.safeParse(single);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({ field: FIELD_NAMES[String(i.path[0])] ?? String(i.path[0]), message: i.message })),
    };
  }
  const q = parsed.data;
  const nam = q.nam ?? defaultYear;
  const base = { tier: q.cap, unitId: q["don-vi"] };
  switch (q.ky) {
    case "quy":
      return {
        ok: true,
        query: {
          ...base,
          periodParams: { ky: "quy", nam, quy: q.quy },
          period: quarterPeriod(nam, q.quy as 1 | 2 | 3 | 4),
          periodLabel: statisticsMessages.quarterLabel(q.quy!, nam),
        },
      };
    case "thang":
      return {
        ok: true,
        query: {
          ...base,
          periodParams: { ky: "thang", nam, thang: q.thang },
          period: monthPeriod(nam, q.thang!),
          periodLabel: statisticsMessages.monthLabel(q.thang!, nam),
        },
      };
    case "khoang":
      return {
        ok: true,
        query: {
          ...base,
          periodParams: { ky: "khoang", nam, tu: q.tu, den: q.den },
          period: rangePeriod(q.tu!, q.den!),
          periodLabel: m.rangeLabel(formatVietnamDate(q.tu!), formatVietnamDate(q.den!)),
        },
      };
    default:
      return {
        ok: true,
        query: { ...base, periodParams: { ky: "nam", nam }, period: yearPeriod(nam), periodLabel: statisticsMessages.yearLabel(nam) },
      };
  }
}

/** The address of the report (or an export) for this period, at a drill-down level: links keep the period. */
export function reportHref(path: string, period: PeriodParams, level: { cap?: Tier; donVi?: number } = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(period)) if (v !== undefined) search.set(k, String(v));
  if (level.cap) search.set("cap", level.cap);
  if (level.donVi !== undefined) search.set("don-vi", String(level.donVi));
  return `${path}?${search.toString()}`;
}
