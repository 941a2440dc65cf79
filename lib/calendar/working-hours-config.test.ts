import { describe, expect, it } from "vitest";
import { DEFAULT_WORKING_HOURS } from "./calendar";
import { workingHoursFromEnv } from "./working-hours-config";

describe("working hours from the environment", () => {
  it("defaults to 07:00–11:30 and 13:30–17:00 with a 15:00 same-day cutoff", () => {
    expect(workingHoursFromEnv({})).toBe(DEFAULT_WORKING_HOURS);
  });

  it("reads other periods and cutoff", () => {
    const config = workingHoursFromEnv({ WORKING_HOURS: "07:30-11:30, 13:00-17:00", SAME_DAY_CUTOFF: "14:30" });
    expect(config.periods).toEqual([
      { start: "07:30", end: "11:30" },
      { start: "13:00", end: "17:00" },
    ]);
    expect(config.sameDayCutoff).toBe("14:30");
  });

  it("refuses malformed or overlapping periods", () => {
    expect(() => workingHoursFromEnv({ WORKING_HOURS: "7h-11h" })).toThrow(/WORKING_HOURS/);
    expect(() => workingHoursFromEnv({ WORKING_HOURS: "07:00-12:00,11:00-17:00" })).toThrow();
    expect(() => workingHoursFromEnv({ SAME_DAY_CUTOFF: "25:00" })).toThrow(/SAME_DAY_CUTOFF/);
  });
});
