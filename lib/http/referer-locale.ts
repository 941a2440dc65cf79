import { DEFAULT_LOCALE, localeOfPath, type Locale } from "@/lib/i18n/locales";

/**
 * The language of the page a request to the API came from: the API has one address for all languages, and
 * the sending page's address (the Referer, kept by Referrer-Policy same-origin) says which one the reader
 * uses (docs/i18n.md). Vietnamese without one. Works in any route handler, in a test as well.
 */
export function refererLocale(request: Request): Locale {
  const referer = request.headers.get("referer");
  if (!referer) return DEFAULT_LOCALE;
  try {
    return localeOfPath(new URL(referer).pathname);
  } catch {
    return DEFAULT_LOCALE;
  }
}
