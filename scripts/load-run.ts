import autocannon from "autocannon";

/**
 * What the bench scripts share: one autocannon run with every response's time and status collected, and
 * percentiles of those times. The scripts print figures; nothing asserts a timing.
 */

/** The p-th percentile of times sorted in ascending order (NaN when there are none). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export interface LoadRun {
  result: autocannon.Result;
  /** Each response's time in milliseconds, in ascending order. */
  times: number[];
  /** How many responses had each HTTP status. */
  statuses: Record<string, number>;
}

export async function runLoad(options: autocannon.Options): Promise<LoadRun> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, r) => (error ? reject(error) : resolve(r)));
    instance.on("response", (_client: unknown, status: number, _bytes: number, responseTime: number) => {
      times.push(responseTime);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
  times.sort((a, b) => a - b);
  return { result, times, statuses };
}
