import { describe, expect, it } from "vitest";
import { createCalendar, workingHoursBetween } from "@/lib/calendar";
import { HOLIDAYS_2023_2027 } from "@/lib/calendar/vietnam-holidays";
import { workingHoursCounter } from "./working-hours-counter";

const calendar = createCalendar(HOLIDAYS_2023_2027.map((h) => h.date).filter((d) => d < "2025"));

describe("the working-hours counter", () => {
  it("agrees with workingHoursBetween on 300 pairs of instants spread over two years, Tết included", () => {
    const counter = workingHoursCounter(calendar);
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const start = Date.parse("2023-01-01T00:00:00+07:00");
    const span = 700 * 86_400_000;
    for (let i = 0; i < 300; i++) {
      // Whole minutes, some on period boundaries (07:00, 11:30, 13:30, 17:00 fall on minutes).
      const a = new Date(start + Math.floor((random() * span) / 60_000) * 60_000);
      const b = new Date(a.getTime() + Math.floor((random() * 30 * 86_400_000) / 60_000) * 60_000);
      expect(counter(a, b)).toBeCloseTo(workingHoursBetween(a, b, calendar), 9);
    }
  });

  it("counts Friday 08:00 to Tuesday 08:00 as 16 hours and a reversed pair as 0", () => {
    const counter = workingHoursCounter(calendar);
    const fri = new Date("2023-03-10T08:00:00+07:00");
    const tue = new Date("2023-03-14T08:00:00+07:00");
    expect(counter(fri, tue)).toBe(16);
    expect(counter(tue, fri)).toBe(0);
  });
});
