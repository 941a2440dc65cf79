import { toCsv } from "@/lib/documents/csv";
import { translatorFor } from "@/lib/i18n/translator";
import type { OfficerReportView } from "./load-officer-report";
import type { OfficerReportQuery } from "./officer-report-query";
import { REPORT_COLUMNS, reportFileRows } from "./report-table";
import { reportToXlsx } from "./report-xlsx";

export type ReportFileFormat = "csv" | "xlsx";

/** The file itself: a title row naming scope and period, then the table, in the query's language. */
export async function officerReportFile(view: OfficerReportView, query: OfficerReportQuery, format: ReportFileFormat): Promise<string | Buffer> {
  const t = translatorFor(query.locale, "officerReport");
  const title = t("reportTitle", { scope: view.scopeLabel, period: query.periodLabel });
  const rows = reportFileRows(t(`rowHeading.${view.level}`), view.rows, view.total, query.locale);
  const rateColumns = REPORT_COLUMNS.flatMap((c, i) => (c.kind === "rate" ? [i + 1] : []));
  return format === "csv" ? toCsv([[title], ...rows]) : reportToXlsx(title, rows, rateColumns, { sheetName: t("sheetName"), creator: t("creator") });
}
