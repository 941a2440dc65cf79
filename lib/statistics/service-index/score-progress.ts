import { proportional, type ComponentScore } from "./components";

export interface ProgressFigures {
  /** Dossiers received in the period. */
  received: number;
  /** Dossiers resolved in the period before or on their due date (early + on time). */
  resolvedInTime: number;
}

/**
 * Progress (20) = 20 × on-time resolved / received, as the index defines it; the quotient can pass 1
 * when dossiers carried over from an earlier period are resolved in this one, so the points stop at 20.
 */
export function scoreProgress(f: ProgressFigures): ComponentScore[] {
  return [proportional("onTimeResolution", { part: f.resolvedInTime, whole: f.received })];
}
