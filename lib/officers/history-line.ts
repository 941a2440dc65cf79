import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

/**
 * The title of one history entry on the officer's page, labelled as the forms are (officer.actions). An
 * assignment names the specialist: the name the entry kept, or for older entries the unit's officer of that id.
 */
export function historyTitle(
  entry: { action: string; data: Record<string, unknown> },
  officerNames: ReadonlyMap<string, string>,
  locale: Locale = "vi",
): string {
  const t = translatorFor(locale, "officer");
  const key = `actions.${entry.action}`;
  const label = /^[a-z-]+$/.test(entry.action) && t.has(key as never) ? t(key as never) : entry.action;
  if (entry.action !== "assign") return label;
  const { assigneeName, assigneeId } = entry.data;
  const name =
    typeof assigneeName === "string" && assigneeName ? assigneeName : typeof assigneeId === "string" ? officerNames.get(assigneeId) : undefined;
  return name ? t("assignedTo", { name }) : label;
}
