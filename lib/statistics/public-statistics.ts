import type { DatabaseOrTransaction } from "@/db/client";
import { computeReport, type Report } from "./compute-report";
import type { Period } from "./period";

export interface PublicStatistics {
  total: Report["total"];
  byTier: Report["groups"];
  byAgency: Report["groups"];
  byMonth: Report["groups"];
}

/** What /thong-ke shows: the province's totals, by tier, by agency (a district with its communes), by month. */
export async function getPublicStatistics(db: DatabaseOrTransaction, period: Period): Promise<PublicStatistics> {
  const [tier, agency, month] = await Promise.all([
    computeReport(db, period, {}, "tier"),
    computeReport(db, period, {}, "agency"),
    computeReport(db, period, {}, "month"),
  ]);
  return { total: tier.total, byTier: tier.groups, byAgency: agency.groups, byMonth: month.groups };
}
