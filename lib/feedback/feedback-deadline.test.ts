import { describe, expect, it } from "vitest";
import { calendar, vn } from "@/lib/calendar/test-helpers";
import { feedbackDueDate, isFeedbackOverdue } from "./feedback-deadline";

const DAYS = { "hoi-thong-tin": 5, "phan-anh": 10, "kien-nghi": 15 } as const;

describe("feedbackDueDate", () => {
  it("counts working days from the forwarding, skipping the weekend", () => {
    // Monday 4 March 2024, 09:00 + 5 working days = Monday 11 March, 09:00.
    expect(vn(feedbackDueDate(new Date("2024-03-04T09:00:00+07:00"), "hoi-thong-tin", DAYS, calendar))).toBe("2024-03-11T09:00:00+07:00");
  });

  it("takes the kind's number of days", () => {
    expect(vn(feedbackDueDate(new Date("2024-03-04T09:00:00+07:00"), "phan-anh", DAYS, calendar))).toBe("2024-03-18T09:00:00+07:00");
    expect(vn(feedbackDueDate(new Date("2024-03-04T09:00:00+07:00"), "kien-nghi", DAYS, calendar))).toBe("2024-03-25T09:00:00+07:00");
  });

  it("skips the Tết holidays", () => {
    // Monday 5 February 2024, 09:00: four working days to Friday 9 February, 09:00; the seeded Tết Giáp Thìn
    // (10–14 February) closes Monday 12 to Wednesday 14, so the fifth ends on Thursday 15 February, not Monday 12.
    expect(vn(feedbackDueDate(new Date("2024-02-05T09:00:00+07:00"), "hoi-thong-tin", DAYS, calendar))).toBe("2024-02-15T09:00:00+07:00");
  });

  it("starts the clock at the next working period when forwarded outside working hours", () => {
    // Saturday 9 March 2024 → Monday 11 March 07:00 + 5 days = Monday 18 March 07:00 (or the end of Friday's day).
    const due = vn(feedbackDueDate(new Date("2024-03-09T10:00:00+07:00"), "hoi-thong-tin", DAYS, calendar));
    expect(["2024-03-15T17:00:00+07:00", "2024-03-18T07:00:00+07:00"]).toContain(due);
  });
});

describe("isFeedbackOverdue", () => {
  const now = new Date("2024-03-11T09:00:00+07:00");
  const past = new Date("2024-03-11T08:59:59+07:00");
  const future = new Date("2024-03-11T09:00:01+07:00");

  it("is late once a forwarded item's due date has passed", () => {
    expect(isFeedbackOverdue({ status: "forwarded", dueAt: past }, now)).toBe(true);
    expect(isFeedbackOverdue({ status: "forwarded", dueAt: future }, now)).toBe(false);
    expect(isFeedbackOverdue({ status: "forwarded", dueAt: now }, now)).toBe(false);
  });

  it("is never late when the unit no longer holds it or no due date was set", () => {
    for (const status of ["new", "agency-answered", "answered", "closed", "returned"]) {
      expect(isFeedbackOverdue({ status, dueAt: past }, now)).toBe(false);
    }
    expect(isFeedbackOverdue({ status: "forwarded", dueAt: null }, now)).toBe(false);
  });
});
