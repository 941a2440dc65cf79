import { queryTokens } from "./normalize-text";
import { rankServices, type SearchCandidate, type SearchLanguage } from "./rank-services";

/** One active service as the in-memory index holds it: its search keys, filter values and list item. */
export interface IndexedService<Item> {
  id: number;
  nameNorm: string;
  searchNorm: string;
  /** English name, and English name with summary, normalised; "" where the service has no English. */
  nameEnNorm: string;
  searchEnNorm: string;
  popularity: number;
  /** Position in the catalog's default order (most used first, then by name as the database sorts). */
  order: number;
  level: string;
  mode: string;
  audience: string;
  fieldId: number;
  agencyId: number;
  lifeEvents: string[];
  item: Item;
}

export interface ServiceIndex<Item> {
  services: IndexedService<Item>[];
  byId: Map<number, IndexedService<Item>>;
  units: Map<string, { id: number; kind: string }>;
  fields: Map<string, number>;
}

export interface IndexFilters {
  agency?: string;
  field?: string;
  event?: string;
  level?: string;
  mode?: string;
  audience?: string;
}

const UNIT_KIND_LEVEL: Record<string, string> = { province: "tinh", district: "huyen", commune: "xa" };

/** Builds the index; `services` must already be in the catalog's default order. */
export function buildServiceIndex<Item>(
  services: Omit<IndexedService<Item>, "order">[],
  units: { id: number; code: string; kind: string }[],
  fields: { id: number; code: string }[],
): ServiceIndex<Item> {
  const indexed = services.map((s, order) => ({ ...s, order }));
  return {
    services: indexed,
    byId: new Map(indexed.map((s) => [s.id, s])),
    units: new Map(units.map((u) => [u.code, { id: u.id, kind: u.kind }])),
    fields: new Map(fields.map((f) => [f.code, f.id])),
  };
}

/**
 * The services that pass the filters, in the default order, or null when a filter names a unit or
 * field that does not exist. Same rules as the SQL filters: a provincial agency lists the services it
 * manages; a district or commune, those of its level; an audience includes "ca-hai".
 */
export function filterServices<Item>(index: ServiceIndex<Item>, filters: IndexFilters): IndexedService<Item>[] | null {
  let agencyTest: ((s: IndexedService<Item>) => boolean) | undefined;
  if (filters.agency) {
    const unit = index.units.get(filters.agency);
    if (!unit) return null;
    const level = UNIT_KIND_LEVEL[unit.kind];
    agencyTest = level ? (s) => s.level === level : (s) => s.agencyId === unit.id;
  }
  let fieldId: number | undefined;
  if (filters.field) {
    fieldId = index.fields.get(filters.field);
    if (fieldId === undefined) return null;
  }
  const { event, level, mode, audience } = filters;
  return index.services.filter(
    (s) =>
      (!agencyTest || agencyTest(s)) &&
      (fieldId === undefined || s.fieldId === fieldId) &&
      (!event || s.lifeEvents.includes(event)) &&
      (!level || s.level === level) &&
      (!mode || s.mode === mode) &&
      (!audience || s.audience === audience || s.audience === "ca-hai"),
  );
}

/**
 * Ranks the filtered services for a normalised query: the candidates are those whose search text holds
 * the phrase or every word (as the SQL `like` did), ordered by rankServices. In English the English name
 * and summary are searched too, and rank first. Typo-tolerant matches (trigram similarity) are not found
 * here; the caller asks the database when this finds nothing.
 */
export function searchIndex<Item>(candidates: IndexedService<Item>[], normalized: string, language: SearchLanguage = "vi"): IndexedService<Item>[] {
  const tokens = queryTokens(normalized);
  if (tokens.length === 0) return [];
  const holds = (text: string) => text.includes(normalized) || tokens.every((t) => text.includes(t));
  const matching: (SearchCandidate & { service: IndexedService<Item> })[] = [];
  for (const s of candidates) {
    if (holds(s.searchNorm) || (language === "en" && s.searchEnNorm !== "" && holds(s.searchEnNorm))) {
      matching.push({
        id: s.id,
        nameNorm: s.nameNorm,
        searchNorm: s.searchNorm,
        nameEnNorm: s.nameEnNorm,
        searchEnNorm: s.searchEnNorm,
        popularity: s.popularity,
        nameSimilarity: 0,
        service: s,
      });
    }
  }
  return rankServices(normalized, matching, language).map((c) => c.service);
}
