/**
 * Who reads a history entry. Public entries are the steps the applicant is told about (receipt,
 * supplementation, payment, results, refusals, stops, withdrawals, apologies); internal ones are the
 * officers' working steps (proposals, approvals, send-backs, re-assignments, internal notes) and stay in
 * the back office: the applicant's timeline, the public lookup, emails and notifications never show them.
 */
export const HISTORY_VISIBILITIES = ["public", "internal"] as const;
export type HistoryVisibility = (typeof HISTORY_VISIBILITIES)[number];

const PUBLIC_ACTIONS = [
  "submit",
  "register-counter",
  "receive",
  "refuse",
  "request-supplement",
  "supplement",
  "request-payment",
  "confirm-payment",
  "cancel-payment",
  "refund-payment",
  "refund-cancelled-payment",
  "stop",
  "mark-processed",
  "return-result",
  "withdraw",
  "request-withdrawal",
  "confirm-withdrawal",
  "record-apology",
] as const;

/**
 * The public steps whose note is written for the applicant: a reason or a list they must act on, or
 * their own words. Other notes (at receipt, at the result) are the officer's, and stay with officers.
 */
const NOTE_FOR_APPLICANT: ReadonlySet<string> = new Set([
  "refuse",
  "request-supplement",
  "supplement",
  "request-payment",
  "cancel-payment",
  "refund-payment",
  "refund-cancelled-payment",
  "stop",
  "withdraw",
  "request-withdrawal",
  "record-apology",
]);

export interface HistoryStep {
  action: string;
  /** assign: the dossier had no specialist before. */
  firstAssignment?: boolean;
}

/**
 * The visibility the workflow writes with each entry. The first assignment puts the dossier in a
 * specialist's hands, which the applicant is told in plain words ("Hồ sơ đang được chuyên viên thẩm
 * định"); a re-assignment is the unit's own business. An action this table does not know is internal, so
 * a new step is private until someone decides otherwise.
 */
export function historyVisibility(step: HistoryStep): HistoryVisibility {
  if (step.action === "assign") return step.firstAssignment ? "public" : "internal";
  return (PUBLIC_ACTIONS as readonly string[]).includes(step.action) ? "public" : "internal";
}

/** The note an applicant may read for a public step: the step's own reason or request, or nothing. */
export function noteForApplicant(action: string, note: string | null | undefined): string {
  return NOTE_FOR_APPLICANT.has(action) ? (note ?? "").trim() : "";
}
