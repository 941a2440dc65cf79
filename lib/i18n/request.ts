import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { messagesFor } from "./catalog";
import { reportMessageError, messageFallback } from "./message-errors";
import { DEFAULT_LOCALE, isLocale, localeOfPath, type Locale } from "./locales";

/**
 * next-intl's per-request configuration (wired in next.config.mjs). The locale comes from the [locale]
 * root segment through next/root-params, which keeps cached pages cached (no headers read). Server actions
 * cannot read root params: there the page's address (the Referer, which Referrer-Policy same-origin keeps
 * for the portal's own pages) tells the language; without it, Vietnamese. docs/i18n.md.
 */
export default getRequestConfig(async ({ locale }) => {
  const resolved = isLocale(locale) ? locale : await currentLocale();
  return {
    locale: resolved,
    messages: messagesFor(resolved),
    timeZone: "Asia/Ho_Chi_Minh",
    onError: reportMessageError,
    getMessageFallback: messageFallback,
  };
});

async function currentLocale(): Promise<Locale> {
  try {
    const fromSegment = await rootLocale();
    if (isLocale(fromSegment)) return fromSegment;
  } catch {
    // A server action or route handler: no root params there.
  }
  const referer = (await headers()).get("referer");
  if (!referer) return DEFAULT_LOCALE;
  try {
    return localeOfPath(new URL(referer).pathname);
  } catch {
    return DEFAULT_LOCALE;
  }
}
