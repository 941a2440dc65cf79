import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { statisticsNumbers } from "./format";
import { isValidDate, monthPeriod, quarterPeriod, rangePeriod, yearPeriod, type Period } from "./period";
import { TIERS, type Tier } from "./report-scope";

export const PERIOD_KINDS = ["nam", "quy", "thang", "khoang"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A plain GET form sends every field, the unused ones empty: empty means "not given". */
const blank = (v: unknown) => (v === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());
const date = z.string().refine(isValidDate, "validation.officerReport.dateInvalid");

/**
 * The report's query (/quan-tri/bao-cao and its exports): the period (`ky` and its fields) and how far
 * down the report goes (`cap`: a tier's units; `don-vi`: one unit's services). Unknown keys are ignored.
 */
export const officerReportQuerySchema = z
  .object({
    ky: z.preprocess(blank, z.enum(PERIOD_KINDS, { error: "validation.officerReport.kindInvalid" }).default("nam")),
    nam: optional(
      z.coerce
        .number({ error: "validation.officerReport.yearInvalid" })
        .int("validation.officerReport.yearInvalid")
        .min(2000, "validation.officerReport.yearRange")
        .max(2100, "validation.officerReport.yearRange"),
    ),
    quy: optional(
      z.coerce
        .number({ error: "validation.officerReport.quarterInvalid" })
        .int("validation.officerReport.quarterInvalid")
        .min(1, "validation.officerReport.quarterRange")
        .max(4, "validation.officerReport.quarterRange"),
    ),
    thang: optional(
      z.coerce
        .number({ error: "validation.officerReport.monthInvalid" })
        .int("validation.officerReport.monthInvalid")
        .min(1, "validation.officerReport.monthRange")
        .max(12, "validation.officerReport.monthRange"),
    ),
    tu: optional(date),
    den: optional(date),
    cap: optional(z.enum(TIERS, { error: "validation.officerReport.tierInvalid" })),
    "don-vi": optional(
      z.coerce
        .number({ error: "validation.officerReport.unitInvalid" })
        .int("validation.officerReport.unitInvalid")
        .min(1, "validation.officerReport.unitInvalid")
        .max(2_147_483_647, "validation.officerReport.unitInvalid"),
    ),
  })
  .superRefine((q, ctx) => {
    if (q.ky === "quy" && q.quy === undefined) ctx.addIssue({ code: "custom", path: ["quy"], message: "validation.officerReport.quarterRequired" });
    if (q.ky === "thang" && q.thang === undefined)
      ctx.addIssue({ code: "custom", path: ["thang"], message: "validation.officerReport.monthRequired" });
    if (q.ky !== "khoang") return;
    if (q.tu === undefined) ctx.addIssue({ code: "custom", path: ["tu"], message: "validation.officerReport.fromRequired" });
    if (q.den === undefined) ctx.addIssue({ code: "custom", path: ["den"], message: "validation.officerReport.toRequired" });
    if (q.tu === undefined || q.den === undefined) return;
    if (q.tu > q.den) ctx.addIssue({ code: "custom", path: ["den"], message: "validation.officerReport.toBeforeFrom" });
    else if (Date.parse(q.den) - Date.parse(q.tu) > 10 * 366 * 86_400_000)
      ctx.addIssue({ code: "custom", path: ["den"], message: "validation.officerReport.tooLong" });
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
  /** The reader's language: labels, headings and files of the report. */
  locale: Locale;
  tier?: Tier;
  unitId?: number;
}

export type ParsedReportQuery = { ok: true; query: OfficerReportQuery } | { ok: false; errors: { field: string; message: string }[] };

const FIELDS = ["ky", "nam", "quy", "thang", "tu", "den", "cap", "don-vi"] as const;
const isField = (name: string): name is (typeof FIELDS)[number] => (FIELDS as readonly string[]).includes(name);
const VALIDATION_PREFIX = "validation.officerReport.";

/**
 * Reads the query (this year when no year is given); a bad one gives each field's name and message in the
 * reader's language (the schema holds `validation.officerReport.*` keys, docs/i18n.md). A period still
 * running ends today: "in progress at the end" and "overdue" are then today's, not a guess about dossiers
 * that are not due yet (the roll-up counts as overdue whatever falls due before the period's end).
 */
export function parseReportQuery(params: Record<string, string | string[] | undefined>, today: string, locale: Locale): ParsedReportQuery {
  const parsed = parsePeriodQuery(params, Number(today.slice(0, 4)), locale);
  if (!parsed.ok) return parsed;
  const { period, periodLabel } = parsed.query;
  if (period.from > today || period.to <= today) return parsed;
  return {
    ok: true,
    query: {
      ...parsed.query,
      period: rangePeriod(period.from, today),
      periodLabel: translatorFor(locale, "officerReport")("untilToday", { period: periodLabel, today: statisticsNumbers(locale).day(today) }),
    },
  };
}

function parsePeriodQuery(params: Record<string, string | string[] | undefined>, defaultYear: number, locale: Locale): ParsedReportQuery {
  const single = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = officerReportQuerySchema.safeParse(single);
  const t = translatorFor(locale, "officerReport");
  if (!parsed.success) {
    const v = translatorFor(locale, "validation");
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => {
        const name = String(i.path[0]);
        const key = i.message.startsWith(VALIDATION_PREFIX) ? (i.message.slice("validation.".length) as "officerReport.dateInvalid") : undefined;
        return { field: isField(name) ? t(`fields.${name}`) : name, message: key ? v(key) : i.message };
      }),
    };
  }
  const q = parsed.data;
  const nam = q.nam ?? defaultYear;
  const s = translatorFor(locale, "statistics");
  const day = statisticsNumbers(locale).day;
  const base = { tier: q.cap, unitId: q["don-vi"], locale };
  switch (q.ky) {
    case "quy":
      return {
        ok: true,
        query: {
          ...base,
          periodParams: { ky: "quy", nam, quy: q.quy },
          period: quarterPeriod(nam, q.quy as 1 | 2 | 3 | 4),
          periodLabel: s("quarterLabel", { quarter: q.quy!, year: String(nam) }),
        },
      };
    case "thang":
      return {
        ok: true,
        query: {
          ...base,
          periodParams: { ky: "thang", nam, thang: q.thang },
          period: monthPeriod(nam, q.thang!),
          periodLabel: s("monthLabel", { month: q.thang!, year: String(nam) }),
        },
      };
    case "khoang":
      return {
        ok: true,
        query: {
          ...base,
          periodParams: { ky: "khoang", nam, tu: q.tu, den: q.den },
          period: rangePeriod(q.tu!, q.den!),
          periodLabel: t("rangeLabel", { from: day(q.tu!), to: day(q.den!) }),
        },
      };
    default:
      return {
        ok: true,
        query: { ...base, periodParams: { ky: "nam", nam }, period: yearPeriod(nam), periodLabel: s("yearLabel", { year: String(nam) }) },
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
