import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DatabaseOrTransaction } from "@/db/client";
import { services, units } from "@/db/schema";
import type { FormField, Level, Mode, ServiceDocument } from "@/lib/catalog/service-schema";
import type { TimeLimitUnit } from "@/lib/calendar";

/** What the wizard and the submit transaction need of a service (its current version). */
export interface SubmissionService {
  id: number;
  code: string;
  name: string;
  version: number;
  level: Level;
  mode: Mode;
  documents: ServiceDocument[];
  formDefinition: FormField[];
  timeLimitValue: number;
  timeLimitUnit: TimeLimitUnit;
  timeLimitText: string;
  agency: { id: number; code: string; name: string };
}

const agency = alias(units, "agency");

/** An active service by its code or id, or null. */
export async function getSubmissionService(
  db: DatabaseOrTransaction,
  by: { code: string } | { id: number },
): Promise<SubmissionService | null> {
  const [row] = await db
    .select({ service: services, agency: { id: agency.id, code: agency.code, name: agency.name } })
    .from(services)
    .innerJoin(agency, eq(agency.id, services.agencyId))
    .where(and("code" in by ? eq(services.code, by.code) : eq(services.id, by.id), eq(services.active, true)))
    .limit(1);
  if (!row) return null;
  const s = row.service;
  return {
    id: s.id,
    code: s.code,
    name: s.name,
    version: s.version,
    level: s.level as Level,
    mode: s.mode as Mode,
    documents: s.documents,
    formDefinition: s.formDefinition,
    timeLimitValue: s.timeLimitValue,
    timeLimitUnit: s.timeLimitUnit as TimeLimitUnit,
    timeLimitText: s.timeLimitText,
    agency: row.agency,
  };
}
