import { createTranslator } from "next-intl";
import { messagesFor, type Messages } from "./catalog";
import { messageFallback, reportMessageError } from "./message-errors";
import type { Locale } from "./locales";

/**
 * A translator outside React and outside a request: mail, notifications, PDFs, jobs and scripts, which know
 * the reader's language from the data (the dossier's or the user's locale), not from a page.
 */
export function translatorFor<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({
    locale,
    messages: messagesFor(locale),
    namespace,
    timeZone: "Asia/Ho_Chi_Minh",
    onError: reportMessageError,
    getMessageFallback: messageFallback,
  });
}
