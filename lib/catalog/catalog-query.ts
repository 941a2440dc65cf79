import { z } from "zod";
import { searchTextSchema } from "@/lib/validation/boundary-schemas";
import type { SearchLanguage } from "@/lib/search/rank-services";
import { AUDIENCES, LEVELS, MODES } from "./service-schema";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const MAX_QUERY_LENGTH = 200;

/**
 * Filters and paging of the catalog, shared by the /thu-tuc page and the public API. Messages are keys of
 * the validation catalog (docs/i18n.md): the page shows them in the reader's language, the API in Vietnamese.
 */
export const catalogQuerySchema = z.object({
  q: searchTextSchema(MAX_QUERY_LENGTH).default(""),
  agency: z
    .string()
    .trim()
    .regex(/^[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.H[0-9]{2}$/, "validation.catalog.agencyInvalid")
    .optional(),
  field: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,60}$/, "validation.catalog.fieldInvalid")
    .optional(),
  event: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,60}$/, "validation.catalog.eventInvalid")
    .optional(),
  level: z.enum(LEVELS, { error: "validation.catalog.levelInvalid" }).optional(),
  mode: z.enum(MODES, { error: "validation.catalog.modeInvalid" }).optional(),
  audience: z
    .enum(["cong-dan", "doanh-nghiep"] satisfies (typeof AUDIENCES)[number][], {
      error: "validation.catalog.audienceInvalid",
    })
    .optional(),
  page: z.coerce
    .number({ error: "validation.catalog.pageInvalid" })
    .int("validation.catalog.pageInvalid")
    .min(1, "validation.catalog.pageInvalid")
    .max(10_000, "validation.catalog.pageTooLarge")
    .default(1),
  pageSize: z.coerce
    .number({ error: "validation.catalog.pageSizeInvalid" })
    .int("validation.catalog.pageSizeInvalid")
    .min(1, "validation.catalog.pageSizeInvalid")
    .max(MAX_PAGE_SIZE, "validation.catalog.pageSizeInvalid")
    .default(DEFAULT_PAGE_SIZE),
});

export type CatalogQuery = z.infer<typeof catalogQuerySchema>;

export type ParamErrors = Partial<Record<keyof CatalogQuery, string>>;

export type ParsedCatalogQuery = { ok: true; query: CatalogQuery } | { ok: false; errors: ParamErrors };

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * Parses query-string parameters. Empty values count as absent (a GET form sends every field);
 * a repeated parameter takes its first value.
 */
export function parseCatalogQuery(params: RawParams): ParsedCatalogQuery {
  const raw: Record<string, string> = {};
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first.trim() !== "" && !(key in raw)) raw[key] = first;
  }
  const parsed = catalogQuerySchema.safeParse(raw);
  if (parsed.success) return { ok: true, query: parsed.data };
  const errors: ParamErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] as keyof CatalogQuery;
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}

/** The canonical query string of a catalog query (defaults left out), for links and paging. */
export function catalogQueryString(query: Partial<CatalogQuery>, overrides: Partial<CatalogQuery> = {}): string {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  for (const key of ["q", "agency", "field", "event", "level", "mode", "audience"] as const) {
    const value = merged[key];
    if (value) params.set(key, value);
  }
  if (merged.page && merged.page > 1) params.set("page", String(merged.page));
  if (merged.pageSize && merged.pageSize !== DEFAULT_PAGE_SIZE) params.set("pageSize", String(merged.pageSize));
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** The API's `lang` parameter: absent or empty is Vietnamese; anything but vi or en is null (a 400). */
export function parseSearchLanguage(raw: string | null): SearchLanguage | null {
  if (raw === null || raw.trim() === "") return "vi";
  const value = raw.trim();
  return value === "vi" || value === "en" ? value : null;
}
