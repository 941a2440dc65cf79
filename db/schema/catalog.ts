import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, numeric, pgTable, serial, text, timestamp, uniqueIndex, type AnyPgColumn } from "drizzle-orm/pg-core";
import type { Audience, FormField, Level, Mode, ServiceContent, ServiceDocument } from "@/lib/catalog/service-schema";
import type { TimeLimitUnit } from "@/lib/calendar/due-date";

export type UnitKind = "province" | "agency" | "district" | "commune";

/** Province, provincial agencies, district-level units and communes: one table, tiers as data. */
export const units = pgTable(
  "units",
  {
    id: serial("id").primaryKey(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    shortName: text("short_name").notNull(),
    kind: text("kind").$type<UnitKind>().notNull(),
    tier: text("tier").notNull(),
    parentId: integer("parent_id").references((): AnyPgColumn => units.id),
    address: text("address").notNull(),
    phone: text("phone").notNull(),
  },
  (t) => [
    uniqueIndex("units_code_key").on(t.code),
    index("units_parent_idx").on(t.parentId),
    check("units_kind_check", sql`${t.kind} in ('province', 'agency', 'district', 'commune')`),
    check("units_tier_check", sql`${t.tier} in ('tinh', 'huyen', 'xa')`),
    check("units_code_format", sql`${t.code} ~ '^[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.H[0-9]{2}$'`),
  ],
);

export const fields = pgTable(
  "fields",
  {
    id: serial("id").primaryKey(),
    code: text("code").notNull(),
    name: text("name").notNull(),
  },
  (t) => [uniqueIndex("fields_code_key").on(t.code)],
);

export const lifeEvents = pgTable(
  "life_events",
  {
    id: serial("id").primaryKey(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull(),
  },
  (t) => [uniqueIndex("life_events_code_key").on(t.code)],
);

export type ServiceChannel = ServiceContent["channels"][number];
export type ServiceFee = ServiceContent["fees"][number];

/**
 * The current version of each service. Every change writes a new row in service_versions too;
 * a dossier refers to the version it was filed under.
 */
export const services = pgTable(
  "services",
  {
    id: serial("id").primaryKey(),
    code: text("code").notNull(),
    version: integer("version").notNull().default(1),
    name: text("name").notNull(),
    /** English name and short description, as data for the English pages (docs/i18n.md, "Catalog data"); null where none. */
    nameEn: text("name_en"),
    summaryEn: text("summary_en"),
    fieldId: integer("field_id")
      .notNull()
      .references(() => fields.id),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => units.id),
    performingBody: text("performing_body").notNull(),
    decidingBody: text("deciding_body").notNull(),
    level: text("level").$type<Level>().notNull(),
    mode: text("mode").$type<Mode>().notNull(),
    audience: text("audience").$type<Audience>().notNull(),
    steps: jsonb("steps").$type<string[]>().notNull(),
    channels: jsonb("channels").$type<ServiceChannel[]>().notNull(),
    documents: jsonb("documents").$type<ServiceDocument[]>().notNull(),
    setsCount: integer("sets_count").notNull(),
    timeLimitValue: numeric("time_limit_value", { mode: "number" }).notNull(),
    timeLimitUnit: text("time_limit_unit").$type<TimeLimitUnit>().notNull(),
    timeLimitText: text("time_limit_text").notNull(),
    fees: jsonb("fees").$type<ServiceFee[]>().notNull(),
    feeLegalBasis: text("fee_legal_basis").notNull(),
    result: text("result").notNull(),
    legalBasis: jsonb("legal_basis").$type<string[]>().notNull(),
    conditions: text("conditions").notNull(),
    receivingAddress: text("receiving_address").notNull(),
    formDefinition: jsonb("form_definition").$type<FormField[]>().notNull(),
    lifeEvents: text("life_events")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    popularity: integer("popularity").notNull().default(0),
    active: boolean("active").notNull().default(true),
    /** Search keys, normalised by lib/search/normalize-text.ts when the row is written. */
    nameNorm: text("name_norm").notNull(),
    searchNorm: text("search_norm").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("services_code_key").on(t.code),
    index("services_field_idx").on(t.fieldId),
    index("services_agency_idx").on(t.agencyId),
    index("services_level_mode_idx").on(t.level, t.mode),
    index("services_popularity_idx").on(t.popularity.desc()),
    index("services_name_norm_trgm_idx").using("gin", t.nameNorm.op("gin_trgm_ops")),
    index("services_search_norm_trgm_idx").using("gin", t.searchNorm.op("gin_trgm_ops")),
    check("services_level_check", sql`${t.level} in ('tinh', 'huyen', 'xa')`),
    check("services_mode_check", sql`${t.mode} in ('toan-trinh', 'mot-phan')`),
    check("services_audience_check", sql`${t.audience} in ('cong-dan', 'doanh-nghiep', 'ca-hai')`),
    check("services_time_unit_check", sql`${t.timeLimitUnit} in ('ngay-lam-viec', 'gio-lam-viec')`),
    check("services_version_check", sql`${t.version} >= 1`),
  ],
);

/** Immutable snapshots of every version of a service's content. */
export const serviceVersions = pgTable(
  "service_versions",
  {
    id: serial("id").primaryKey(),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id),
    version: integer("version").notNull(),
    content: jsonb("content").$type<ServiceContent>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("service_versions_service_version_key").on(t.serviceId, t.version)],
);
