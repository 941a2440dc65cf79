import viValidation from "@/messages/vi/validation.json";

/**
 * The feedback register's rules (lib/feedback/feedback-machine.ts) still
 * speak Vietnamese text. The officer pages turn such a text into its catalog key
 * (`validation.feedbackOfficer.*`, whose Vietnamese is the same text) so it is shown in the reader's
 * language; a key, or a text with no key, is returned as it is.
 */
const KEY_OF_TEXT = new Map<string, string>(
  Object.entries(viValidation.feedbackOfficer).map(([name, text]) => [text, `validation.feedbackOfficer.${name}`]),
);

export function feedbackOfficerMessageKey(message: string): string {
  return KEY_OF_TEXT.get(message) ?? message;
}

export function feedbackOfficerFieldKeys(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, feedbackOfficerMessageKey(message)]));
}
