import type { Messages } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { ReportFigures } from "./figures";

type ColumnGroup = keyof Messages["officerReport"]["groups"];
type FigureKey = keyof Messages["officerReport"]["columns"] & keyof ReportFigures;

export interface ReportColumn {
  key: FigureKey;
  /** The heading above several columns (two header rows on the page), if any. */
  group?: ColumnGroup;
  /** A rate is a fraction (0–1) or null; a count an integer. */
  kind: "count" | "rate";
}

const column = (key: FigureKey, group?: ColumnGroup, kind: ReportColumn["kind"] = "count"): ReportColumn => ({ key, group, kind });

/** A column's own label ("Trước hạn"), in the reader's language. */
export function columnLabel(c: ReportColumn, locale: Locale): string {
  return translatorFor(locale, "officerReport")(`columns.${c.key}`);
}

/**
 * The standard report's columns (docs/statistics.md), in the order of the periodic report: carried over,
 * received by channel, to handle, resolved by timeliness and online, closed without result, in progress
 * at the end, rates. carriedOver + received = resolved + refused + withdrawn + stopped + inProgress.
 */
export const REPORT_COLUMNS: readonly ReportColumn[] = [
  column("carriedOver"),
  column("received", "received"),
  column("receivedOnline", "received"),
  column("receivedInPerson", "received"),
  column("receivedPostal", "received"),
  column("toHandle"),
  column("resolved", "resolved"),
  column("resolvedEarly", "resolved"),
  column("resolvedOnTime", "resolved"),
  column("resolvedLate", "resolved"),
  column("resolvedOnline", "resolved"),
  column("refused", "closed"),
  column("withdrawn", "closed"),
  column("stopped", "closed"),
  column("inProgress", "inProgress"),
  column("inProgressInTime", "inProgress"),
  column("inProgressOverdue", "inProgress"),
  column("onTimeRate", "rates", "rate"),
  column("onlineRate", "rates", "rate"),
];

/** One heading for a file's single header row: "Đã giải quyết: Trước hạn". */
export function flatHeading(c: ReportColumn, locale: Locale): string {
  const t = translatorFor(locale, "officerReport");
  if (!c.group) return columnLabel(c, locale);
  return t(c.kind === "rate" ? "flatHeadingRate" : "flatHeading", { group: t(`groups.${c.group}`), label: columnLabel(c, locale) });
}

/** The page's two header rows: groups spanning their columns, then each column's own label. */
export function headingGroups(
  locale: Locale,
  columns: readonly ReportColumn[] = REPORT_COLUMNS,
): { label: string; span: number; column?: ReportColumn }[] {
  const t = translatorFor(locale, "officerReport");
  const out: { label: string; span: number; column?: ReportColumn }[] = [];
  for (const c of columns) {
    const last = out.at(-1);
    const group = c.group ? t(`groups.${c.group}`) : undefined;
    if (group && last && !last.column && last.label === group) last.span += 1;
    else out.push(group ? { label: group, span: 1 } : { label: columnLabel(c, locale), span: 1, column: c });
  }
  return out;
}

/** A figure as a file holds it: counts as they are, rates as a percentage with one decimal (98.7). */
export function exportValue(c: ReportColumn, f: ReportFigures): number | null {
  const value = f[c.key];
  if (c.kind === "count") return value;
  return value === null ? null : Math.round(value * 1000) / 10;
}

export interface ReportTableRow {
  label: string;
  figures: ReportFigures;
}

/** The table as a file holds it, headings in the reader's language: the row heading's column, every report column, the total last. */
export function reportFileRows(
  rowHeading: string,
  rows: readonly ReportTableRow[],
  total: ReportFigures,
  locale: Locale,
): (string | number | null)[][] {
  const line = (label: string, f: ReportFigures) => [label, ...REPORT_COLUMNS.map((c) => exportValue(c, f))];
  return [
    [rowHeading, ...REPORT_COLUMNS.map((c) => flatHeading(c, locale))],
    ...rows.map((r) => line(r.label, r.figures)),
    line(translatorFor(locale, "officerReport")("total"), total),
  ];
}
