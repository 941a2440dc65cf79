import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { fields, lifeEvents, services, units } from "@/db/schema";
import type { Level, Mode } from "./service-schema";

export interface CatalogOverview {
  total: number;
  byMode: Record<Mode, number>;
  byLevel: Record<Level, number>;
  fields: { code: string; name: string; count: number }[];
  lifeEvents: { code: string; name: string; description: string; count: number }[];
  mostUsed: { code: string; name: string; nameEn: string | null; mode: Mode; level: Level }[];
}

/** The figures and browse lists of the home page. */
export async function getCatalogOverview(db: DatabaseOrTransaction, mostUsedLimit = 8): Promise<CatalogOverview> {
  const active = eq(services.active, true);
  const [groups, fieldRows, eventRows, eventCounts, mostUsed] = await Promise.all([
    db.select({ mode: services.mode, level: services.level, n: count() }).from(services).where(active).groupBy(services.mode, services.level),
    db
      .select({ code: fields.code, name: fields.name, count: count(services.id) })
      .from(fields)
      .leftJoin(services, and(eq(services.fieldId, fields.id), active))
      .groupBy(fields.id)
      .orderBy(asc(fields.name)),
    db.select({ code: lifeEvents.code, name: lifeEvents.name, description: lifeEvents.description }).from(lifeEvents).orderBy(asc(lifeEvents.id)),
    db
      .select({ code: sql<string>`unnest(${services.lifeEvents})`, n: count() })
      .from(services)
      .where(active)
      .groupBy(sql`1`),
    db
      .select({ code: services.code, name: services.name, nameEn: services.nameEn, mode: services.mode, level: services.level })
      .from(services)
      .where(active)
      .orderBy(desc(services.popularity), asc(services.name))
      .limit(mostUsedLimit),
  ]);
  const byMode: Record<Mode, number> = { "toan-trinh": 0, "mot-phan": 0 };
  const byLevel: Record<Level, number> = { tinh: 0, huyen: 0, xa: 0 };
  let total = 0;
  for (const g of groups) {
    byMode[g.mode] += g.n;
    byLevel[g.level] += g.n;
    total += g.n;
  }
  return {
    total,
    byMode,
    byLevel,
    fields: fieldRows.filter((f) => f.count > 0),
    lifeEvents: eventRows.map((e) => ({ ...e, count: eventCounts.find((c) => c.code === e.code)?.n ?? 0 })),
    mostUsed: mostUsed.map((s) => ({ ...s, mode: s.mode, level: s.level })),
  };
}

export interface UnitWithCount {
  code: string;
  name: string;
  shortName: string;
  kind: "province" | "agency" | "district" | "commune";
  parentCode: string | null;
  address: string;
  phone: string;
  serviceCount: number;
}

/**
 * Every unit with the number of services it handles: a provincial agency those it manages, a district
 * or commune those of its level (every one of them handles the whole list of its level).
 */
export async function listUnitsWithCounts(db: DatabaseOrTransaction): Promise<UnitWithCount[]> {
  const parent = sql`(select p.code from ${units} p where p.id = ${units.parentId})`;
  const [unitRows, agencyCounts, levelCounts] = await Promise.all([
    db
      .select({
        id: units.id,
        code: units.code,
        name: units.name,
        shortName: units.shortName,
        kind: units.kind,
        parentCode: sql<string | null>`${parent}`,
        address: units.address,
        phone: units.phone,
      })
      .from(units)
      .orderBy(asc(units.code)),
    db.select({ agencyId: services.agencyId, n: count() }).from(services).where(eq(services.active, true)).groupBy(services.agencyId),
    db.select({ level: services.level, n: count() }).from(services).where(eq(services.active, true)).groupBy(services.level),
  ]);
  const byAgency = new Map(agencyCounts.map((c) => [c.agencyId, c.n]));
  const byLevel = new Map(levelCounts.map((c) => [c.level, c.n]));
  const levelOfKind: Record<string, Level> = { province: "tinh", district: "huyen", commune: "xa" };
  return unitRows.map(({ id, ...u }) => {
    const level = levelOfKind[u.kind];
    return {
      ...u,
      kind: u.kind,
      serviceCount: level ? (byLevel.get(level) ?? 0) : (byAgency.get(id) ?? 0),
    };
  });
}
