import { describe, expect, it } from "vitest";
import { createCalendar, DEFAULT_WORKING_HOURS, type WorkingHoursConfig } from "./calendar";
import { formatVietnamDateTime } from "./format";
import { at, calendar, vn } from "./test-helpers";
import { addWorkingHours, nextWorkingInstant, workingHoursBetween } from "./working-hours";

// 2024-01-08 is a Monday; 2023-12-29 and 2024-01-12 are Fridays; Tết Giáp Thìn is 2024-02-10.
describe("nextWorkingInstant", () => {
  it.each([
    ["inside the morning", "2024-01-08T09:00:00+07:00", "2024-01-08T09:00:00+07:00"],
    ["exactly at opening", "2024-01-08T07:00:00+07:00", "2024-01-08T07:00:00+07:00"],
    ["before opening", "2024-01-08T06:59:00+07:00", "2024-01-08T07:00:00+07:00"],
    ["at the end of the morning (lunch starts)", "2024-01-08T11:30:00+07:00", "2024-01-08T13:30:00+07:00"],
    ["during lunch", "2024-01-08T12:15:00+07:00", "2024-01-08T13:30:00+07:00"],
    ["one second before closing", "2024-01-08T16:59:59+07:00", "2024-01-08T16:59:59+07:00"],
    ["exactly at closing", "2024-01-08T17:00:00+07:00", "2024-01-09T07:00:00+07:00"],
    ["in the evening", "2024-01-08T18:00:00+07:00", "2024-01-09T07:00:00+07:00"],
    ["just before midnight", "2024-01-08T23:59:00+07:00", "2024-01-09T07:00:00+07:00"],
    ["on Friday evening", "2024-01-12T18:00:00+07:00", "2024-01-15T07:00:00+07:00"],
    ["on Saturday", "2024-01-13T10:00:00+07:00", "2024-01-15T07:00:00+07:00"],
    ["on Sunday", "2024-01-14T15:00:00+07:00", "2024-01-15T07:00:00+07:00"],
    ["on the Sunday before New Year's Day", "2023-12-31T10:00:00+07:00", "2024-01-02T07:00:00+07:00"],
    ["the evening before Tết 2024", "2024-02-08T17:30:00+07:00", "2024-02-14T07:00:00+07:00"],
    ["before 30/4 and 1/5", "2024-04-29T17:30:00+07:00", "2024-05-02T07:00:00+07:00"],
    ["given in UTC, inside working hours in Vietnam", "2024-01-08T00:30:00Z", "2024-01-08T07:30:00+07:00"],
    ["given in UTC, Sunday evening UTC is Monday morning in Vietnam", "2024-01-07T23:00:00Z", "2024-01-08T07:00:00+07:00"],
  ])("%s: %s → %s", (_case, start, expected) => {
    expect(vn(nextWorkingInstant(at(start), calendar))).toBe(expected);
  });
});

