import { intlTag, type Locale } from "@/lib/i18n/locales";

/** A file's size for people: "1,5 MB" / "1.5 MB" from one megabyte up, else whole kilobytes (at least 1). */
export function feedbackFileSize(bytes: number, locale: Locale): string {
  if (bytes >= 1024 * 1024) {
    const format = new Intl.NumberFormat(intlTag(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
    return `${format.format(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
  }
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
