import { inArray, sql, type SQL } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { fields, services, units } from "@/db/schema";
import { addSums, emptySums, figuresOf, figuresOfSlices, ROLLUP_SUM_KEYS, type ReportFigures, type RollupSums } from "./figures";
import { monthsOf, partialMonths, type Period } from "./period";
import type { GroupBy, ReportScope } from "./report-scope";
import { rowsOf } from "@/db/rows-of";

const CHANNEL = { inPerson: 1, online: 2, postal: 3 } as const;

export interface ReportGroup {
  /** The group's key: a unit, service or field id, a tier, a channel, a month (YYYY-MM), or "all". */
  key: string;
  label: string;
  figures: ReportFigures;
}

export interface Report {
  period: Period;
  groupBy: GroupBy;
  groups: ReportGroup[];
  total: ReportFigures;
}

type Row = { key: string | number | null; slot: string | null } & Record<string, string | number | null>;

/** Metrics read from one roll-up row `s`, named like RollupSums. */
const METRICS = sql`
  sum(s.received)::int as "received",
  sum(s.received) filter (where s.channel = ${CHANNEL.online})::int as "receivedOnline",
  sum(s.received) filter (where s.channel = ${CHANNEL.inPerson})::int as "receivedInPerson",
  sum(s.received) filter (where s.channel = ${CHANNEL.postal})::int as "receivedPostal",
  sum(s.resolved_early)::int as "resolvedEarly",
  sum(s.resolved_on_time)::int as "resolvedOnTime",
  sum(s.resolved_late)::int as "resolvedLate",
  sum(s.resolved_early + s.resolved_on_time + s.resolved_late) filter (where s.channel = ${CHANNEL.online})::int as "resolvedOnline",
  sum(s.refused)::int as "refused",
  sum(s.withdrawn)::int as "withdrawn",
  sum(s.stopped)::int as "stopped",
  sum(s.overdue_from)::int as "overdueFrom",
  sum(s.closed_after_due)::int as "closedAfterDue"`;

const COLUMNS = sql.raw(
  "received, resolved_early, resolved_on_time, resolved_late, refused, withdrawn, stopped, overdue_from, closed_after_due",
);

function needsServices(scope: ReportScope, groupBy: GroupBy): boolean {
  return scope.serviceId !== undefined || scope.fieldId !== undefined || groupBy === "service" || groupBy === "field";
}

/**
 * The roll-up rows up to the period's end. Without a service dimension, whole months come from the
 * monthly table (a few thousand rows for the province's year) and the days of months the period cuts
 * from the daily one; with it, the daily table read by service.
 */
function source(period: Period, scope: ReportScope, byService: boolean): SQL {
  if (byService) {
    const serviceFilter = scope.serviceId !== undefined ? sql`and service_id = ${scope.serviceId}` : sql``;
    return sql`select day, unit_id, service_id, channel, ${COLUMNS} from statistics_daily where day < ${period.end}::date ${serviceFilter}`;
  }
  const partial = partialMonths(period);
  const cut = partial.length
    ? sql.join(
        partial.map((m) => sql`(day >= ${m}::date and day < (${m}::date + interval '1 month'))`),
        sql` or `,
      )
    : sql`false`;
  const whole = partial.length ? sql`and month not in (${sql.join(partial.map((m) => sql`${m}::date`), sql`, `)})` : sql``;
  return sql`
    select month as day, unit_id, null::int as service_id, channel, ${COLUMNS} from statistics_monthly
      where month < ${period.end}::date ${whole}
    union all
    select day, unit_id, service_id, channel, ${COLUMNS} from statistics_daily
      where day < ${period.end}::date and (${cut})`;
}

function groupKey(groupBy: GroupBy): SQL {
  switch (groupBy) {
    case "tier":
      return sql`u.tier`;
    case "agency":
      return sql`(case when u.kind = 'commune' then u.parent_id else u.id end)::text`;
    case "unit":
      return sql`u.id::text`;
    case "service":
      return sql`s.service_id::text`;
    case "field":
      return sql`sv.field_id::text`;
    case "channel":
      return sql`s.channel::text`;
    default:
      return sql`'all'`;
  }
}

function scopeFilter(scope: ReportScope): SQL {
  const parts: SQL[] = [sql`true`];
  if (scope.tier) parts.push(sql`u.tier = ${scope.tier}`);
  if (scope.agencyId !== undefined) parts.push(sql`(u.id = ${scope.agencyId} or u.parent_id = ${scope.agencyId})`);
  if (scope.unitId !== undefined) parts.push(sql`u.id = ${scope.unitId}`);
  if (scope.unitIds) parts.push(scope.unitIds.length ? sql`u.id in (${sql.join(scope.unitIds.map((id) => sql`${id}`), sql`, `)})` : sql`false`);
  if (scope.fieldId !== undefined) parts.push(sql`sv.field_id = ${scope.fieldId}`);
  if (scope.channel !== undefined) parts.push(sql`s.channel = ${scope.channel}`);
  return sql.join(parts, sql` and `);
}

