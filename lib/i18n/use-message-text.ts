import { useTranslations } from "next-intl";

/**
 * Field errors travel as catalog keys ("validation.accounts.emailInvalid": zod schemas and actions return
 * keys, so the text is chosen at render time in the reader's language, docs/i18n.md). This turns a key into
 * its text and leaves any other text as it is. Server and client components alike.
 */
export function useMessageText(): (message: string) => string {
  const t = useTranslations();
  return (message) => (isMessageKey(message) && t.has(message as never) ? t(message as never) : message);
}

/** "validation.x.y": dotted identifiers only, never a sentence. */
export function isMessageKey(message: string): boolean {
  return /^[a-zA-Z]+(?:\.[a-zA-Z0-9]+)+$/.test(message);
}
