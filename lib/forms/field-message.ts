/**
 * Field errors of the submission wizard travel as catalog keys (docs/i18n.md: zod schemas are built before
 * any request, so they hold keys, and the text is chosen at render time). Some messages need a number or
 * a list ("Enter at most {n} characters"), so a key may carry its arguments as JSON after a bar:
 * 'validation.submission.maxLength|{"n":120}'. A message that is no key (a service's own pattern
 * message, catalog data) is shown as it is.
 */
export function fieldMessage(key: string, values?: Record<string, string | number>): string {
  return values ? `${key}|${JSON.stringify(values)}` : key;
}

const KEY = /^(validation(?:\.[a-zA-Z0-9]+)+)(?:\|(\{.*\}))?$/s;

/** The key and arguments of a field message, or null when it is plain text. */
export function parseFieldMessage(message: string): { key: string; values: Record<string, string | number> } | null {
  const match = KEY.exec(message);
  if (!match?.[1]) return null;
  const values: Record<string, string | number> = {};
  try {
    const parsed: unknown = JSON.parse(match[2] ?? "{}");
    if (typeof parsed !== "object" || parsed === null) return null;
    for (const [k, v] of Object.entries(parsed)) if (typeof v === "string" || typeof v === "number") values[k] = v;
  } catch {
    return null;
  }
  return { key: match[1], values };
}

type Translate = { (key: never, values?: never): string; has(key: never): boolean };

/**
 * Turns a field message into its text with a translator of the `validation` namespace
 * (useTranslations("validation"), getTranslations("validation"), translatorFor(locale, "validation")).
 */
export function fieldMessageText(t: Translate, message: string): string {
  const parsed = parseFieldMessage(message);
  const key = parsed?.key.slice("validation.".length);
  if (!parsed || !key || !t.has(key as never)) return message;
  return t(key as never, parsed.values as never);
}

/** Every message of an error map turned into text. */
export function fieldMessagesText(t: Translate, errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([name, message]) => [name, fieldMessageText(t, message)]));
}
