import { and, asc, count, desc, eq, inArray, like, or, sql, type SQL } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { fields, services, units } from "@/db/schema";
import { normalizeText, queryTokens } from "@/lib/search/normalize-text";
import { rankServices } from "@/lib/search/rank-services";
import type { CatalogQuery } from "./catalog-query";
import type { Audience, Level, Mode } from "./service-schema";

export interface ServiceListItem {
  code: string;
  name: string;
  level: Level;
  mode: Mode;
  audience: Audience;
  timeLimitText: string;
  field: { code: string; name: string };
  agency: { code: string; name: string };
}

export interface ServicePage {
  total: number;
  page: number;
  pageSize: number;
  items: ServiceListItem[];
}

const UNIT_KIND_LEVEL: Record<string, Level> = { province: "tinh", district: "huyen", commune: "xa" };

/** The filters of a catalog query as SQL, or null when a filter names nothing that exists. */
async function filterConditions(db: DatabaseOrTransaction, query: CatalogQuery): Promise<SQL[] | null> {
  const conditions: SQL[] = [eq(services.active, true)];
  if (query.agency) {
    const [unit] = await db.select({ id: units.id, kind: units.kind }).from(units).where(eq(units.code, query.agency));
    if (!unit) return null;
    // A provincial agency lists the services it manages; a district or commune, those of its level.
    const level = UNIT_KIND_LEVEL[unit.kind];
    conditions.push(level ? eq(services.level, level) : eq(services.agencyId, unit.id));
  }
  if (query.field) {
    const [field] = await db.select({ id: fields.id }).from(fields).where(eq(fields.code, query.field));
    if (!field) return null;
    conditions.push(eq(services.fieldId, field.id));
  }
  if (query.event) conditions.push(sql`${query.event} = any(${services.lifeEvents})`);
  if (query.level) conditions.push(eq(services.level, query.level));
  if (query.mode) conditions.push(eq(services.mode, query.mode));
  if (query.audience) conditions.push(inArray(services.audience, [query.audience, "ca-hai"]));
  return conditions;
}

async function selectListItems(db: DatabaseOrTransaction, where: SQL | undefined, page?: { limit: number; offset: number }) {
  const q = db
    .select({
      id: services.id,
      code: services.code,
      name: services.name,
      level: services.level,
      mode: services.mode,
      audience: services.audience,
      timeLimitText: services.timeLimitText,
      fieldCode: fields.code,
      fieldName: fields.name,
      agencyCode: units.code,
      agencyName: units.name,
    })
    .from(services)
    .innerJoin(fields, eq(fields.id, services.fieldId))
    .innerJoin(units, eq(units.id, services.agencyId))
    .where(where)
    .orderBy(desc(services.popularity), asc(services.name), asc(services.id));
  const rows = page ? await q.limit(page.limit).offset(page.offset) : await q;
  return rows.map((r) => ({
    id: r.id,
    item: {
      code: r.code,
      name: r.name,
      level: r.level as Level,
      mode: r.mode as Mode,
      audience: r.audience as Audience,
      timeLimitText: r.timeLimitText,
      field: { code: r.fieldCode, name: r.fieldName },
      agency: { code: r.agencyCode, name: r.agencyName },
    } satisfies ServiceListItem,
  }));
}

/**
 * Searches and filters the catalog. Without words, the most-used services come first. With words, the
 * trigram indexes find the candidates and rankServices orders them (name before other fields, exact
 * phrase first, typos tolerated).
 */
export async function searchServices(db: DatabaseOrTransaction, query: CatalogQuery): Promise<ServicePage> {
  const { page, pageSize } = query;
  const empty: ServicePage = { total: 0, page, pageSize, items: [] };
  const conditions = await filterConditions(db, query);
  if (!conditions) return empty;

  const normalized = normalizeText(query.q);
  if (!normalized) {
    const [counted] = await db.select({ total: count() }).from(services).where(and(...conditions));
    const rows = await selectListItems(db, and(...conditions), { limit: pageSize, offset: (page - 1) * pageSize });
    return { total: counted?.total ?? 0, page, pageSize, items: rows.map((r) => r.item) };
  }

  const tokens = queryTokens(normalized);
  const candidateColumns = {
    id: services.id,
    nameNorm: services.nameNorm,
    searchNorm: services.searchNorm,
    popularity: services.popularity,
  };
  // Word matches are cheap; the trigram similarity is computed only when they find nothing (a typo),
  // and then on the short name only: on every row it costs ~80 ms a query.
  let candidates = (
    await db
      .select(candidateColumns)
      .from(services)
      .where(
        and(
          ...conditions,
          or(like(services.searchNorm, `%${normalized}%`), and(...tokens.map((t) => like(services.searchNorm, `%${t}%`)))),
        ),
      )
  ).map((c) => ({ ...c, nameSimilarity: 0, searchSimilarity: 0 }));
  if (rankServices(normalized, candidates).length === 0) {
    candidates = (
      await db
        .select({
          ...candidateColumns,
          nameSimilarity: sql<number>`word_similarity(${normalized}, ${services.nameNorm})`.mapWith(Number),
        })
        .from(services)
        .where(and(...conditions, sql`${normalized} <% ${services.nameNorm}`))
    ).map((c) => ({ ...c, searchSimilarity: 0 }));
  }
  const ranked = rankServices(normalized, candidates);
  const pageIds = ranked.slice((page - 1) * pageSize, page * pageSize).map((c) => c.id);
  if (pageIds.length === 0) return { ...empty, total: ranked.length };
  const rows = await selectListItems(db, inArray(services.id, pageIds));
  const byId = new Map(rows.map((r) => [r.id, r.item]));
  return {
    total: ranked.length,
    page,
    pageSize,
    items: pageIds.map((id) => byId.get(id)).filter((item): item is ServiceListItem => item !== undefined),
  };
}
