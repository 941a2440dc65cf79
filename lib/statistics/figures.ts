/**
 * The periodic report's figures for one group (docs/statistics.md). The identity
 * carriedOver + received = resolved + closedWithoutResult + inProgress holds by construction and is
 * checked by the tests against a recount from the dossier rows.
 */

const RECEIVED = ["received", "receivedOnline", "receivedInPerson", "receivedPostal"] as const;
const RESOLVED_BY_TIMELINESS = ["resolvedEarly", "resolvedOnTime", "resolvedLate", "resolvedOnline"] as const;
const CLOSED_WITHOUT_RESULT = ["refused", "withdrawn", "stopped"] as const;

/** The count figures of a group, in the order of the report's columns. */
export const COUNT_FIGURES = [
  "carriedOver",
  ...RECEIVED,
  "toHandle",
  "resolved",
  ...RESOLVED_BY_TIMELINESS,
  ...CLOSED_WITHOUT_RESULT,
  "inProgress",
  "inProgressInTime",
  "inProgressOverdue",
] as const;

export type ReportFigures = Record<(typeof COUNT_FIGURES)[number], number> & {
  /** (early + on time) / resolved, or null when nothing was resolved. */
  onTimeRate: number | null;
  /** resolved online / resolved. */
  onlineRate: number | null;
};

/** What the report query sums over one slice of days of the roll-up. */
export const ROLLUP_SUM_KEYS = [...RECEIVED, ...RESOLVED_BY_TIMELINESS, ...CLOSED_WITHOUT_RESULT, "overdueFrom", "closedAfterDue"] as const;

/** Sums of the roll-up over one slice of days, as the report query returns them. */
export type RollupSums = Record<(typeof ROLLUP_SUM_KEYS)[number], number>;

/**
 * Written out as a literal, so every sums object has one fixed shape: built with Object.fromEntries they were
 * dictionaries, and the province's report by service (1,300 groups, a few sums each) spent more time
 * making them than the database spent summing.
 */
export function emptySums(): RollupSums {
  return {
    received: 0,
    receivedOnline: 0,
    receivedInPerson: 0,
    receivedPostal: 0,
    resolvedEarly: 0,
    resolvedOnTime: 0,
    resolvedLate: 0,
    resolvedOnline: 0,
    refused: 0,
    withdrawn: 0,
    stopped: 0,
    overdueFrom: 0,
    closedAfterDue: 0,
  };
}

export function addSums(a: RollupSums, b: RollupSums): RollupSums {
  const sum = emptySums();
  for (const k of ROLLUP_SUM_KEYS) sum[k] = a[k] + b[k];
  return sum;
}

function closed(s: RollupSums): number {
  return s.resolvedEarly + s.resolvedOnTime + s.resolvedLate + s.refused + s.withdrawn + s.stopped;
}

export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/**
 * The report of a period from the sums before it (`before`: every day earlier) and within it (`within`).
 * Open at a moment = entered before it and not closed before it; overdue = of those, due before it.
 */
export function figuresOf(before: RollupSums, within: RollupSums): ReportFigures {
  const carriedOver = before.received - closed(before);
  const resolved = within.resolvedEarly + within.resolvedOnTime + within.resolvedLate;
  const inProgress = carriedOver + within.received - closed(within);
  const inProgressOverdue = before.overdueFrom - before.closedAfterDue + within.overdueFrom - within.closedAfterDue;
  return {
    carriedOver,
    received: within.received,
    receivedOnline: within.receivedOnline,
    receivedInPerson: within.receivedInPerson,
    receivedPostal: within.receivedPostal,
    toHandle: carriedOver + within.received,
    resolved,
    resolvedEarly: within.resolvedEarly,
    resolvedOnTime: within.resolvedOnTime,
    resolvedLate: within.resolvedLate,
    resolvedOnline: within.resolvedOnline,
    refused: within.refused,
    withdrawn: within.withdrawn,
    stopped: within.stopped,
    inProgress,
    inProgressInTime: inProgress - inProgressOverdue,
    inProgressOverdue,
    onTimeRate: ratio(within.resolvedEarly + within.resolvedOnTime, resolved),
    onlineRate: ratio(within.resolvedOnline, resolved),
  };
}

/** Consecutive slices (months of a trend): each slice's carried-over is the stock the last one left. */
export function figuresOfSlices(before: RollupSums, slices: readonly RollupSums[]): ReportFigures[] {
  let running = before;
  return slices.map((slice) => {
    const figures = figuresOf(running, slice);
    running = addSums(running, slice);
    return figures;
  });
}
