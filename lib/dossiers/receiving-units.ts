import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DatabaseOrTransaction } from "@/db/client";
import { prepareOnce } from "@/db/prepared";
import { units } from "@/db/schema";
import type { SubmissionService } from "./get-submission-service";

/**
 * Who receives a dossier: a provincial service goes to its agency; for a district- or commune-level
 * service the applicant chooses one unit of that tier, and the dossier (and its code) belongs to it.
 */

export interface ReceivingUnit {
  id: number;
  code: string;
  name: string;
  /** The district a commune belongs to, for grouping the choice. */
  parentName: string | null;
}

const parent = alias(units, "parent");

export function needsUnitChoice(service: Pick<SubmissionService, "level">): boolean {
  return service.level !== "tinh";
}

export async function listReceivingUnits(db: DatabaseOrTransaction, service: Pick<SubmissionService, "level" | "agency">): Promise<ReceivingUnit[]> {
  if (!needsUnitChoice(service)) return [{ id: service.agency.id, code: service.agency.code, name: service.agency.name, parentName: null }];
  const kind = service.level === "huyen" ? "district" : "commune";
  return db
    .select({ id: units.id, code: units.code, name: units.name, parentName: parent.name })
    .from(units)
    .leftJoin(parent, eq(parent.id, units.parentId))
    .where(and(eq(units.tier, service.level), eq(units.kind, kind)))
    .orderBy(asc(units.code));
}

/** The unit that receives the dossier, or null when the choice is missing or not of the service's tier. */
function unitQuery(db: DatabaseOrTransaction, by: "code" | "id") {
  return prepareOnce(db, `receiving_unit_by_${by}`, (d) =>
    d
      .select({ id: units.id, code: units.code, name: units.name, parentName: parent.name })
      .from(units)
      .leftJoin(parent, eq(parent.id, units.parentId))
      .where(
        and(
          eq(by === "code" ? units.code : units.id, sql.placeholder("key")),
          eq(units.tier, sql.placeholder("tier")),
          eq(units.kind, sql.placeholder("kind")),
        ),
      )
      .limit(1)
      .prepare(`receiving_unit_by_${by}`),
  );
}

export async function resolveReceivingUnit(
  db: DatabaseOrTransaction,
  service: Pick<SubmissionService, "level" | "agency">,
  chosen: { code?: string | null; id?: number | null },
): Promise<ReceivingUnit | null> {
  if (!needsUnitChoice(service)) return { id: service.agency.id, code: service.agency.code, name: service.agency.name, parentName: null };
  if (!chosen.code && !chosen.id) return null;
  const kind = service.level === "huyen" ? "district" : "commune";
  const params = { tier: service.level, kind };
  const [row] = chosen.id
    ? await unitQuery(db, "id").execute({ key: chosen.id, ...params })
    : await unitQuery(db, "code").execute({ key: chosen.code ?? "", ...params });
  return row ?? null;
}
