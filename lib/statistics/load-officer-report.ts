import { eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { units } from "@/db/schema";
import { translatorFor } from "@/lib/i18n/translator";
import { mayOfficer } from "@/lib/workflow/permissions";
import { computeReport, type ReportGroup } from "./compute-report";
import { emptySums, figuresOf, type ReportFigures } from "./figures";
import type { OfficerReportQuery } from "./officer-report-query";
import { TIERS, type GroupBy, type ReportScope, type Tier } from "./report-scope";

export type ReportLevel = "province" | "tier" | "unit";
export interface DrillTarget {
  cap?: Tier;
  donVi?: number;
}

export interface OfficerReportRow {
  key: string;
  label: string;
  figures: ReportFigures;
  /** The next level down, when there is one this reader may open. */
  drill?: DrillTarget;
}

export interface OfficerReportView {
  level: ReportLevel;
  scopeLabel: string;
  /** From the province down to this level; each entry links to its level. */
  trail: { label: string; target: DrillTarget }[];
  rows: OfficerReportRow[];
  total: ReportFigures;
}

export type OfficerReportResult = { ok: true; view: OfficerReportView } | { ok: false; reason: "forbidden" | "unknown-unit" };

/** Who reads the report: an officer's unit, and whether the permission table lets them see the province. */
export interface ReportReader {
  unitId: number;
  roles: readonly string[];
}

/**
 * The officers' periodic report at one drill-down level (docs/statistics.md#the-officers-report):
 * province → tiers, tier → its units, unit → its services. A reader without `view-province-report` sees
 * their own unit only; asking for any other level is refused, not narrowed silently.
 */
export async function loadOfficerReport(db: DatabaseOrTransaction, query: OfficerReportQuery, reader: ReportReader): Promise<OfficerReportResult> {
  const province = mayOfficer(reader.roles, "view-province-report");
  if (!province && (query.tier !== undefined || (query.unitId !== undefined && query.unitId !== reader.unitId)))
    return { ok: false, reason: "forbidden" };
  const unitId = province ? query.unitId : reader.unitId;
  // Labels in the reader's language; unit and service names are the portal's data and stay as they are.
  const t = translatorFor(query.locale, "officerReport");
  const tierName = (tier: Tier) => translatorFor(query.locale, "statistics")(`tiers.${tier}`);
  const provinceCrumb = () => ({ label: t("province"), target: {} });
  const tierCrumb = (tier: Tier) => ({ label: tierName(tier), target: { cap: tier } });

  if (unitId !== undefined) {
    const [unit] = await db.select({ id: units.id, name: units.name, tier: units.tier }).from(units).where(eq(units.id, unitId));
    if (!unit) return { ok: false, reason: "unknown-unit" };
    const tier = unit.tier as Tier;
    const report = await run(db, query, { unitId: unit.id }, "service");
    const trail = province ? [provinceCrumb(), tierCrumb(tier)] : [];
    return {
      ok: true,
      view: {
        level: "unit",
        scopeLabel: unit.name,
        trail: [...trail, { label: unit.name, target: { donVi: unit.id } }],
        rows: report.rows,
        total: report.total,
      },
    };
  }
  if (query.tier !== undefined) {
    const report = await run(db, query, { tier: query.tier }, "unit");
    const rows = report.rows.map((r) => ({ ...r, drill: { donVi: Number(r.key) } }));
    return {
      ok: true,
      view: { level: "tier", scopeLabel: tierName(query.tier), trail: [provinceCrumb(), tierCrumb(query.tier)], rows, total: report.total },
    };
  }
  const report = await run(db, query, {}, "tier");
  // Every tier is a row, a quiet one with zeros, so the province's table always has its three lines.
  const rows = TIERS.map((tier) => ({
    key: tier,
    label: tierName(tier),
    figures: report.rows.find((r) => r.key === tier)?.figures ?? figuresOf(emptySums(), emptySums()),
    drill: { cap: tier },
  }));
  return { ok: true, view: { level: "province", scopeLabel: t("province"), trail: [provinceCrumb()], rows, total: report.total } };
}

async function run(db: DatabaseOrTransaction, query: OfficerReportQuery, scope: ReportScope, groupBy: GroupBy) {
  const report = await computeReport(db, query.period, scope, groupBy);
  return { rows: report.groups.map((g: ReportGroup) => ({ key: g.key, label: g.label, figures: g.figures })), total: report.total };
}
