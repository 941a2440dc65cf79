import { asc, count, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { divisions, units, type DivisionKind } from "@/db/schema";
import { listUnitsWithCounts } from "@/lib/catalog/catalog-overview";
import { computeReport } from "@/lib/statistics/compute-report";
import type { Period } from "@/lib/statistics/period";
import { MIN_RESOLVED_TO_PUBLISH, publishedPeriod } from "./published-period";
import { rowsOf } from "@/db/rows-of";

export interface OrganisationCounts {
  agencies: number;
  /** Phòng of the provincial agencies. */
  divisions: number;
  subDepartments: number;
  districts: number;
  districtDivisions: number;
  communes: number;
}

export interface DivisionItem {
  code: string;
  name: string;
  kind: DivisionKind;
}

/** A unit's published record for the period: null when it resolved too few dossiers to publish a rate. */
export interface UnitPerformance {
  resolved: number;
  onTimeRate: number | null;
  published: boolean;
}

export interface OrganisationUnit {
  id: number;
  code: string;
  name: string;
  shortName: string;
  kind: "province" | "agency" | "district" | "commune";
  serviceCount: number;
  performance: UnitPerformance;
  divisions: DivisionItem[];
  communes: OrganisationUnit[];
}

export interface Organisation {
  counts: OrganisationCounts;
  period: Period;
  agencies: OrganisationUnit[];
  districts: OrganisationUnit[];
}

/** The latest month with a received dossier, not after today's month (statistics_monthly: a few thousand rows). */
async function latestMonthWithData(db: DatabaseOrTransaction, today: string): Promise<string | null> {
  const result = await db.execute(sql`
    select to_char(max(month), 'YYYY-MM-DD') as month from statistics_monthly
    where received > 0 and month <= date_trunc('month', ${today}::date)`);
  return rowsOf<{ month: string | null }>(result)[0]?.month ?? null;
}

export async function countOrganisation(db: DatabaseOrTransaction): Promise<OrganisationCounts> {
  const [unitCounts, divisionCounts] = await Promise.all([
    db.select({ kind: units.kind, n: count() }).from(units).groupBy(units.kind),
    db.select({ kind: divisions.kind, n: count() }).from(divisions).groupBy(divisions.kind),
  ]);
  const ofUnit = (kind: string) => unitCounts.find((c) => c.kind === kind)?.n ?? 0;
  const ofDivision = (kind: DivisionKind) => divisionCounts.find((c) => c.kind === kind)?.n ?? 0;
  return {
    agencies: ofUnit("agency"),
    divisions: ofDivision("phong"),
    subDepartments: ofDivision("chi-cuc"),
    districts: ofUnit("district"),
    districtDivisions: ofDivision("phong-huyen"),
    communes: ofUnit("commune"),
  };
}

/** Every unit's resolved dossiers and on-time rate for the period, by unit id, from the monthly roll-up. */
export async function performanceByUnit(
  db: DatabaseOrTransaction,
  period: Period,
  scope: { unitId?: number } = {},
): Promise<Map<number, UnitPerformance>> {
  const report = await computeReport(db, period, scope, "unit");
  return new Map(
    report.groups.map((g) => [
      Number(g.key),
      { resolved: g.figures.resolved, onTimeRate: g.figures.onTimeRate, published: g.figures.resolved >= MIN_RESOLVED_TO_PUBLISH },
    ]),
  );
}

export const NO_PERFORMANCE: UnitPerformance = { resolved: 0, onTimeRate: null, published: false };

/**
 * The organisation as /co-quan shows it (docs/organisation.md): the counts, then each agency with its
 * divisions and each district with its divisions and communes, every unit with its number of services
 * and its performance over the published period. Reads the units, divisions and the monthly roll-up only.
 */
export async function getOrganisation(db: DatabaseOrTransaction, today: string): Promise<Organisation> {
  const period = publishedPeriod(today, await latestMonthWithData(db, today));
  const [counts, catalogUnits, unitRows, divisionRows, performance] = await Promise.all([
    countOrganisation(db),
    listUnitsWithCounts(db),
    db.select({ id: units.id, code: units.code }).from(units),
    db
      .select({ unitId: divisions.unitId, code: divisions.code, name: divisions.name, kind: divisions.kind })
      .from(divisions)
      .orderBy(asc(divisions.unitId), asc(divisions.sortOrder), asc(divisions.name)),
    performanceByUnit(db, period),
  ]);
  const idOf = new Map(unitRows.map((u) => [u.code, u.id]));
  const divisionsOf = new Map<number, DivisionItem[]>();
  for (const { unitId, ...d } of divisionRows) divisionsOf.set(unitId, [...(divisionsOf.get(unitId) ?? []), d]);

  const node = (u: (typeof catalogUnits)[number]): OrganisationUnit => {
    const id = idOf.get(u.code) ?? 0;
    return {
      id,
      code: u.code,
      name: u.name,
      shortName: u.shortName,
      kind: u.kind,
      serviceCount: u.serviceCount,
      performance: performance.get(id) ?? NO_PERFORMANCE,
      divisions: divisionsOf.get(id) ?? [],
      communes: catalogUnits.filter((c) => c.kind === "commune" && c.parentCode === u.code).map(node),
    };
  };
  return {
    counts,
    period,
    agencies: catalogUnits.filter((u) => u.kind === "agency").map(node),
    districts: catalogUnits.filter((u) => u.kind === "district").map(node),
  };
}
