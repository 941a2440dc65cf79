import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { fields, services, units } from "@/db/schema";
import { normalizeText } from "@/lib/search/normalize-text";
import { rankServices, type SearchLanguage } from "@/lib/search/rank-services";
import { buildServiceIndex, filterServices, searchIndex, type ServiceIndex } from "@/lib/search/service-index";
import type { CatalogQuery } from "./catalog-query";
import type { Audience, Level, Mode } from "./service-schema";

export interface ServiceListItem {
  code: string;
  name: string;
  /** English name and short description; null where the catalog has none (docs/i18n.md, "Catalog data"). */
  nameEn: string | null;
  summaryEn: string | null;
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

type CatalogIndex = ServiceIndex<ServiceListItem>;

interface IndexState {
  version: string;
  builtAt: number;
  checkedAt: number;
  index: Promise<CatalogIndex>;
}

/** Rebuilt at least this often even when the version key did not change (e.g. a unit renamed). */
const INDEX_MAX_AGE_MS = 300_000;
/** The version key is read at most this often: a catalog change shows in searches within a second. */
export const VERSION_CHECK_MS = 1_000;
const indexes = new WeakMap<object, IndexState>();
const versionChecks = new WeakMap<object, Promise<string>>();

/** A cheap key that changes whenever the catalog does: row counts, last update and popularity. */
async function catalogVersion(db: DatabaseOrTransaction): Promise<string> {
  const [row] = await db
    .select({
      n: count(),
      updated: sql<string>`coalesce(max(${services.updatedAt})::text, '')`,
      popularity: sql<string>`coalesce(sum(${services.popularity}), 0)::text`,
      active: sql<string>`count(*) filter (where ${services.active})::text`,
      units: sql<string>`(select count(*) from ${units})::text`,
      fields: sql<string>`(select count(*) from ${fields})::text`,
    })
    .from(services);
  return row ? `${row.n}|${row.updated}|${row.popularity}|${row.active}|${row.units}|${row.fields}` : "";
}

async function buildCatalogIndex(db: DatabaseOrTransaction): Promise<CatalogIndex> {
  const [rows, unitRows, fieldRows] = await Promise.all([
    db
      .select({
        id: services.id,
        code: services.code,
        name: services.name,
        nameEn: services.nameEn,
        summaryEn: services.summaryEn,
        level: services.level,
        mode: services.mode,
        audience: services.audience,
        timeLimitText: services.timeLimitText,
        fieldId: services.fieldId,
        agencyId: services.agencyId,
        lifeEvents: services.lifeEvents,
        popularity: services.popularity,
        nameNorm: services.nameNorm,
        searchNorm: services.searchNorm,
        fieldCode: fields.code,
        fieldName: fields.name,
        agencyCode: units.code,
        agencyName: units.name,
      })
      .from(services)
      .innerJoin(fields, eq(fields.id, services.fieldId))
      .innerJoin(units, eq(units.id, services.agencyId))
      .where(eq(services.active, true))
      // The database's own collation orders names, so the list matches the SQL order on every server.
      .orderBy(desc(services.popularity), asc(services.name), asc(services.id)),
    db.select({ id: units.id, code: units.code, kind: units.kind }).from(units),
    db.select({ id: fields.id, code: fields.code }).from(fields),
  ]);
  return buildServiceIndex(
    rows.map((r) => ({
      id: r.id,
      nameNorm: r.nameNorm,
      searchNorm: r.searchNorm,
      // Normalised here rather than stored: English is a small part of the catalog and changes with the seed only.
      nameEnNorm: r.nameEn ? normalizeText(r.nameEn) : "",
      searchEnNorm: r.nameEn ? normalizeText(`${r.nameEn} ${r.summaryEn ?? ""}`) : "",
      popularity: r.popularity,
      level: r.level,
      mode: r.mode,
      audience: r.audience,
      fieldId: r.fieldId,
      agencyId: r.agencyId,
      lifeEvents: r.lifeEvents ?? [],
      item: {
        code: r.code,
        name: r.name,
        nameEn: r.nameEn,
        summaryEn: r.summaryEn,
        level: r.level,
        mode: r.mode,
        audience: r.audience,
        timeLimitText: r.timeLimitText,
        field: { code: r.fieldCode, name: r.fieldName },
        agency: { code: r.agencyCode, name: r.agencyName },
      },
    })),
    unitRows,
    fieldRows,
  );
}

/** One version query at a time per database; concurrent searches share it. */
function sharedVersion(db: DatabaseOrTransaction): Promise<string> {
  let check = versionChecks.get(db);
  if (!check) {
    check = catalogVersion(db).finally(() => versionChecks.delete(db));
    versionChecks.set(db, check);
  }
  return check;
}

/**
 * The in-memory index of the active catalog for this database, built once (one query of ~1,300 rows)
 * and rebuilt when the catalog's version key changes, which is read at most once a second.
 */
async function getCatalogIndex(db: DatabaseOrTransaction): Promise<CatalogIndex> {
  const known = indexes.get(db);
  if (known && Date.now() - known.checkedAt < VERSION_CHECK_MS) return known.index;
  const version = await sharedVersion(db);
  const current = indexes.get(db);
  if (current && current.version === version && Date.now() - current.builtAt < INDEX_MAX_AGE_MS) {
    current.checkedAt = Date.now();
    return current.index;
  }
  const now = Date.now();
  const state: IndexState = { version, builtAt: now, checkedAt: now, index: buildCatalogIndex(db) };
  state.index.catch(() => {
    if (indexes.get(db) === state) indexes.delete(db);
  });
  indexes.set(db, state);
  return state.index;
}

/**
 * Searches and filters the catalog from the in-memory index. Without words, the most-used services come
 * first. With words, the services whose search text holds the phrase or every word are ordered by
 * rankServices (name before other fields, exact phrase first); only when no word matches (a typo) does
 * the database's trigram similarity on the name find the candidates. In English (`language` "en") the
 * English names and summaries are searched too and rank first.
 */
export async function searchServices(db: DatabaseOrTransaction, query: CatalogQuery, language: SearchLanguage = "vi"): Promise<ServicePage> {
  const { page, pageSize } = query;
  const empty: ServicePage = { total: 0, page, pageSize, items: [] };
  const index = await getCatalogIndex(db);
  const filtered = filterServices(index, query);
  if (!filtered) return empty;
  const normalized = normalizeText(query.q);
  const pageOf = (list: ServiceListItem[]): ServicePage => ({
    total: list.length,
    page,
    pageSize,
    items: list.slice((page - 1) * pageSize, page * pageSize),
  });
  if (!normalized) return pageOf(filtered.map((s) => s.item));
  const found = searchIndex(filtered, normalized, language);
  if (found.length > 0) return pageOf(found.map((s) => s.item));
  return pageOf(await searchTypos(db, query, normalized, index));
}

/** The typo fallback: trigram word similarity of the query to the name, computed by the database. */
async function searchTypos(db: DatabaseOrTransaction, query: CatalogQuery, normalized: string, index: CatalogIndex) {
  const conditions = await filterConditions(db, query);
  if (!conditions) return [];
  const candidates = await db
    .select({
      id: services.id,
      nameNorm: services.nameNorm,
      searchNorm: services.searchNorm,
      popularity: services.popularity,
      nameSimilarity: sql<number>`word_similarity(${normalized}, ${services.nameNorm})`.mapWith(Number),
    })
    .from(services)
    .where(and(...conditions, sql`${normalized} <% ${services.nameNorm}`));
  const ranked = rankServices(normalized, candidates);
  return ranked.map((c) => index.byId.get(c.id)?.item).filter((item): item is ServiceListItem => item !== undefined);
}
