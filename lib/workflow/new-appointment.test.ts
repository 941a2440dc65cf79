import { describe, expect, it } from "vitest";
import { calendar } from "@/lib/calendar/test-helpers";
import { newAppointmentRefusal } from "./new-appointment";

const m = { notAhead: "validation.officer.newAppointmentNotAhead", notWorkingDay: "validation.officer.newAppointmentNotWorkingDay" };
const now = new Date("2026-12-22T09:00:00+07:00");

describe("an apology's new appointment", () => {
  it("lies ahead of now", () => {
    expect(newAppointmentRefusal(undefined, now, calendar)).toBe(m.notAhead);
    expect(newAppointmentRefusal(now, now, calendar)).toBe(m.notAhead);
    // A Monday in the past is refused for being past, not for the day.
    expect(newAppointmentRefusal(new Date("2026-12-21T17:00:00+07:00"), now, calendar)).toBe(m.notAhead);
  });

  it("falls on a working day: not a Saturday, a Sunday or a holiday", () => {
    expect(newAppointmentRefusal(new Date("2026-12-26T17:00:00+07:00"), now, calendar)).toBe(m.notWorkingDay); // Saturday
    expect(newAppointmentRefusal(new Date("2026-12-27T17:00:00+07:00"), now, calendar)).toBe(m.notWorkingDay); // Sunday
    expect(newAppointmentRefusal(new Date("2027-01-01T17:00:00+07:00"), now, calendar)).toBe(m.notWorkingDay); // Tết Dương lịch, a Friday
    expect(newAppointmentRefusal(new Date("2027-02-05T17:00:00+07:00"), now, calendar)).toBe(m.notWorkingDay); // the last day before Tết, a Friday
    expect(newAppointmentRefusal(new Date("2026-12-28T17:00:00+07:00"), now, calendar)).toBeNull(); // Monday
    expect(newAppointmentRefusal(new Date("2027-01-04T17:00:00+07:00"), now, calendar)).toBeNull(); // the Monday after
  });

  it("judges the day in Vietnam, whatever the instant's day in UTC", () => {
    // Friday 25/12 20:00 UTC is Saturday 26/12 03:00 in Vietnam; Sunday 27/12 23:30 UTC is Monday 28/12 06:30.
    expect(newAppointmentRefusal(new Date("2026-12-25T20:00:00Z"), now, calendar)).toBe(m.notWorkingDay);
    expect(newAppointmentRefusal(new Date("2026-12-27T23:30:00Z"), now, calendar)).toBeNull();
  });
});
