import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { clientMessagesFor, messagesFor, type Namespace } from "@/lib/i18n/catalog";

/**
 * Gives the client components below it the namespaces they read besides the layout's CLIENT_NAMESPACES
 * (docs/i18n.md, "In components"): the accounts forms, the public lookup's answer. Only the pages that
 * render those components carry these texts; every other page keeps the small client catalog.
 */
export async function ClientTexts({ namespaces, children }: { namespaces: readonly Namespace[]; children: ReactNode }) {
  const locale = await getLocale();
  const all = messagesFor(locale);
  const messages = { ...clientMessagesFor(locale), ...Object.fromEntries(namespaces.map((name) => [name, all[name]])) };
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
