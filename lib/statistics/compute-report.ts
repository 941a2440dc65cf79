import { sql, type SQL } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
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

const COLUMNS = sql.raw("received, resolved_early, resolved_on_time, resolved_late, refused, withdrawn, stopped, overdue_from, closed_after_due");

function needsServices(scope: ReportScope, groupBy: GroupBy): boolean {
  return scope.serviceId !== undefined || scope.fieldId !== undefined || groupBy === "service" || groupBy === "field";
}

function needsUnits(scope: ReportScope, groupBy: GroupBy): boolean {
  return (
    scope.tier !== undefined ||
    scope.agencyId !== undefined ||
    scope.unitId !== undefined ||
    scope.unitIds !== undefined ||
    groupBy === "tier" ||
    groupBy === "agency" ||
    groupBy === "unit"
  );
}

/**
 * Which monthly roll-up serves whole months (docs/statistics.md#the-roll-up): the coarsest one that still
 * holds every dimension the scope and grouping read. Its rows come out shaped like the daily table's.
 */
function monthlyTable(byService: boolean, byUnit: boolean): SQL {
  if (!byService) return sql`select month as day, unit_id, null::int as service_id, channel, ${COLUMNS} from statistics_monthly`;
  if (!byUnit) return sql`select month as day, null::int as unit_id, service_id, channel, ${COLUMNS} from statistics_monthly_service`;
  return sql`select month as day, unit_id, service_id, channel, ${COLUMNS} from statistics_monthly_unit_service`;
}

/**
 * The roll-up rows up to the period's end: whole months from a monthly table (a few thousand rows for the
 * province's year), the days of the months the period cuts from the daily one.
 */
function source(period: Period, scope: ReportScope, byService: boolean, byUnit: boolean): SQL {
  // Said in both branches, so each reads its service's (or unit's) rows by index, not after the union; the
  // scope names a service or unit only when `byService` or `byUnit` chose a table that has the column.
  const serviceFilter = scope.serviceId !== undefined ? sql`and service_id = ${scope.serviceId}` : sql``;
  const unitFilter = scope.unitId !== undefined ? sql`and unit_id = ${scope.unitId}` : sql``;
  const partial = partialMonths(period);
  const cut = partial.length
    ? sql.join(
        partial.map((m) => sql`(day >= ${m}::date and day < (${m}::date + interval '1 month'))`),
        sql` or `,
      )
    : sql`false`;
  const whole = partial.length
    ? sql`and day not in (${sql.join(
        partial.map((m) => sql`${m}::date`),
        sql`, `,
      )})`
    : sql``;
  return sql`
    select * from (${monthlyTable(byService, byUnit)}) m
      where day < ${period.end}::date ${whole} ${serviceFilter} ${unitFilter}
    union all
    select day, unit_id, service_id, channel, ${COLUMNS} from statistics_daily
      where day < ${period.end}::date and (${cut}) ${serviceFilter} ${unitFilter}`;
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
  if (scope.unitIds)
    parts.push(
      scope.unitIds.length
        ? sql`u.id in (${sql.join(
            scope.unitIds.map((id) => sql`${id}`),
            sql`, `,
          )})`
        : sql`false`,
    );
  if (scope.fieldId !== undefined) parts.push(sql`sv.field_id = ${scope.fieldId}`);
  if (scope.channel !== undefined) parts.push(sql`s.channel = ${scope.channel}`);
  return sql.join(parts, sql` and `);
}

/** The group's name, for the groupings whose key is an id. */
function labelOf(groupBy: GroupBy): SQL {
  switch (groupBy) {
    case "agency":
    case "unit":
      return sql`(select short_name from units where id = g.key::int)`;
    case "service":
      return sql`(select name from services where id = g.key::int)`;
    case "field":
      return sql`(select name from fields where id = g.key::int)`;
    default:
      return sql`null::text`;
  }
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
  const byUnit = needsUnits(scope, groupBy);
  const slot = groupBy === "month" ? sql`to_char(s.day, 'YYYY-MM')` : sql`'in'`;
  const byField = scope.fieldId !== undefined || groupBy === "field";
  // The labels are looked up after the sums, one index probe per group: a province's services are 1,300.
  const result = await db.execute(sql`
    select g.*, ${labelOf(groupBy)} as label from (
      select ${groupKey(groupBy)} as key, case when s.day < ${period.from}::date then null else ${slot} end as slot, ${METRICS}
      from (${source(period, scope, byService, byUnit)}) s
      ${byUnit ? sql`join units u on u.id = s.unit_id` : sql``}
      ${byField ? sql`join services sv on sv.id = s.service_id` : sql``}
      where ${scopeFilter(scope)}
      group by 1, 2) g`);
  const rows = rowsOf<Row>(result);

  const byKey = new Map<string, { before: RollupSums; slots: Map<string, RollupSums> }>();
  for (const row of rows) {
    const key = String(row.key);
    const entry = byKey.get(key) ?? { before: emptySums(), slots: new Map() };
    byKey.set(key, entry);
    if (row.slot === null) entry.before = toSums(row);
    else entry.slots.set(row.slot, toSums(row));
  }

  const labels = new Map(rows.map((row) => [String(row.key), row.label === null ? undefined : String(row.label)]));
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
/** One collator for every sort: `localeCompare(…, "vi")` looks the locale up on every call (twice as slow). */
const vietnamese = new Intl.Collator("vi");

function compareGroups(groupBy: GroupBy) {
  return (a: ReportGroup, b: ReportGroup) => {
    if (groupBy === "tier") return TIER_ORDER.indexOf(a.key) - TIER_ORDER.indexOf(b.key);
    if (groupBy === "channel") return Number(a.key) - Number(b.key);
    return b.figures.toHandle - a.figures.toHandle || vietnamese.compare(a.label, b.label);
  };
}

function monthLabel(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}
