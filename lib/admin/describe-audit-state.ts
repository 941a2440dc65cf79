import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { isOfficerRole } from "@/lib/workflow/permissions";

/** A before/after value of the audit log as a reader would say it: role names, locked or not, the email, the division. */
export function describeAuditState(state: Record<string, unknown> | null, locale: Locale): string {
  if (!state) return "—";
  const t = translatorFor(locale, "audit");
  const officer = translatorFor(locale, "officer");
  const parts: string[] = [];
  if (Array.isArray(state.roles))
    parts.push(
      state.roles.map((r) => (typeof r === "string" && isOfficerRole(r) ? officer(`roles.${r}`) : String(r))).join(", ") || t("state.noRoles"),
    );
  if (typeof state.disabled === "boolean") parts.push(state.disabled ? t("state.disabled") : t("state.active"));
  if (typeof state.email === "string") parts.push(state.email);
  if (typeof state.division === "string") parts.push(state.division);
  return parts.join(" · ") || "—";
}
