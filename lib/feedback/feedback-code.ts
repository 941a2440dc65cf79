import { receiptDay } from "@/lib/dossiers/dossier-code";

/**
 * The feedback code `PAKN-yyMMdd-NNNN` (docs/feedback.md#codes): the receipt day in Vietnam and a running
 * number that restarts every day. Uniqueness under concurrency is the database's job (one upsert on
 * feedback_code_counters inside the insert statement); this module only formats codes.
 */
export const FEEDBACK_CODE_PREFIX = "PAKN";
export const MAX_DAILY_FEEDBACK = 9999;

export function feedbackDay(instant: Date): string {
  return receiptDay(instant);
}

export function formatFeedbackCode(receivedAt: Date, dailyNumber: number): string {
  if (!Number.isInteger(dailyNumber) || dailyNumber < 1 || dailyNumber > MAX_DAILY_FEEDBACK)
    throw new Error(`Daily number out of range: ${dailyNumber}`);
  return `${FEEDBACK_CODE_PREFIX}-${feedbackDay(receivedAt)}-${String(dailyNumber).padStart(4, "0")}`;
}
