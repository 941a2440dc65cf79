import { describe, expect, it } from "vitest";
import { resumeClock, type ClockState } from "./clock";
import { at, calendar, vn } from "./test-helpers";

// The clock as the dossier row holds it: apply-dossier-action writes received_at/due_at when the clock
// starts and clock_paused_at when it pauses; only the resume needs the calendar.
const startClock = (startedAt: Date, dueAt: Date): ClockState => ({ startedAt, dueAt, pausedAt: null, pausedWorkingHours: 0 });
const pauseClock = (state: ClockState, pausedAt: Date): ClockState => ({ ...state, pausedAt });
const started = (): ClockState => startClock(at("2024-01-08T09:00:00+07:00"), at("2024-01-11T09:00:00+07:00"));

describe("pause and resume", () => {
  it.each([
    ["a working day", "2024-01-08T10:00:00+07:00", "2024-01-09T10:00:00+07:00", 8, "2024-01-12T09:00:00+07:00"],
    ["over a weekend", "2024-01-12T16:00:00+07:00", "2024-01-15T08:00:00+07:00", 2, "2024-01-11T11:00:00+07:00"],
    ["only outside working hours", "2024-01-13T09:00:00+07:00", "2024-01-14T20:00:00+07:00", 0, "2024-01-11T09:00:00+07:00"],
    ["half an hour", "2024-01-08T10:00:00+07:00", "2024-01-08T10:30:00+07:00", 0.5, "2024-01-11T09:30:00+07:00"],
    ["over Tết 2024", "2024-02-08T16:00:00+07:00", "2024-02-14T16:00:00+07:00", 8, "2024-01-12T09:00:00+07:00"],
  ])("paused %s: due date moves by the working hours paused", (_case, pausedAt, resumedAt, pausedHours, expectedDue) => {
    const resumed = resumeClock(pauseClock(started(), at(pausedAt)), at(resumedAt), calendar);
    expect(resumed.pausedAt).toBeNull();
    expect(resumed.pausedWorkingHours).toBe(pausedHours);
    expect(vn(resumed.dueAt)).toBe(expectedDue);
  });

  it("keeps a 17:00 due date when the pause took no working time", () => {
    const clock = startClock(at("2024-01-08T07:00:00+07:00"), at("2024-01-12T17:00:00+07:00"));
    const resumed = resumeClock(pauseClock(clock, at("2024-01-08T18:00:00+07:00")), at("2024-01-08T20:00:00+07:00"), calendar);
    expect(vn(resumed.dueAt)).toBe("2024-01-12T17:00:00+07:00");
  });

  it("moves a 17:00 due date into the next working day", () => {
    const clock = startClock(at("2024-01-15T07:00:00+07:00"), at("2024-01-19T17:00:00+07:00"));
    const resumed = resumeClock(pauseClock(clock, at("2024-01-16T15:00:00+07:00")), at("2024-01-16T17:00:00+07:00"), calendar);
    expect(vn(resumed.dueAt)).toBe("2024-01-22T09:00:00+07:00");
  });

  it("accumulates several pauses and leaves earlier states untouched", () => {
    const initial = started();
    const once = resumeClock(pauseClock(initial, at("2024-01-08T09:00:00+07:00")), at("2024-01-08T10:00:00+07:00"), calendar);
    const twice = resumeClock(pauseClock(once, at("2024-01-08T14:00:00+07:00")), at("2024-01-08T16:30:00+07:00"), calendar);
    expect(twice.pausedWorkingHours).toBe(3.5);
    expect(vn(twice.dueAt)).toBe("2024-01-11T14:30:00+07:00");
    expect(vn(initial.dueAt)).toBe("2024-01-11T09:00:00+07:00");
    expect(initial.pausedAt).toBeNull();
  });

  it("refuses to resume a clock that is not paused", () => {
    expect(() => resumeClock(started(), at("2024-01-08T10:00:00+07:00"), calendar)).toThrow(/not paused/);
  });

  it("refuses to resume before the pause", () => {
    const paused = pauseClock(started(), at("2024-01-08T10:00:00+07:00"));
    expect(() => resumeClock(paused, at("2024-01-08T09:59:00+07:00"), calendar)).toThrow(/before it was paused/);
  });

  it("refuses invalid dates", () => {
    const paused = pauseClock(started(), at("2024-01-08T10:00:00+07:00"));
    expect(() => resumeClock(paused, new Date(Number.NaN), calendar)).toThrow(/Invalid resume instant/);
  });
});
