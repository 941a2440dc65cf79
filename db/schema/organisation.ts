import { sql } from "drizzle-orm";
import { check, integer, pgTable, serial, text, unique, uniqueIndex } from "drizzle-orm/pg-core";
import { units } from "./catalog";

/** phong: a provincial agency's division; chi-cuc: its sub-department; phong-huyen: a district's division. */
export const DIVISION_KINDS = ["phong", "chi-cuc", "phong-huyen"] as const;
export type DivisionKind = (typeof DIVISION_KINDS)[number];

/**
 * The divisions inside a provincial agency or a district People's Committee, where specialists sit
 * (docs/organisation.md). The kind must fit the unit's kind: a trigger (migration 0019) refuses a
 * phòng huyện under an agency or a phòng / chi cục under a district. (id, unit_id) is unique so that an
 * officer's division can be tied to the officer's own unit by a composite foreign key.
 */
export const divisions = pgTable(
  "divisions",
  {
    id: serial("id").primaryKey(),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    /** A slug of the name, unique within the unit (e.g. `van-phong-so`, `chi-cuc-kiem-lam`). */
    code: text("code").notNull(),
    name: text("name").notNull(),
    kind: text("kind").$type<DivisionKind>().notNull(),
    sortOrder: integer("sort_order").notNull(),
  },
  (t) => [
    uniqueIndex("divisions_unit_code_key").on(t.unitId, t.code),
    uniqueIndex("divisions_unit_name_key").on(t.unitId, t.name),
    unique("divisions_id_unit_key").on(t.id, t.unitId),
    check("divisions_kind_check", sql`${t.kind} in ('phong', 'chi-cuc', 'phong-huyen')`),
    check("divisions_code_format", sql`${t.code} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(${t.code}) <= 80`),
    check("divisions_name_not_blank", sql`length(btrim(${t.name})) between 2 and 200`),
    check("divisions_sort_order_check", sql`${t.sortOrder} >= 0`),
  ],
);
