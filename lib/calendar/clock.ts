/**
 * The processing clock of a dossier as a value. While the citizen supplements documents the clock is
 * paused (the dossier row's clock_paused_at), and on resume the due date moves later by the working hours
 * spent waiting (docs/domain.md#supplementation).
 */
import type { Calendar } from "./calendar";
import { assertValidInstant } from "./local-time";
import { addWorkingHours, workingHoursBetween } from "./working-hours";

export interface ClockState {
  startedAt: Date;
  dueAt: Date;
  pausedAt: Date | null;
  /** Total working hours spent paused so far, for reports and the process-control sheet. */
  pausedWorkingHours: number;
}

export function resumeClock(state: ClockState, at: Date, calendar: Calendar): ClockState {
  assertValidInstant(at, "resume instant");
  const { pausedAt } = state;
  if (!pausedAt) throw new Error("Cannot resume a clock that is not paused");
  if (at.getTime() < pausedAt.getTime()) throw new Error("Cannot resume a clock before it was paused");
  const pausedHours = workingHoursBetween(pausedAt, at, calendar);
  // Adding 0 h would push a 17:00 due date to 07:00 next day, so a pause outside working hours changes nothing.
  const dueAt = pausedHours > 0 ? addWorkingHours(state.dueAt, pausedHours, calendar) : state.dueAt;
  return { ...state, dueAt, pausedAt: null, pausedWorkingHours: state.pausedWorkingHours + pausedHours };
}
