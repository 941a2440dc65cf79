import { computeDueDate, type Calendar } from "@/lib/calendar";
import type { FeedbackKind } from "./feedback-vocabulary";

/**
 * When a forwarded item must be answered (docs/feedback.md#deadlines): `days` working days from the
 * forwarding, on the working-hours clock (weekends and the holiday table skipped; forwarded outside
 * working hours, the clock starts at the next working period).
 */
export function feedbackDueDate(forwardedAt: Date, kind: FeedbackKind, deadlineDays: Record<FeedbackKind, number>, calendar: Calendar): Date {
  return computeDueDate({ receivedAt: forwardedAt, timeLimit: { value: deadlineDays[kind], unit: "ngay-lam-viec" }, calendar });
}

/**
 * Whether a forwarded item's answer is late at `now` (docs/feedback.md#deadlines): the unit still holds it and
 * its due date has passed. The "overdue" queue (list-feedback-queue.ts) is the same rule in SQL.
 */
export function isFeedbackOverdue(item: { status: string; dueAt: Date | null }, now: Date): boolean {
  return item.status === "forwarded" && item.dueAt !== null && item.dueAt < now;
}
