import type { Locale } from "@/lib/i18n/locales";

/**
 * The `lang` of an element holding catalog data (procedure texts, field, agency and life-event names,
 * which are Vietnamese) on a page in `locale`: "vi" on an English page, so a screen reader switches voice
 * (WCAG 3.1.2); nothing on a Vietnamese page, whose own lang already says it.
 */
export function vietnameseLang(locale: Locale): "vi" | undefined {
  return locale === "vi" ? undefined : "vi";
}
