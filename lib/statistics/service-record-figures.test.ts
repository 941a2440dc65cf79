import { describe, expect, it } from "vitest";
import { createCalendar } from "@/lib/calendar";
import { legalLimitInWorkingDays, median, workingDaysToResult } from "./service-record-figures";
import { workingHoursCounter } from "./working-hours-counter";

const calendar = createCalendar(["2023-04-29", "2023-04-30", "2023-05-01", "2023-05-02", "2023-05-03"]);
const clock = workingHoursCounter(calendar);
const vn = (iso: string) => new Date(`${iso}+07:00`);

describe("median", () => {
  it("takes the middle value of an odd count and the mean of the middle two of an even one", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });
});

describe("working days to result", () => {
  it("counts working hours only: Friday 08:00 → Tuesday 08:00 is 2 working days", () => {
    // Fri 08:00–11:30 (3,5) + 13:30–17:00 (3,5) + Mon full (8) + Tue 07:00–08:00 (1) = 16 h = 2 days
    expect(
      workingDaysToResult({ startedAt: vn("2023-03-10T08:00:00"), completedAt: vn("2023-03-14T08:00:00"), pausedWorkingHours: 0 }, clock, 8),
    ).toBe(2);
  });
  it("skips holidays: Friday 28/4 08:00 → Thursday 4/5 08:00 is 1 working day across the 29/4–3/5 break", () => {
    // Fri 08:00–17:00 less lunch (7 h) + Thu 07:00–08:00 (1 h) = 8 h; Sat 29/4 to Wed 3/5 count nothing
    expect(
      workingDaysToResult({ startedAt: vn("2023-04-28T08:00:00"), completedAt: vn("2023-05-04T08:00:00"), pausedWorkingHours: 0 }, clock, 8),
    ).toBe(1);
  });
  it("takes out the supplementation pause: 16 working hours less 12 paused is half a day", () => {
    expect(
      workingDaysToResult({ startedAt: vn("2023-03-10T08:00:00"), completedAt: vn("2023-03-14T08:00:00"), pausedWorkingHours: 12 }, clock, 8),
    ).toBe(0.5);
  });
});

describe("legal limit", () => {
  it("is the limit in days, or hours over 8", () => {
    expect(legalLimitInWorkingDays({ value: 15, unit: "ngay-lam-viec" }, calendar)).toBe(15);
    expect(legalLimitInWorkingDays({ value: 4, unit: "gio-lam-viec" }, calendar)).toBe(0.5);
  });
});
