import type { DatabaseOrTransaction } from "@/db/client";
import { computeReport, type Report } from "./compute-report";
import { emptySums, figuresOf } from "./figures";
import { TIERS } from "./report-scope";
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
  // Every tier is listed, a quiet one with zeros, so the chart and its table always have the same rows.
  const byTier = TIERS.map((t) => tier.groups.find((g) => g.key === t) ?? { key: t, label: t, figures: figuresOf(emptySums(), emptySums()) });
  return { total: tier.total, byTier, byAgency: agency.groups, byMonth: month.groups };
}
