/** A refusal of the feedback register: a code for the caller, a Vietnamese message for people, the field concerned. */
export interface FeedbackFailure {
  ok: false;
  error:
    | "rate-limited"
    | "duplicate"
    | "dossier-not-found"
    | "unit-not-found"
    | "field-not-found"
    | "attachment"
    | "not-found"
    | "role"
    | "status"
    | "guard"
    | "conflict"
    | "out-of-scope";
  message: string;
  field?: string;
  /** rate-limited: when to try again (Retry-After). */
  retryAfterMs?: number;
}
