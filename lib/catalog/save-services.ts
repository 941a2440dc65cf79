import { isDeepStrictEqual } from "node:util";
import { and, eq, inArray } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { fields, lifeEvents, services, serviceVersions, units } from "@/db/schema";
import { normalizeText } from "@/lib/search/normalize-text";
import type { ServiceContent } from "./service-schema";

/** Codes and names the catalog rows refer to, loaded once per import. */
export interface CatalogReferences {
  fields: Map<string, { id: number; name: string }>;
  agencies: Map<string, { id: number; name: string }>;
  lifeEvents: Map<string, string>;
}

export async function loadCatalogReferences(db: DatabaseOrTransaction): Promise<CatalogReferences> {
  const [fieldRows, unitRows, eventRows] = await Promise.all([
    db.select({ id: fields.id, code: fields.code, name: fields.name }).from(fields),
    db.select({ id: units.id, code: units.code, name: units.name }).from(units).where(eq(units.kind, "agency")),
    db.select({ code: lifeEvents.code, name: lifeEvents.name }).from(lifeEvents),
  ]);
  return {
    fields: new Map(fieldRows.map((f) => [f.code, { id: f.id, name: f.name }])),
    agencies: new Map(unitRows.map((u) => [u.code, { id: u.id, name: u.name }])),
    lifeEvents: new Map(eventRows.map((e) => [e.code, e.name])),
  };
}

function serviceRow(content: ServiceContent, refs: CatalogReferences) {
  const field = refs.fields.get(content.fieldCode);
  const agency = refs.agencies.get(content.agencyCode);
  if (!field || !agency) throw new Error(`Service ${content.code} refers to an unknown field or agency`);
  const { fieldCode: _f, agencyCode: _a, ...rest } = content;
  const searchable = [
    content.name,
    content.code,
    field.name,
    agency.name,
    content.performingBody,
    content.result,
    ...content.lifeEvents.map((code) => refs.lifeEvents.get(code) ?? ""),
  ].join(" ");
  return {
    ...rest,
    fieldId: field.id,
    agencyId: agency.id,
    nameNorm: normalizeText(content.name),
    searchNorm: normalizeText(searchable),
    updatedAt: new Date(),
  };
}

export interface SaveResult {
  created: number;
  updated: number;
  unchanged: number;
}

const BATCH = 200;

/**
 * Writes services by code: new codes are created at version 1; a changed service gets a new version
 * (its snapshot kept in service_versions, so dossiers keep the rules they were filed under);
 * identical content is left alone. Call inside a transaction.
 */
export async function saveServices(db: DatabaseOrTransaction, contents: ServiceContent[], refs: CatalogReferences): Promise<SaveResult> {
  const result: SaveResult = { created: 0, updated: 0, unchanged: 0 };
  const existing = new Map<string, { id: number; version: number; content: ServiceContent }>();
  for (let i = 0; i < contents.length; i += BATCH) {
    const codes = contents.slice(i, i + BATCH).map((c) => c.code);
    const rows = await db
      .select({ id: services.id, code: services.code, version: services.version, content: serviceVersions.content })
      .from(services)
      // Compare with the current version's snapshot only.
      .innerJoin(serviceVersions, and(eq(serviceVersions.serviceId, services.id), eq(serviceVersions.version, services.version)))
      .where(inArray(services.code, codes));
    for (const row of rows) existing.set(row.code, row);
  }

  const fresh: ServiceContent[] = [];
  for (const content of contents) {
    const current = existing.get(content.code);
    if (!current) {
      fresh.push(content);
    } else if (isDeepStrictEqual(current.content, JSON.parse(JSON.stringify(content)))) {
      // Compared as stored: jsonb drops undefined keys and reorders the rest.
      result.unchanged++;
    } else {
      const version = current.version + 1;
      await db
        .update(services)
        .set({ ...serviceRow(content, refs), version })
        .where(eq(services.id, current.id));
      await db.insert(serviceVersions).values({ serviceId: current.id, version, content });
      result.updated++;
    }
  }

  for (let i = 0; i < fresh.length; i += BATCH) {
    const batch = fresh.slice(i, i + BATCH);
    const inserted = await db
      .insert(services)
      .values(batch.map((content) => serviceRow(content, refs)))
      .returning({ id: services.id, code: services.code });
    const idByCode = new Map(inserted.map((r) => [r.code, r.id]));
    await db.insert(serviceVersions).values(batch.map((content) => ({ serviceId: idByCode.get(content.code) ?? 0, version: 1, content })));
    result.created += batch.length;
  }
  return result;
}
