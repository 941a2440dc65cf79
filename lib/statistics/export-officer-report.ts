import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { vietnamIsoDate } from "@/lib/calendar/format";
import { workflowNow } from "@/lib/calendar/workflow-now";
import { toCsv } from "@/lib/documents/csv";
import { officerReportMessages as m } from "@/lib/messages/officer-report";
import { mayOfficer } from "@/lib/workflow/permissions";
import { loadOfficerReport } from "./load-officer-report";
import { parseReportQuery } from "./officer-report-query";
import { REPORT_COLUMNS, reportFileRows } from "./report-table";
import { reportToXlsx } from "./report-xlsx";

const TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/**
 * GET /quan-tri/bao-cao/xuat-csv and /xuat-xlsx: exactly the table the report page shows for the same
 * query, with the page's checks (an officer with `view-report`; another unit's or the province's report
 * only with `view-province-report`). Errors answer JSON in Vietnamese, never a 500 for a bad query.
 */
export async function exportOfficerReport(request: NextRequest, format: keyof typeof TYPES): Promise<NextResponse> {
  const user = await getCurrentUser();
  if (!user || user.kind !== "officer" || user.unitId === null)
    return NextResponse.json({ error: "Vui lòng đăng nhập bằng tài khoản cán bộ." }, { status: 401 });
  if (!mayOfficer(user.roles, "view-report")) return NextResponse.json({ error: "Bạn không có quyền xem báo cáo." }, { status: 403 });
  const parsed = parseReportQuery(Object.fromEntries(request.nextUrl.searchParams), vietnamIsoDate(workflowNow()));
  if (!parsed.ok) return NextResponse.json({ error: m.invalidQuery, issues: parsed.errors }, { status: 400 });
  const result = await loadOfficerReport(await getDb(), parsed.query, { unitId: user.unitId, roles: user.roles });
  if (!result.ok)
    return result.reason === "forbidden"
      ? NextResponse.json({ error: m.forbidden }, { status: 403 })
      : NextResponse.json({ error: m.unknownUnit }, { status: 404 });

  const { view } = result;
  const title = m.reportTitle(view.scopeLabel, parsed.query.periodLabel);
  const rows = reportFileRows(m.rowHeading[view.level], view.rows, view.total);
  const rateColumns = REPORT_COLUMNS.flatMap((c, i) => (c.kind === "rate" ? [i + 1] : []));
  const body = format === "csv" ? toCsv([[title], ...rows]) : await reportToXlsx(title, rows, rateColumns);
  const { from, to } = parsed.query.period;
  return new NextResponse(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="bao-cao-${from}-${to}.${format}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
