/** What an officer's feedback action form gets back: errors by field, what was typed, a confirmation step. */
export interface FeedbackActionFormState {
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
  message?: string;
  /** A negative action waits for a second, explicit click. */
  confirm?: boolean;
}

export const INITIAL_FEEDBACK_ACTION_STATE: FeedbackActionFormState = { fieldErrors: {}, values: {} };
