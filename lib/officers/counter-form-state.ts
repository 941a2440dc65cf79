/** What the counter-intake form gets back when a post is not accepted: messages by field, and what was entered. */
export interface CounterFormState {
  errors: Record<string, string>;
  values: Record<string, string>;
}
