import { describe, expect, it } from "vitest";
import { createCalendar, DEFAULT_WORKING_HOURS } from "./calendar";
import { computeDueDate, receiptDeadline, type TimeLimit } from "./due-date";
import { at, calendar, vn } from "./test-helpers";

const days = (value: number): TimeLimit => ({ value, unit: "ngay-lam-viec" });
const hours = (value: number): TimeLimit => ({ value, unit: "gio-lam-viec" });

describe("computeDueDate: same-day procedures (≤ 8 working hours)", () => {
  it.each([
    ["morning", "2024-01-08T09:00:00+07:00", "2024-01-08T17:00:00+07:00"],
    ["just before the 15:00 cutoff", "2024-01-08T14:59:00+07:00", "2024-01-08T17:00:00+07:00"],
    ["exactly at the cutoff", "2024-01-08T15:00:00+07:00", "2024-01-09T17:00:00+07:00"],
    ["after the cutoff", "2024-01-08T16:30:00+07:00", "2024-01-09T17:00:00+07:00"],
    ["in the evening", "2024-01-08T18:00:00+07:00", "2024-01-09T17:00:00+07:00"],
    ["before opening", "2024-01-08T06:30:00+07:00", "2024-01-08T17:00:00+07:00"],
    ["at lunch", "2024-01-08T12:00:00+07:00", "2024-01-08T17:00:00+07:00"],
    ["Friday after the cutoff", "2024-01-12T15:30:00+07:00", "2024-01-15T17:00:00+07:00"],
    ["on Saturday", "2024-01-13T10:00:00+07:00", "2024-01-15T17:00:00+07:00"],
    ["on Saturday afternoon", "2024-01-13T16:00:00+07:00", "2024-01-15T17:00:00+07:00"],
    ["before Tết, after the cutoff", "2024-02-08T15:30:00+07:00", "2024-02-14T17:00:00+07:00"],
    ["before New Year, after the cutoff", "2023-12-29T15:30:00+07:00", "2024-01-02T17:00:00+07:00"],
  ])("1 working day received %s (%s) → %s", (_case, receivedAt, expected) => {
    expect(vn(computeDueDate({ receivedAt: at(receivedAt), timeLimit: days(1), calendar }))).toBe(expected);
  });

  it.each([
    ["half a day", days(0.5)],
    ["4 working hours", hours(4)],
    ["8 working hours", hours(8)],
  ])("%s counts as a same-day procedure", (_case, timeLimit) => {
    expect(vn(computeDueDate({ receivedAt: at("2024-01-08T09:00:00+07:00"), timeLimit, calendar }))).toBe("2024-01-08T17:00:00+07:00");
  });

  it("follows a configured cutoff", () => {
    const earlyCutoff = createCalendar([], { ...DEFAULT_WORKING_HOURS, sameDayCutoff: "14:00" });
    const due = computeDueDate({ receivedAt: at("2024-01-08T14:30:00+07:00"), timeLimit: days(1), calendar: earlyCutoff });
    expect(vn(due)).toBe("2024-01-09T17:00:00+07:00");
  });
});

describe("computeDueDate: longer limits count working hours", () => {
  it.each([
    ["3 days from Monday morning", "2024-01-08T09:00:00+07:00", days(3), "2024-01-11T09:00:00+07:00"],
    ["5 days across New Year", "2023-12-29T16:00:00+07:00", days(5), "2024-01-08T16:00:00+07:00"],
    ["12 hours", "2024-01-08T09:00:00+07:00", hours(12), "2024-01-09T15:00:00+07:00"],
    ["1.5 days", "2024-01-08T07:00:00+07:00", days(1.5), "2024-01-09T11:00:00+07:00"],
    ["2 days from Monday 07:00 ends Tuesday 17:00", "2024-01-08T07:00:00+07:00", days(2), "2024-01-09T17:00:00+07:00"],
    ["10 days over Tết 2024", "2024-02-05T07:00:00+07:00", days(10), "2024-02-21T17:00:00+07:00"],
  ])("%s", (_case, receivedAt, timeLimit, expected) => {
    expect(vn(computeDueDate({ receivedAt: at(receivedAt), timeLimit, calendar }))).toBe(expected);
  });

  it.each([
    ["zero", days(0)],
    ["negative", hours(-2)],
    ["NaN", days(Number.NaN)],
    ["an unknown unit", { value: 3, unit: "ngay" } as unknown as TimeLimit],
  ])("refuses %s", (_case, timeLimit) => {
    expect(() => computeDueDate({ receivedAt: at("2024-01-08T09:00:00+07:00"), timeLimit, calendar })).toThrow();
  });
});

describe("receiptDeadline (8 working hours after an online submission)", () => {
  it.each([
    ["Monday morning", "2024-01-08T09:00:00+07:00", "2024-01-09T09:00:00+07:00"],
    ["Monday at opening", "2024-01-08T07:00:00+07:00", "2024-01-08T17:00:00+07:00"],
    ["Friday afternoon", "2024-01-12T16:00:00+07:00", "2024-01-15T16:00:00+07:00"],
    ["Saturday", "2024-01-13T10:00:00+07:00", "2024-01-15T17:00:00+07:00"],
    ["at night", "2024-01-08T22:00:00+07:00", "2024-01-09T17:00:00+07:00"],
    ["before Tết 2024", "2024-02-08T16:00:00+07:00", "2024-02-14T16:00:00+07:00"],
  ])("submitted %s (%s) → %s", (_case, submittedAt, expected) => {
    expect(vn(receiptDeadline(at(submittedAt), calendar))).toBe(expected);
  });
});
