import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DatabaseOrTransaction } from "@/db/client";
import { prepareOnce } from "@/db/prepared";
import { services, units } from "@/db/schema";
import type { Audience, FormField, Level, Mode, ServiceDocument } from "@/lib/catalog/service-schema";
import type { TimeLimitUnit } from "@/lib/calendar";

/** What the wizard and the submit transaction need of a service (its current version). */
export interface SubmissionService {
  id: number;
  code: string;
  name: string;
  version: number;
  level: Level;
  mode: Mode;
  /** Who may file it online (lib/dossiers/filing-rights.ts). */
  audience: Audience;
  documents: ServiceDocument[];
  formDefinition: FormField[];
  timeLimitValue: number;
  timeLimitUnit: TimeLimitUnit;
  timeLimitText: string;
  agency: { id: number; code: string; name: string };
}

const agency = alias(units, "agency");

const columns = {
  id: services.id,
  code: services.code,
  name: services.name,
  version: services.version,
  level: services.level,
  mode: services.mode,
  audience: services.audience,
  documents: services.documents,
  formDefinition: services.formDefinition,
  timeLimitValue: services.timeLimitValue,
  timeLimitUnit: services.timeLimitUnit,
  timeLimitText: services.timeLimitText,
  agency: { id: agency.id, code: agency.code, name: agency.name },
};

/** Prepared (every submission and wizard step reads it): only the columns a submission needs. */
function serviceQuery(db: DatabaseOrTransaction, by: "code" | "id") {
  return prepareOnce(db, `submission_service_by_${by}`, (d) =>
    d
      .select(columns)
      .from(services)
      .innerJoin(agency, eq(agency.id, services.agencyId))
      .where(and(eq(by === "code" ? services.code : services.id, sql.placeholder("key")), eq(services.active, true)))
      .limit(1)
      .prepare(`submission_service_by_${by}`),
  );
}

/** An active service by its code or id, or null. */
export async function getSubmissionService(db: DatabaseOrTransaction, by: { code: string } | { id: number }): Promise<SubmissionService | null> {
  const [row] = "code" in by ? await serviceQuery(db, "code").execute({ key: by.code }) : await serviceQuery(db, "id").execute({ key: by.id });
  if (!row) return null;
  return { ...row, level: row.level, mode: row.mode, timeLimitUnit: row.timeLimitUnit };
}
