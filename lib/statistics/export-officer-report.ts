import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { vietnamIsoDate } from "@/lib/calendar/format";
import { workflowNow } from "@/lib/calendar/workflow-now";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { mayOfficer } from "@/lib/workflow/permissions";
import { loadOfficerReport } from "./load-officer-report";
import { officerReportFile, type ReportFileFormat } from "./officer-report-file";
import { parseReportQuery } from "./officer-report-query";

const TYPES: Record<ReportFileFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * GET /quan-tri/bao-cao/xuat-csv and /xuat-xlsx: exactly the table the report page shows for the same
 * query, with the page's checks (an officer with `view-report`; another unit's or the province's report
 * only with `view-province-report`). The file and the errors are in `locale`, the language of the page's
 * address (the route's `[locale]` segment, docs/i18n.md); never a 500 for a bad query.
 */
export async function exportOfficerReport(request: NextRequest, format: keyof typeof TYPES, locale: Locale): Promise<NextResponse> {
  const t = translatorFor(locale, "officerReport");
  const user = await getCurrentUser();
  if (!user || user.kind !== "officer" || user.unitId === null) return NextResponse.json({ error: t("signInRequired") }, { status: 401 });
  if (!mayOfficer(user.roles, "view-report")) return NextResponse.json({ error: t("noRight") }, { status: 403 });
  const parsed = parseReportQuery(Object.fromEntries(request.nextUrl.searchParams), vietnamIsoDate(workflowNow()), locale);
  if (!parsed.ok) return NextResponse.json({ error: t("invalidQuery"), issues: parsed.errors }, { status: 400 });
  const result = await loadOfficerReport(await getDb(), parsed.query, { unitId: user.unitId, roles: user.roles });
  if (!result.ok)
    return result.reason === "forbidden"
      ? NextResponse.json({ error: t("forbidden") }, { status: 403 })
      : NextResponse.json({ error: t("unknownUnit") }, { status: 404 });

  const body = await officerReportFile(result.view, parsed.query, format);
  const { from, to } = parsed.query.period;
  return new NextResponse(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="bao-cao-${from}-${to}.${format}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
