import type { NextRequest } from "next/server";
import { exportOfficerReport } from "@/lib/statistics/export-officer-report";

export const dynamic = "force-dynamic";

/** The periodic report's table, as shown on /quan-tri/bao-cao for the same query, as XLSX. */
export function GET(request: NextRequest) {
  return exportOfficerReport(request, "xlsx");
}
