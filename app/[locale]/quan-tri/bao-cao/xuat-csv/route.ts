import type { NextRequest } from "next/server";
import { isLocale } from "@/lib/i18n/locales";
import { exportOfficerReport } from "@/lib/statistics/export-officer-report";

export const dynamic = "force-dynamic";

/** The periodic report's table, as shown on /quan-tri/bao-cao for the same query, as CSV. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return exportOfficerReport(request, "csv", isLocale(locale) ? locale : "vi");
}
