import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { isMessageKey } from "@/lib/i18n/use-message-text";

/**
 * The texts of catalog query errors, which the schema gives as validation keys (docs/i18n.md), for an
 * answer outside a page: the public API answers in Vietnamese. A message that is not a key stays as it is.
 */
export function queryErrorTexts(errors: Record<string, string>, locale: Locale): Record<string, string> {
  const t = translatorFor(locale, "validation");
  const text = (message: string) => {
    const key = message.replace(/^validation\./, "");
    return isMessageKey(message) && t.has(key as never) ? t(key as never) : message;
  };
  return Object.fromEntries(Object.entries(errors).map(([name, message]) => [name, text(message)]));
}
