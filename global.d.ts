import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/catalog";

// Typed keys: t("a.b") with a key the Vietnamese catalog lacks fails `npm run typecheck` (docs/i18n.md).
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
