/** The fields of the send form, in the order the form shows them (and step 2 posts them back). */
export const SEND_FORM_FIELDS = [
  "kind",
  "subject",
  "content",
  "dossierCode",
  "concernedUnitId",
  "senderName",
  "senderPhone",
  "senderEmail",
  "consentToPublish",
] as const;
export type SendFormField = (typeof SEND_FORM_FIELDS)[number];

/** Longer than any valid value, so a too-long entry comes back whole enough to be shortened, not cut silently. */
const KEEP_CHARS = 6000;

/** What was typed into the send form, to check and to put back: its own fields only, as strings. */
export function sendFormValues(formData: FormData | Record<string, string | undefined>): Record<SendFormField, string> {
  const get = (name: string) => (formData instanceof FormData ? formData.get(name) : formData[name]);
  const values = {} as Record<SendFormField, string>;
  for (const name of SEND_FORM_FIELDS) {
    const value = get(name);
    values[name] = typeof value === "string" ? value.slice(0, KEEP_CHARS) : "";
  }
  return values;
}
