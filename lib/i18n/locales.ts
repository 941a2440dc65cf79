/**
 * The portal's languages and how a locale shows in a path (docs/i18n.md). Vietnamese is the default and
 * keeps today's addresses; English lives under /en. Pure functions: the proxy, links, redirects, mail and
 * the tests share them.
 */
export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";

/** For Intl formatters: numbers and dates in the reader's conventions (13.014 / 13,014). */
const INTL_TAGS: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function intlTag(locale: Locale): string {
  return INTL_TAGS[locale];
}

/** The locale a path is in: "/en" and "/en/..." are English, everything else Vietnamese. */
export function localeOfPath(pathname: string): Locale {
  return /^\/en(?:\/|$)/.test(pathname) ? "en" : DEFAULT_LOCALE;
}

/** A path without its locale prefix: "/en/thu-tuc" → "/thu-tuc", "/en" → "/". */
export function stripLocale(pathname: string): string {
  const match = /^\/(?:en|vi)(\/.*)?$/.exec(pathname);
  return match ? (match[1] ?? "/") : pathname;
}

/**
 * A portal path in a locale: "/thu-tuc" stays for Vietnamese and becomes "/en/thu-tuc" for English.
 * Only same-site page paths change: absolute URLs, "#…", "?…" and the API (one address for all languages)
 * are left as they are.
 */
export function localizeHref(href: string, locale: Locale): string {
  if (!href.startsWith("/") || href.startsWith("//") || /^\/api(?:\/|$|\?)/.test(href)) return href;
  const bare = stripLocale(href.replace(/[?#].*$/, "")) + href.slice(href.replace(/[?#].*$/, "").length);
  if (locale === DEFAULT_LOCALE) return bare;
  return bare === "/" ? `/${locale}` : bare.startsWith("/?") || bare.startsWith("/#") ? `/${locale}${bare.slice(1)}` : `/${locale}${bare}`;
}

/**
 * The public address (without query) of the route a page was rendered from, given its segments below
 * app/[locale] (Next.js's useSelectedLayoutSegments in the root layout): route groups "(…)" and Next's own
 * "__PAGE__…" keys do not show in addresses, and the cached catalog pages /thu-tuc/trang/N are the catalog
 * /thu-tuc (next.config.mjs rewrites /thu-tuc?page=N to them). Unlike the address bar, the route is the same
 * on the server and in the browser, whichever address first rendered a cached page.
 */
export function pathOfSegments(segments: readonly string[]): string {
  const shown = segments.filter((segment) => !/^\(.*\)$/.test(segment) && !segment.startsWith("__"));
  if (shown[0] === "thu-tuc" && shown[1] === "trang" && shown.length === 3) return "/thu-tuc";
  return "/" + shown.join("/");
}
