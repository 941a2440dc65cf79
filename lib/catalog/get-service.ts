import { eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DatabaseOrTransaction } from "@/db/client";
import { fields, lifeEvents, services, units } from "@/db/schema";
import type { ServiceContent, Level, Mode, Audience } from "./service-schema";

export type ServiceDetail = Omit<ServiceContent, "fieldCode" | "agencyCode" | "level" | "mode" | "audience"> & {
  level: Level;
  mode: Mode;
  audience: Audience;
  version: number;
  /** English name and short description (data, not legal text); null where the catalog has none. */
  nameEn: string | null;
  summaryEn: string | null;
  updatedAt: string;
  field: { code: string; name: string };
  agency: { code: string; name: string; address: string; phone: string };
  lifeEventNames: { code: string; name: string }[];
};

const agencies = alias(units, "agency");

/** The current version of one active service with its field and agency, or null. */
export async function getService(db: DatabaseOrTransaction, code: string): Promise<ServiceDetail | null> {
  const [row] = await db
    .select({
      service: services,
      field: { code: fields.code, name: fields.name },
      agency: { code: agencies.code, name: agencies.name, address: agencies.address, phone: agencies.phone },
    })
    .from(services)
    .innerJoin(fields, eq(fields.id, services.fieldId))
    .innerJoin(agencies, eq(agencies.id, services.agencyId))
    .where(eq(services.code, code))
    .limit(1);
  if (!row || !row.service.active) return null;
  const { service } = row;
  const events = service.lifeEvents.length
    ? (await db.select({ code: lifeEvents.code, name: lifeEvents.name }).from(lifeEvents)).filter((e) => service.lifeEvents.includes(e.code))
    : [];
  return {
    code: service.code,
    name: service.name,
    nameEn: service.nameEn,
    summaryEn: service.summaryEn,
    version: service.version,
    updatedAt: service.updatedAt.toISOString(),
    performingBody: service.performingBody,
    decidingBody: service.decidingBody,
    level: service.level,
    mode: service.mode,
    audience: service.audience,
    steps: service.steps,
    channels: service.channels,
    documents: service.documents,
    setsCount: service.setsCount,
    timeLimitValue: service.timeLimitValue,
    timeLimitUnit: service.timeLimitUnit as ServiceContent["timeLimitUnit"],
    timeLimitText: service.timeLimitText,
    fees: service.fees,
    feeLegalBasis: service.feeLegalBasis,
    result: service.result,
    legalBasis: service.legalBasis,
    conditions: service.conditions,
    receivingAddress: service.receivingAddress,
    formDefinition: service.formDefinition,
    popularity: service.popularity,
    lifeEvents: service.lifeEvents,
    lifeEventNames: events,
    field: row.field,
    agency: row.agency,
  };
}