function toSums(row: Row): RollupSums {
  const sums = emptySums();
  for (const k of ROLLUP_SUM_KEYS) sums[k] = Number(row[k] ?? 0);
  return sums;
}

/**
 * The periodic report for a period and scope, one group per `groupBy` value (docs/statistics.md),
 * read from the roll-up the database keeps (migration 0011): never a scan of the dossiers.
 */
export async function computeReport(db: DatabaseOrTransaction, period: Period, scope: ReportScope = {}, groupBy: GroupBy = "none"): Promise<Report> {
  const byService = needsServices(scope, groupBy);
  const slot = groupBy === "month" ? sql`to_char(s.day, 'YYYY-MM')` : sql`'in'`;
  const result = await db.execute(sql`
    select ${groupKey(groupBy)} as key, case when s.day < ${period.from}::date then null else ${slot} end as slot, ${METRICS}
    from (${source(period, scope, byService)}) s
    join units u on u.id = s.unit_id
    ${byService ? sql`join services sv on sv.id = s.service_id` : sql``}
    where ${scopeFilter(scope)}
    group by 1, 2`);
  const rows = rowsOf<Row>(result);

  const byKey = new Map<string, { before: RollupSums; slots: Map<string, RollupSums> }>();
  for (const row of rows) {
    const key = String(row.key);
    const entry = byKey.get(key) ?? { before: emptySums(), slots: new Map() };
    byKey.set(key, entry);
    if (row.slot === null) entry.before = toSums(row);
    else entry.slots.set(row.slot, toSums(row));
  }

  const labels = await labelsFor(db, groupBy, [...byKey.keys()]);
  let groups: ReportGroup[];
  let total: ReportFigures;
  if (groupBy === "month") {
    const entry = byKey.get("all") ?? { before: emptySums(), slots: new Map<string, RollupSums>() };
    const months = monthsOf(period);
    const slices = months.map((m) => entry.slots.get(m) ?? emptySums());
    const figures = figuresOfSlices(entry.before, slices);
    groups = months.map((m, i) => ({ key: m, label: monthLabel(m), figures: figures[i]! }));
    total = figuresOf(entry.before, slices.reduce(addSums, emptySums()));
  } else {
    let before = emptySums();
    let within = emptySums();
    groups = [...byKey.entries()].map(([key, entry]) => {
      const inPeriod = entry.slots.get("in") ?? emptySums();
      before = addSums(before, entry.before);
      within = addSums(within, inPeriod);
      return { key, label: labels.get(key) ?? key, figures: figuresOf(entry.before, inPeriod) };
    });
    // Groups with nothing in or before the period have no roll-up rows and are left out.
    groups = groups.filter((g) => g.figures.toHandle > 0 || g.figures.refused + g.figures.withdrawn + g.figures.stopped > 0);
    groups.sort(compareGroups(groupBy));
    total = figuresOf(before, within);
  }
  return { period, groupBy, groups, total };
}

const TIER_ORDER = ["tinh", "huyen", "xa"];

function compareGroups(groupBy: GroupBy) {
  return (a: ReportGroup, b: ReportGroup) => {
    if (groupBy === "tier") return TIER_ORDER.indexOf(a.key) - TIER_ORDER.indexOf(b.key);
    if (groupBy === "channel") return Number(a.key) - Number(b.key);
    return b.figures.toHandle - a.figures.toHandle || a.label.localeCompare(b.label, "vi");
  };
}

function monthLabel(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

async function labelsFor(db: DatabaseOrTransaction, groupBy: GroupBy, keys: string[]): Promise<Map<string, string>> {
  const ids = keys.map(Number).filter((n) => Number.isInteger(n) && n > 0);
  if ((groupBy === "agency" || groupBy === "unit") && ids.length) {
    const rows = await db.select({ id: units.id, name: units.shortName }).from(units).where(inArray(units.id, ids));
    return new Map(rows.map((r) => [String(r.id), r.name]));
  }
  if (groupBy === "service" && ids.length) {
    const rows = await db.select({ id: services.id, name: services.name }).from(services).where(inArray(services.id, ids));
    return new Map(rows.map((r) => [String(r.id), r.name]));
  }
  if (groupBy === "field" && ids.length) {
    const rows = await db.select({ id: fields.id, name: fields.name }).from(fields).where(inArray(fields.id, ids));
    return new Map(rows.map((r) => [String(r.id), r.name]));
  }
  return new Map();
}
