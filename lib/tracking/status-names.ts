import { translatorFor } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import { ALL_CHANNELS, ALL_STATUSES, isDossierChannel, isDossierStatus } from "@/lib/workflow/statuses";

/**
 * The one wording of the dossier statuses and channels (`tracking.statuses.N`, `tracking.channels.N` in the
 * catalog, docs/i18n.md) for code that has a locale but no React: CSV, PDFs, mail, officer pages (which stay
 * Vietnamese: they pass "vi"). Components read the same keys through useTranslations("tracking").
 */
const translators = new Map<Locale, ReturnType<typeof translatorFor<"tracking">>>();

/** One translator per language (a CSV names the status of thousands of rows). */
function trackingTexts(locale: Locale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = translatorFor(locale, "tracking")));
  return t;
}

export function statusName(status: number, locale: Locale): string {
  const t = trackingTexts(locale);
  return isDossierStatus(status) ? t(`statuses.${status}`) : t("statusUnknown", { status });
}

export function channelName(channel: number, locale: Locale): string {
  return isDossierChannel(channel) ? trackingTexts(locale)(`channels.${channel}`) : String(channel);
}

/** Every status with its name, in code order (filters). */
export function statusChoices(locale: Locale): { value: string; label: string }[] {
  return ALL_STATUSES.map((status) => ({ value: String(status), label: statusName(status, locale) }));
}

export function channelChoices(locale: Locale): { value: string; label: string }[] {
  return ALL_CHANNELS.map((channel) => ({ value: String(channel), label: channelName(channel, locale) }));
}
