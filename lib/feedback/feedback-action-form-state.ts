/** What an officer's feedback action form gets back: errors by field, what was typed, a confirmation step. */
export interface FeedbackActionFormState {
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
  message?: string;
  /** A negative action waits for a second, explicit click. */
  confirm?: boolean;
}

export const INITIAL_FEEDBACK_ACTION_STATE: FeedbackActionFormState = { fieldErrors: {}, values: {} };

/** The negative actions (close, send back, ask for a revision, unpublish): each waits for a confirmation. */
export const NEGATIVE_FEEDBACK_ACTIONS: readonly string[] = ["close", "return-to-centre", "request-revision", "unpublish"];
