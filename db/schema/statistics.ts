import { date, index, integer, pgTable, primaryKey, smallint } from "drizzle-orm/pg-core";
import { services, units } from "./catalog";

/**
 * The statistics roll-up (docs/statistics.md). Each dossier contributes, from its current row, +1 to the
 * day it entered (received), the day it closed (resolved early / on time / late, refused, withdrawn,
 * stopped), the day it fell due if it was still open then (overdue_from) and the day a late dossier
 * closed (closed_after_due). Database triggers on `dossiers` keep all four tables equal to a recount in the
 * same transaction as every insert, status change or deletion, whichever code writes the row.
 */
const metrics = {
  received: integer("received").notNull().default(0),
  resolvedEarly: integer("resolved_early").notNull().default(0),
  resolvedOnTime: integer("resolved_on_time").notNull().default(0),
  resolvedLate: integer("resolved_late").notNull().default(0),
  refused: integer("refused").notNull().default(0),
  withdrawn: integer("withdrawn").notNull().default(0),
  stopped: integer("stopped").notNull().default(0),
  overdueFrom: integer("overdue_from").notNull().default(0),
  closedAfterDue: integer("closed_after_due").notNull().default(0),
};

/** The columns the roll-ups are keyed by: a period, the channel, and the unit, the service or both. */
const month = () => date("month", { mode: "string" }).notNull();
const unitId = () =>
  integer("unit_id")
    .notNull()
    .references(() => units.id);
const serviceId = () =>
  integer("service_id")
    .notNull()
    .references(() => services.id);
const channel = () => smallint("channel").notNull();

/** Per local day (Asia/Ho_Chi_Minh), unit, service and channel: any scope, any date range. */
export const statisticsDaily = pgTable(
  "statistics_daily",
  {
    day: date("day", { mode: "string" }).notNull(),
    unitId: unitId(),
    serviceId: serviceId(),
    channel: channel(),
    ...metrics,
  },
  (t) => [primaryKey({ columns: [t.day, t.unitId, t.serviceId, t.channel] }), index("statistics_daily_service_idx").on(t.serviceId, t.day)],
);

/** Per month and unit and channel, without the service: the province's year reads a few thousand rows. */
export const statisticsMonthly = pgTable(
  "statistics_monthly",
  {
    month: month(),
    unitId: unitId(),
    channel: channel(),
    ...metrics,
  },
  (t) => [primaryKey({ columns: [t.month, t.unitId, t.channel] })],
);

/**
 * Per month, service and channel, without the unit: the province's report by service or field reads one
 * row per service, month and channel (its size follows the catalog, not the number of dossiers).
 */
export const statisticsMonthlyService = pgTable(
  "statistics_monthly_service",
  {
    month: month(),
    serviceId: serviceId(),
    channel: channel(),
    ...metrics,
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.month, t.channel] })],
);

/** Per unit, month, service and channel: one unit's report by service (the officers' unit level). */
export const statisticsMonthlyUnitService = pgTable(
  "statistics_monthly_unit_service",
  {
    month: month(),
    unitId: unitId(),
    serviceId: serviceId(),
    channel: channel(),
    ...metrics,
  },
  (t) => [primaryKey({ columns: [t.unitId, t.month, t.serviceId, t.channel] })],
);
