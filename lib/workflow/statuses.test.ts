import { describe, expect, it } from "vitest";
import { currentDeadline, isOpenStatus, isOverdue, STATUS, type DeadlineFacts } from "./statuses";

const receiptDeadline = new Date("2026-12-01T03:00:00Z");
const dueAt = new Date("2026-12-10T10:00:00Z");
const apologyDate = new Date("2026-12-15T10:00:00Z");
const facts = (status: number, newAppointment: Date | null = null): DeadlineFacts => ({ status, receiptDeadline, dueAt, newAppointment });
const justAfter = (d: Date) => new Date(d.getTime() + 1);

describe("isOverdue", () => {
  it("holds a new dossier to its receipt deadline, not to its due date", () => {
    expect(isOverdue(facts(STATUS.NEW), receiptDeadline)).toBe(false);
    expect(isOverdue(facts(STATUS.NEW), justAfter(receiptDeadline))).toBe(true);
    expect(currentDeadline(facts(STATUS.NEW))).toEqual(receiptDeadline);
  });

  it.each([STATUS.RECEIVED, STATUS.PROCESSING, STATUS.SUPPLEMENT_REQUESTED, STATUS.PAYMENT_REQUESTED])(
    "holds an open dossier (status %i) to its due date, passed only after the due instant",
    (status) => {
      expect(isOpenStatus(status)).toBe(true);
      expect(isOverdue(facts(status), justAfter(receiptDeadline))).toBe(false);
      expect(isOverdue(facts(status), dueAt)).toBe(false);
      expect(isOverdue(facts(status), justAfter(dueAt))).toBe(true);
    },
  );

  it("holds an open dossier to the date an apology set instead of the due date", () => {
    expect(isOverdue(facts(STATUS.PROCESSING, apologyDate), justAfter(dueAt))).toBe(false);
    expect(isOverdue(facts(STATUS.PROCESSING, apologyDate), justAfter(apologyDate))).toBe(true);
    expect(currentDeadline(facts(STATUS.PROCESSING, apologyDate))).toEqual(apologyDate);
  });

  it.each([STATUS.REFUSED, STATUS.WITHDRAWN, STATUS.STOPPED, STATUS.PROCESSED, STATUS.RETURNED])(
    "never calls a dossier with a result or closed (status %i) overdue",
    (status) => {
      expect(isOpenStatus(status)).toBe(false);
      expect(isOverdue(facts(status), new Date("2030-01-01T00:00:00Z"))).toBe(false);
      expect(currentDeadline(facts(status))).toBeNull();
    },
  );
});
