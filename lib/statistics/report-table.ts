import { officerReportMessages as m } from "@/lib/messages/officer-report";
import type { ReportFigures } from "./figures";

type ColumnGroup = keyof typeof m.groups;
type FigureKey = keyof typeof m.columns & keyof ReportFigures;

export interface ReportColumn {
  key: FigureKey;
  /** The heading above several columns (two header rows on the page), if any. */
  group?: ColumnGroup;
  label: string;
  /** A rate is a fraction (0–1) or null; a count an integer. */
  kind: "count" | "rate";
}

const column = (key: FigureKey, group?: ColumnGroup, kind: ReportColumn["kind"] = "count"): ReportColumn => ({
  key,
  group,
  label: m.columns[key],
  kind,
});

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
export function flatHeading(c: ReportColumn): string {
  return c.group ? `${m.groups[c.group]}: ${c.label}${c.kind === "rate" ? " (%)" : ""}` : c.label;
}

/** The page's two header rows: groups spanning their columns, then each column's own label. */
export function headingGroups(columns: readonly ReportColumn[] = REPORT_COLUMNS): { label: string; span: number; column?: ReportColumn }[] {
  const out: { label: string; span: number; column?: ReportColumn }[] = [];
  for (const c of columns) {
    const last = out.at(-1);
    if (c.group && last && !last.column && last.label === m.groups[c.group]) last.span += 1;
    else out.push(c.group ? { label: m.groups[c.group], span: 1 } : { label: c.label, span: 1, column: c });
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

/** The table as a file holds it: the row heading's column, every report column, the total last. */
export function reportFileRows(rowHeading: string, rows: readonly ReportTableRow[], total: ReportFigures): (string | number | null)[][] {
  const line = (label: string, f: ReportFigures) => [label, ...REPORT_COLUMNS.map((c) => exportValue(c, f))];
  return [[rowHeading, ...REPORT_COLUMNS.map(flatHeading)], ...rows.map((r) => line(r.label, r.figures)), line(m.total, total)];
}
