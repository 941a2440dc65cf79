import { z } from "zod";
import type { DatabaseOrTransaction } from "@/db/client";
import { computeReport, type ReportGroup } from "@/lib/statistics/compute-report";
import type { Period } from "@/lib/statistics/period";
import type { Organisation, OrganisationUnit } from "./get-organisation";

/** The /co-quan/[code] parameter: an agency identifier such as 000.00.05.H47. */
export const unitCodeSchema = z.string().regex(/^\d{3}\.\d{2}\.\d{2}\.H\d{2}$/);

export interface FoundUnit {
  unit: OrganisationUnit;
  /** The district a commune belongs to. */
  parent: OrganisationUnit | null;
}

/** An agency, district or commune of the organisation by its code, or null (the province has no page of its own). */
export function findUnit(organisation: Organisation, code: string): FoundUnit | null {
  const top = [...organisation.agencies, ...organisation.districts].find((u) => u.code === code);
  if (top) return { unit: top, parent: null };
  for (const district of organisation.districts) {
    const commune = district.communes.find((c) => c.code === code);
    if (commune) return { unit: commune, parent: district };
  }
  return null;
}

/** One unit's own dossiers month by month over the period (the monthly roll-up of one unit). */
export async function unitMonths(db: DatabaseOrTransaction, unitId: number, period: Period): Promise<ReportGroup[]> {
  return (await computeReport(db, period, { unitId }, "month")).groups;
}
