import { LOCALES, DEFAULT_LOCALE, localizeHref, stripLocale } from "./locales";

/**
 * The HTTP Link header naming a page's address in every language, and the Vietnamese one as the default
 * (x-default), so search engines pair the two versions of each page (docs/i18n.md).
 */
export function alternateLinks(origin: string, pathname: string): string {
  const bare = stripLocale(pathname);
  const links = LOCALES.map((locale) => `<${origin}${localizeHref(bare, locale)}>; rel="alternate"; hreflang="${locale}"`);
  links.push(`<${origin}${localizeHref(bare, DEFAULT_LOCALE)}>; rel="alternate"; hreflang="x-default"`);
  return links.join(", ");
}