describe("addWorkingHours", () => {
  it.each([
    ["lunch is skipped", "2024-01-08T11:00:00+07:00", 1, "2024-01-08T14:00:00+07:00"],
    ["evening starts next morning", "2024-01-08T18:00:00+07:00", 1, "2024-01-09T08:00:00+07:00"],
    ["Friday evening → Monday", "2024-01-12T18:00:00+07:00", 1, "2024-01-15T08:00:00+07:00"],
    ["Friday afternoon over the weekend", "2024-01-12T16:00:00+07:00", 2, "2024-01-15T08:00:00+07:00"],
    ["from Saturday", "2024-01-13T10:00:00+07:00", 8, "2024-01-15T17:00:00+07:00"],
    ["a full day stays at 17:00", "2024-01-08T07:00:00+07:00", 8, "2024-01-08T17:00:00+07:00"],
    ["the morning stays at 11:30", "2024-01-08T07:00:00+07:00", 4.5, "2024-01-08T11:30:00+07:00"],
    ["half an hour to closing", "2024-01-08T16:30:00+07:00", 0.5, "2024-01-08T17:00:00+07:00"],
    ["zero hours inside a period", "2024-01-08T07:00:00+07:00", 0, "2024-01-08T07:00:00+07:00"],
    ["zero hours during lunch", "2024-01-08T12:00:00+07:00", 0, "2024-01-08T13:30:00+07:00"],
    ["half an hour", "2024-01-08T07:00:00+07:00", 0.5, "2024-01-08T07:30:00+07:00"],
    ["a quarter hour", "2024-01-08T07:00:00+07:00", 0.25, "2024-01-08T07:15:00+07:00"],
    ["a tenth of an hour", "2024-01-08T07:00:00+07:00", 0.1, "2024-01-08T07:06:00+07:00"],
    ["fractional across lunch", "2024-01-08T11:15:00+07:00", 0.75, "2024-01-08T14:00:00+07:00"],
    ["thirty seconds to closing", "2024-01-08T16:59:30+07:00", 1 / 120, "2024-01-08T17:00:00+07:00"],
    ["two days", "2024-01-08T07:00:00+07:00", 16, "2024-01-09T17:00:00+07:00"],
    ["a working week", "2024-01-08T07:00:00+07:00", 40, "2024-01-12T17:00:00+07:00"],
    ["a working week and a half hour", "2024-01-08T07:00:00+07:00", 40.5, "2024-01-15T07:30:00+07:00"],
    ["Tết 2024: the whole week is skipped", "2024-02-08T16:00:00+07:00", 8, "2024-02-14T16:00:00+07:00"],
    ["year boundary: weekend and 1/1/2024", "2023-12-29T16:00:00+07:00", 8, "2024-01-02T16:00:00+07:00"],
    ["30/4 and 1/5 2025", "2025-04-29T16:00:00+07:00", 2, "2025-05-02T08:00:00+07:00"],
    ["Giỗ Tổ 2025 after a weekend", "2025-04-04T16:00:00+07:00", 2, "2025-04-08T08:00:00+07:00"],
    ["National Day 2024 (2/9 and 3/9)", "2024-08-30T16:00:00+07:00", 2, "2024-09-04T08:00:00+07:00"],
  ])("%s: %s + %s h → %s", (_case, start, hours, expected) => {
    expect(vn(addWorkingHours(at(start), hours, calendar))).toBe(expected);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("refuses %s hours", (hours) => {
    expect(() => addWorkingHours(at("2024-01-08T07:00:00+07:00"), hours, calendar)).toThrow(/finite number/);
  });

  it("refuses an invalid date", () => {
    expect(() => addWorkingHours(new Date("not a date"), 1, calendar)).toThrow(/Invalid start instant/);
  });
});

describe("workingHoursBetween", () => {
  it.each([
    ["a full day", "2024-01-08T07:00:00+07:00", "2024-01-08T17:00:00+07:00", 8],
    ["across lunch", "2024-01-08T11:00:00+07:00", "2024-01-08T14:00:00+07:00", 1],
    ["over a weekend", "2024-01-12T16:00:00+07:00", "2024-01-15T08:00:00+07:00", 2],
    ["only outside working hours", "2024-01-12T18:00:00+07:00", "2024-01-15T06:00:00+07:00", 0],
    ["the same instant", "2024-01-08T09:00:00+07:00", "2024-01-08T09:00:00+07:00", 0],
    ["backwards", "2024-01-09T09:00:00+07:00", "2024-01-08T09:00:00+07:00", 0],
    ["over Tết 2024", "2024-02-08T16:00:00+07:00", "2024-02-14T16:00:00+07:00", 8],
    ["a calendar week", "2024-01-08T07:00:00+07:00", "2024-01-15T07:00:00+07:00", 40],
    // 262 weekdays in 2024, 9 of them holidays: 253 working days.
    ["the whole of 2024", "2024-01-01T00:00:00+07:00", "2025-01-01T00:00:00+07:00", 2024],
  ])("%s: %s → %s is %s h", (_case, from, to, expected) => {
    expect(workingHoursBetween(at(from), at(to), calendar)).toBe(expected);
  });

  it("is the inverse of addWorkingHours from many starts (Tết 2024 and the weeks around it)", () => {
    const first = at("2024-02-01T00:00:00+07:00").getTime();
    const last = at("2024-02-22T00:00:00+07:00").getTime();
    const step = 37 * 60_000; // 37 minutes so starts fall at odd times in and out of working periods
    let checked = 0;
    for (let t = first; t < last; t += step) {
      const start = new Date(t);
      for (let quarters = 0; quarters <= 96; quarters += 7) {
        const hours = quarters / 4;
        expect(workingHoursBetween(start, addWorkingHours(start, hours, calendar), calendar)).toBe(hours);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it("adds up: h1 then h2 is the same as h1 + h2 (for h2 > 0)", () => {
    const start = at("2023-12-28T10:10:00+07:00");
    for (const h1 of [0, 0.1, 1, 3.5, 4.5, 8, 13]) {
      for (const h2 of [0.1, 0.5, 3.5, 8, 20]) {
        const stepwise = addWorkingHours(addWorkingHours(start, h1, calendar), h2, calendar);
        expect(vn(stepwise)).toBe(vn(addWorkingHours(start, h1 + h2, calendar)));
      }
    }
  });
});

describe("createCalendar and configuration", () => {
  const config = (overrides: Partial<WorkingHoursConfig>): WorkingHoursConfig => ({ ...DEFAULT_WORKING_HOURS, ...overrides });

  it("uses configured periods", () => {
    const custom = createCalendar(
      [],
      config({
        periods: [
          { start: "08:00", end: "12:00" },
          { start: "13:00", end: "17:00" },
        ],
      }),
    );
    expect(vn(addWorkingHours(at("2024-01-08T11:00:00+07:00"), 2, custom))).toBe("2024-01-08T14:00:00+07:00");
    expect(vn(nextWorkingInstant(at("2024-01-08T07:30:00+07:00"), custom))).toBe("2024-01-08T08:00:00+07:00");
  });

  it("accepts any object with isHoliday (e.g. backed by the database)", () => {
    const fromDb = { isHoliday: (date: string) => date === "2024-01-09", config: DEFAULT_WORKING_HOURS };
    expect(vn(addWorkingHours(at("2024-01-08T16:00:00+07:00"), 2, fromDb))).toBe("2024-01-10T08:00:00+07:00");
  });

  it.each([
    ["an impossible holiday date", () => createCalendar(["2024-02-30"])],
    ["a holiday date in another format", () => createCalendar(["02/01/2024"])],
    ["another time zone", () => createCalendar([], config({ timeZone: "Asia/Bangkok" as "Asia/Ho_Chi_Minh" }))],
    ["no periods", () => createCalendar([], config({ periods: [] }))],
    ["a period ending before it starts", () => createCalendar([], config({ periods: [{ start: "11:30", end: "07:00" }] }))],
    [
      "overlapping periods",
      () =>
        createCalendar(
          [],
          config({
            periods: [
              { start: "07:00", end: "12:00" },
              { start: "11:00", end: "17:00" },
            ],
          }),
        ),
    ],
    ["a badly written time", () => createCalendar([], config({ periods: [{ start: "7:00", end: "11:30" }] }))],
    ["a bad cutoff", () => createCalendar([], config({ sameDayCutoff: "25:00" }))],
    ["zero hours per day", () => createCalendar([], config({ hoursPerDay: 0 }))],
  ])("refuses %s", (_case, build) => {
    expect(build).toThrow();
  });

  it("stops instead of looping forever when no day is a working day", () => {
    const never = { isHoliday: () => true, config: DEFAULT_WORKING_HOURS };
    expect(() => nextWorkingInstant(at("2024-01-08T09:00:00+07:00"), never)).toThrow(/No working day/);
  });
});

describe("formatVietnamDateTime", () => {
  it.each([
    ["2024-01-02T07:00:00+07:00", "07:00 02/01/2024"],
    ["2023-12-31T17:00:00Z", "00:00 01/01/2024"],
    ["2024-02-14T16:00:59.999+07:00", "16:00 14/02/2024"],
    ["2024-12-31T23:59:00+07:00", "23:59 31/12/2024"],
  ])("%s → %s", (instant, expected) => {
    expect(formatVietnamDateTime(at(instant))).toBe(expected);
  });
});
